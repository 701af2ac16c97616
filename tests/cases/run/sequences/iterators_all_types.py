# iterators of every sequence type: types, length hints, exhaustion, mutation during iteration
import operator
seqs = [[1, 2, 3], (1, 2, 3), range(1, 4), b"\x01\x02\x03", bytearray(b"\x01\x02\x03"), memoryview(b"\x01\x02\x03"), "abc"]
for s in seqs:
    it = iter(s)
    print(type(s).__name__, type(it).__name__, operator.length_hint(it), next(it), operator.length_hint(it), list(it), operator.length_hint(it), next(it, "end"))
    print("  iter(it) is it:", iter(it) is it)
for s in seqs[:5] + ["xyz"]:
    r = reversed(s)
    print(type(s).__name__, type(r).__name__, operator.length_hint(r), list(r), next(r, "end"))
try:
    reversed(memoryview(b"ab"))
    print("memoryview reversed ok")
except TypeError as e:
    print(type(e).__name__, e)
lst = [1, 2, 3]
it = iter(lst)
print(next(it))
lst.append(4)
print(list(it))
lst.append(5)
print(list(it), "exhausted stays exhausted")
lst = [1, 2, 3, 4]
it = iter(lst)
next(it)
del lst[:]
print(list(it), operator.length_hint(it))
lst = [1, 2, 3]
r = reversed(lst)
next(r)
lst.clear()
print(list(r))
lst = [1, 2, 3]
r = reversed(lst)
lst.extend([7, 8])
print(list(r))
ba = bytearray(b"abc")
it = iter(ba)
next(it)
ba.extend(b"de")
print(list(it))
ba = bytearray(b"abcdef")
it = iter(ba)
next(it)
del ba[2:]
print(list(it))
collected = []
grow = [0]
for x in grow:
    collected.append(x)
    if x < 5:
        grow.append(x + 1)
print(collected)
shrink = list(range(6))
out = []
for x in shrink:
    out.append(x)
    if shrink:
        shrink.pop(0)
print(out, shrink)
it = iter([1, 2, 3])
print(it.__reduce__()[0] is iter, it.__reduce__()[1], it.__reduce__()[2])
next(it)
print(it.__reduce__()[2])
it.__setstate__(2)
print(list(it))
t = iter((5, 6, 7))
t.__setstate__(1)
print(next(t), t.__reduce__()[2])
rit = reversed([1, 2, 3])
rit.__setstate__(0)
print(list(rit))
rg = iter(range(10))
rg.__setstate__(7)
print(list(rg))
print(type(iter(range(2**65))).__name__, list(iter(range(2**65, 2**65 + 3))))
