# user classes receiving slices: indices(), building ranges from them, slice assignment protocol
class Window:
    def __init__(self, n):
        self.n = n
        self.log = []
    def __len__(self):
        return self.n
    def __getitem__(self, key):
        if isinstance(key, slice):
            start, stop, step = key.indices(self.n)
            return list(range(start, stop, step))
        if isinstance(key, tuple):
            return [self[k] for k in key]
        if key < 0:
            key += self.n
        if not 0 <= key < self.n:
            raise IndexError("Window index out of range")
        return key * 10
    def __setitem__(self, key, value):
        self.log.append(("set", key, value))
    def __delitem__(self, key):
        self.log.append(("del", key))
w = Window(10)
print(w[2], w[-1], w[1:4], w[::3], w[::-4], w[8:2:-2], w[-3:], w[1, 2:4, -1])
try:
    w[10]
except IndexError as e:
    print(type(e).__name__, e)
w[1:2] = "x"
w[::2] = []
w[...] = 0
del w[:]
del w[1:5:2]
w[1, 2] = 3
print(w.log)
print(list(w) if False else [x for x in w], 20 in w, 25 in w)
class Logger:
    def __getitem__(self, key):
        return key
lg = Logger()
print(lg[1:2], lg[1:], lg[:], lg[::2], lg[a:b] if (a := 1) and (b := 2) else None, lg[-1:-2:-3])
s = lg[1:2:3]
print(type(s).__name__, s.start, s.stop, s.step, lg["a":"b"], lg[1.5:None], lg[[1]:(2,)])
print(lg[:, 1:2, ...], lg[()], lg[(1,)], lg[1,])
class Indexish:
    def __index__(self):
        return 3
print([0, 1, 2, 3, 4, 5][Indexish():], "abcdef"[:Indexish()], (1, 2, 3, 4)[Indexish()], b"abcd"[Indexish()])
print(range(10)[Indexish()::Indexish()], bytearray(b"abcdef")[Indexish():])
class Huge:
    def __index__(self):
        return 2**100
print([1, 2, 3][Huge():], [1, 2, 3][:Huge()], [1, 2, 3][-Huge() if False else 0:], list(range(5))[::Huge()])
try:
    [1, 2, 3][Huge()]
except IndexError as e:
    print(type(e).__name__, e)
