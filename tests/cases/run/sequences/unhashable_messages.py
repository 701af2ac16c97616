# unhashable types among the sequences and containment in hashed containers
for value in ([], bytearray(), slice(1), memoryview(bytearray(b"x")), ([],), {}, set()):
    for action in ("hash", "dict", "set", "frozenset"):
        try:
            if action == "hash":
                hash(value)
            elif action == "dict":
                {value: 1}
            elif action == "set":
                {value}
            else:
                frozenset([value])
            print(type(value).__name__, action, "ok")
        except (TypeError, ValueError) as e:
            print(type(value).__name__, action, type(e).__name__, e)
try:
    [] in {1: 2}
except TypeError as e:
    print(type(e).__name__, e)
try:
    [] in {1}
except TypeError as e:
    print(type(e).__name__, e)
print([] in [1, []], bytearray(b"x") in [b"x"], b"x" in {b"x": 0}, (1, 2) in {(1, 2)}, range(3) in {range(0, 3)})
print(list.__hash__ is None, bytearray.__hash__ is None, slice.__hash__ is None, tuple.__hash__ is None, range.__hash__ is None)
print(hash(memoryview(b"x")) == hash(b"x"), hash(b"") == hash(memoryview(b"")))
try:
    hash(memoryview(b"\x00\x00").cast("H"))
except ValueError as e:
    print(type(e).__name__, e)
import collections
c = collections.Counter()
try:
    c[[1]] += 1
except TypeError as e:
    print(type(e).__name__, e)
d = {}
try:
    d.setdefault(bytearray(b"k"), 0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.get([1])
except TypeError as e:
    print(type(e).__name__, e)
print(d.get((1, 2)), {(1, (2, 3)): "deep"}[(1, (2, 3))])
