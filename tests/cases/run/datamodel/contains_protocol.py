# The `in` operator: __contains__, __iter__ fallback, __getitem__ fallback.
def err(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

class WithContains:
    def __contains__(self, x):
        print("  contains", x)
        return x == 1
class WithIter:
    def __iter__(self):
        print("  iter")
        return iter([1, 2, 3])
class WithGetitem:
    def __getitem__(self, i):
        if i > 4: raise IndexError
        print("  getitem", i)
        return i
class Nothing: pass

print(1 in WithContains(), 2 not in WithContains())
print(3 in WithIter(), 5 in WithIter())
print(2 in WithGetitem(), 9 in WithGetitem())
err(lambda: 1 in Nothing())
err(lambda: 1 in 5)
err(lambda: "a" in 5.5)
err(lambda: 1 in "abc")
err(lambda: [] in {1: 2})
err(lambda: [] in {1})
err(lambda: 1 in None)

class Truthy:
    def __contains__(self, x): return "non-empty string"
print(1 in Truthy(), 1 not in Truthy())
class Raises:
    def __contains__(self, x): raise KeyError(x)
err(lambda: 1 in Raises())
class NoneContains:
    __contains__ = None
    def __iter__(self): return iter([1])
err(lambda: 1 in NoneContains())
class BadIter:
    def __iter__(self): return 5
err(lambda: 1 in BadIter())
print(b"a" in b"abc", 97 in b"abc", "" in "abc", (1, 2) in [(1, 2)], 1 in range(0, 10, 2))
err(lambda: 300 in b"abc")
err(lambda: "a" in b"abc")
err(lambda: 1 in {}.keys() | 1)
print(1 in {1: 2}.keys(), (1, 2) in {1: 2}.items(), 2 in {1: 2}.values())
err(lambda: [] in {1: 2}.items())
