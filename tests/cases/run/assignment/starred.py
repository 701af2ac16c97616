# Starred assignment targets.
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcde"
print(init, last)
a, *mid, z = range(2)
print(a, mid, z)
a, *mid, z = (1, 2, 3, 4, 5, 6)
print(a, mid, z)
[*everything] = (x * x for x in range(4))
print(everything)
(h, *t), u = "xyz", 9
print(h, t, u)
head, *tail = iter({7: 'a'})
print(head, tail, type(tail).__name__)
for bad in [(), (1,), [1]]:
    try:
        a, *b, c = bad
    except ValueError as e:
        print(e)
try:
    a, b, *c = [1]
except ValueError as e:
    print(e)
print([*range(3), *"ab"])
print((*[1, 2],))
print({*"aab"} == {"a", "b"})
print({**{"a": 1}, "b": 2, **{"a": 3}})
