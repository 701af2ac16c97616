"""Deep and wide recursion: naive Fibonacci, the Takeuchi function,
Ackermann's function for small arguments, and a recursive walk that builds
and sums a binary tree of nested tuples."""

N = 34  # size; test size: 14


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def tak(x, y, z):
    if y < x:
        return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))
    return z


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def build(depth, label):
    if depth == 0:
        return label
    return (build(depth - 1, label * 2), build(depth - 1, label * 2 + 1))


def tree_sum(node):
    if type(node) is int:
        return node
    left, right = node
    return tree_sum(left) + tree_sum(right)


def tree_depth(node):
    if type(node) is int:
        return 0
    return 1 + max(tree_depth(node[0]), tree_depth(node[1]))


def main():
    print("fib:", fib(N))
    print("tak:", tak(N - 8, N // 2, N // 4))
    print("ackermann:", ackermann(2, min(N * 10, 150)), ackermann(3, min(N // 5, 5)))
    tree = build(N // 2, 1)
    print("tree:", tree_sum(tree), tree_depth(tree))


main()
