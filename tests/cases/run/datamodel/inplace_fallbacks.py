# In-place operators: __iop__, then __op__, then __rop__; results and rebinding.
def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)

class Acc:
    def __init__(self, v): self.v = v
    def __iadd__(self, o):
        self.v += o
        return self
    def __isub__(self, o):
        return NotImplemented
    def __sub__(self, o):
        return Acc(self.v - o)
    def __imul__(self, o):
        return "replaced"
    def __repr__(self): return f"Acc({self.v})"

x = Acc(1)
y = x
x += 5
print(x, x is y)
x -= 2
print(x, x is y)
x *= 3
print(x)

class R:
    def __rsub__(self, o): return "R.rsub"
    def __rmatmul__(self, o): return "R.rmatmul"
    def __ror__(self, o): return "R.ror"
class L:
    def __isub__(self, o): return NotImplemented
    def __sub__(self, o): return NotImplemented
l = L()
l -= R()
print(l)
v = 3
v @= R()
print(v)
s = {1}
s |= R()
print(s)

names = ["iadd", "isub", "imul", "imatmul", "itruediv", "ifloordiv", "imod", "ipow",
         "ilshift", "irshift", "iand", "ixor", "ior"]
class Every:
    pass
for n in names:
    setattr(Every, f"__{n}__", (lambda n: lambda self, o: f"{n}({o})")(n))
e = Every()
t = e; t += 1; print(t)
t = e; t -= 1; print(t)
t = e; t *= 1; print(t)
t = e; t @= 1; print(t)
t = e; t /= 1; print(t)
t = e; t //= 1; print(t)
t = e; t %= 1; print(t)
t = e; t **= 1; print(t)
t = e; t <<= 1; print(t)
t = e; t >>= 1; print(t)
t = e; t &= 1; print(t)
t = e; t ^= 1; print(t)
t = e; t |= 1; print(t)

# the error names the augmented operator
class Nothing: pass
def aug(sym):
    def run():
        z = Nothing()
        exec(f"z {sym}= 1", {"z": z})
    return run
for sym in ["+", "-", "*", "@", "/", "//", "%", "**", "<<", ">>", "&", "^", "|"]:
    err(aug(sym))

# in-place on items and attributes calls __getitem__/__setitem__
class Box:
    def __init__(self): self.d = {"k": [1]}
    def __getitem__(self, k): print("get", k); return self.d[k]
    def __setitem__(self, k, v): print("set", k, v); self.d[k] = v
b = Box()
b["k"] += [2]
print(b.d)
class Attr:
    def __init__(self): self.__dict__["n"] = 1
    def __setattr__(self, k, v): print("setattr", k, v); self.__dict__[k] = v
at = Attr()
at.n += 10
print(at.n)

# tuple item in-place: mutation happens then the assignment fails
t = ([1],)
err(lambda: exec("t[0] += [2]", {"t": t}))
print(t)

# list += accepts any iterable, list + does not
lst = [1]
lst += (2, 3)
lst += "ab"
print(lst)
err(lambda: [1] + (2,))
err(lambda: exec("q = [1]; q += 5"))
