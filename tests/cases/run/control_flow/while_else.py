def search(items, target):
    i = 0
    while i < len(items):
        if items[i] == target:
            print("found at", i)
            break
        i += 1
    else:
        print("not found")
search([1, 2, 3], 2)
search([1, 2, 3], 9)
search([], 1)
n = 0
while True:
    n += 1
    if n % 2:
        continue
    if n > 6:
        break
    print("even", n)
count = 3
while count:
    count -= 1
else:
    print("loop ended normally", count)
def f():
    while True:
        try:
            return "from try"
        finally:
            print("finally runs")
print(f())
outer = 0
while outer < 3:
    inner = 0
    while inner < 3:
        if inner == outer:
            break
        inner += 1
    else:
        print("inner exhausted at", outer)
    outer += 1
print("done", outer)
