x = "global x"
print([x for x in range(3)], x)
def f():
    y = 10
    return [y + i for i in range(3)]
print(f())
class C:
    data = [1, 2, 3]
    n = 2
    doubled = [d * 2 for d in data]
    try:
        scaled = [d * n for d in data]
    except NameError as e:
        scaled = str(e)
print(C.doubled, C.scaled)
def g():
    items = [lambda: k for k in range(3)]
    return [fn() for fn in items]
print(g())
def h():
    try:
        return [undefined_thing for _ in range(1)]
    except NameError as e:
        return str(e)
print(h())
def leak():
    [z := i for i in range(4)]
    return z
print(leak())
try:
    exec("[(j := 1) for j in range(2)]")
except SyntaxError as e:
    print(e)
try:
    exec("class A:\n    [(q := 1) for i in range(2)]")
except SyntaxError as e:
    print(e)
first = [i for i in range(3)]
try:
    print(i)
except NameError as e:
    print(e)
print([[i for i in range(j)] for j in range(3)])
outer_iter = [1, 2]
print([(a, b) for a in outer_iter for b in outer_iter if a != b])
