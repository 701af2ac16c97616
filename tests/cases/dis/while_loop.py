# while loops with break, continue and else.
def count(n):
    i = 0
    while i < n:
        i += 1
    return i

def search(items, target):
    i = 0
    while i < len(items):
        if items[i] == target:
            break
        if items[i] is None:
            i += 2
            continue
        i += 1
    else:
        return -1
    return i

def forever():
    while True:
        work()
        if done():
            break

def never():
    while 0:
        work()
    return 1
