# index and type error messages of every sequence type
import collections
seqs = [[1, 2], (1, 2), range(2), b"ab", bytearray(b"ab"), memoryview(b"ab"), "ab", collections.deque([1, 2])]
for s in seqs:
    name = type(s).__name__
    for key in (2, -3, 2**70, -2**70):
        try:
            s[key]
        except (IndexError, OverflowError) as e:
            print(name, "get", type(e).__name__, e)
    for key in ("a", 1.0, None, [0], (0,)):
        try:
            s[key]
        except (TypeError, NotImplementedError) as e:
            print(name, "get", repr(key), type(e).__name__, e)
    try:
        s[0] = 5
        print(name, "set ok")
    except TypeError as e:
        print(name, "set", type(e).__name__, e)
    try:
        s[5] = 5
    except (TypeError, IndexError) as e:
        print(name, "set5", type(e).__name__, e)
    try:
        s["k"] = 5
    except TypeError as e:
        print(name, "setk", type(e).__name__, e)
    try:
        del s[5]
    except (TypeError, IndexError) as e:
        print(name, "del5", type(e).__name__, e)
    try:
        del s["k"]
    except TypeError as e:
        print(name, "delk", type(e).__name__, e)
class Idx:
    def __index__(self):
        return 1
class BadIdx:
    def __index__(self):
        return "not an int"
for s in seqs:
    try:
        print(type(s).__name__, s[Idx()], end=" ")
        s[BadIdx()]
    except TypeError as e:
        print(type(e).__name__, e)
