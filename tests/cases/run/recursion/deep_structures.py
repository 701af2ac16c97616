def build(depth):
    node = None
    for i in range(depth):
        node = (i, node)
    return node
def length(node):
    n = 0
    while node is not None:
        n += 1
        node = node[1]
    return n
big = build(100000)
print(length(big))
nested = []
cur = nested
for _ in range(10000):
    nxt = []
    cur.append(nxt)
    cur = nxt
print(len(nested))
del nested, cur, big
try:
    x = [[]]
    for _ in range(100000):
        x = [x]
    print(len(repr(x)))
except RecursionError as e:
    print("RecursionError", e)
def fib(n, memo={}):
    if n < 2:
        return n
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]
print(fib(300))
