# Set literals after `in` become frozensets; their order is CPython's.
r = x in {'alpha', 'beta', 'gamma', 'delta'}
r = x not in {1, 2, 3, 1000, 2 ** 40}
r = x in {'if', 'else', 'endif'}
r = x in {1.5, 2.5, -0.0}
r = x in {(1, 2), (3, 4)}
r = x in {None, 0}
s = {'one', 'two', 'three'}
