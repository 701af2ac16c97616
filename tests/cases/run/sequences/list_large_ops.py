# operations on larger lists: growth, shrinkage, slicing patterns, reversals and counts
xs = []
for i in range(10000):
    xs.append(i)
print(len(xs), xs[-1], sum(xs))
while len(xs) > 10:
    xs.pop()
print(xs)
big = list(range(100000))
print(big[::10000], big[-3:], big[50000:50003], len(big[::7]))
del big[::2]
print(len(big), big[:5])
big[::3] = [0] * len(big[::3])
print(big[:7], big.count(0))
big.reverse()
print(big[:3])
big.sort()
print(big[:3], big[-3:])
big[10:90000] = []
print(len(big))
big.insert(5, "mid")
print(big.index("mid"), big[4:7])
big.remove("mid")
rep = [0, 1] * 5000
print(len(rep), rep.count(1), rep.index(1, 9000))
print(len([None] * 100000), [1, 2, 3] * 3)
concat = []
for chunk in range(100):
    concat += [chunk] * 10
print(len(concat), concat[995:])
lst = list(range(20))
lst[5:15] = lst[5:15][::-1]
print(lst)
lst[::2], lst[1::2] = lst[1::2], lst[::2]
print(lst)
mat = [list(range(i, i + 5)) for i in range(0, 25, 5)]
transposed = list(map(list, zip(*mat)))
print(transposed[0], transposed[-1], sum(map(sum, mat)))
print(sorted(set(x % 7 for x in range(1000))), max(range(1000), key=lambda v: (v * 37) % 101))
