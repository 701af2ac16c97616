# __getitem__, __setitem__, __delitem__ with ints, slices and keys.
def err(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

class Recorder:
    def __getitem__(self, k): return ("get", k)
    def __setitem__(self, k, v): print("set", k, v)
    def __delitem__(self, k): print("del", k)

r = Recorder()
print(r[0], r[-1], r["key"], r[1:2], r[::2], r[1, 2], r[...], r[1:2, 3])
r[0] = "a"
r[1:3] = [1, 2]
r[:, None] = 0
del r[5]
del r[::3]

class ReadOnly:
    def __getitem__(self, k): return k
ro = ReadOnly()
def set_ro(): ro[0] = 1
def del_ro(): del ro[0]
err(set_ro)
err(del_ro)
class Nothing: pass
n = Nothing()
def set_n(): n[0] = 1
def del_n(): del n[0]
err(lambda: n[0])
err(set_n)
err(del_n)
err(lambda: 5[0])
err(lambda: None["a"])
err(lambda: len[0])
def set_t(): (1, 2)[0] = 5
def del_s(): del "abc"[0]
err(set_t)
err(del_s)
err(lambda: [1, 2]["a"])
err(lambda: [1, 2][1.0])
err(lambda: (1,)[5])
err(lambda: "abc"[10])
err(lambda: {"a": 1}["b"])
err(lambda: {}[[]])
err(lambda: [1][None])
err(lambda: "abc"["x"])
err(lambda: range(3)[5])
err(lambda: range(3)["x"])
err(lambda: b"ab"[7])
def del_l():
    l = [1]
    del l[3]
err(del_l)
def set_l():
    l = [1]
    l[3] = 5
err(set_l)
def set_slice():
    l = [1, 2, 3, 4]
    l[::2] = [1]
err(set_slice)
def set_slice2():
    l = [1, 2, 3]
    l[0:1] = 5
err(set_slice2)

class Index:
    def __init__(self, i): self.i = i
    def __index__(self): return self.i
print([10, 20, 30][Index(1)], "abc"[Index(-1)], (1, 2, 3)[Index(0):Index(2)])
class BadIndex:
    def __index__(self): return "x"
err(lambda: [1][BadIndex()])

class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        if isinstance(i, slice):
            return ("slice", i.indices(3))
        if i >= 3: raise IndexError("Seq index out of range")
        return i * 10
s = Seq()
print(s[0:10], s[::-1], list(s), s[-1] if False else s[2])
print(slice(1, 2, 3), slice(None).indices(5), slice(-1, None, -1).indices(4))
err(lambda: slice(0, 1, 0).indices(3))
err(lambda: slice(1, 2).indices(-1))
err(lambda: slice("a", 2).indices(3))
err(lambda: slice())
err(lambda: hash(slice(1)))
print(slice(1, 2) == slice(1, 2), slice(1, 2) < slice(1, 3), slice(1).start, slice(1).stop)
