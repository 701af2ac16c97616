# Flag and IntFlag from CPython's enum: composition, iteration, reprs.
from enum import Flag, IntFlag, auto

class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7

rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, bool(Perm(0)), repr(Perm(0)))
print(list(rw), list(Perm), Perm.RWX, repr(Perm.RWX & ~Perm.W), Perm(6))
print(rw.value, rw.name, (Perm.R ^ Perm.RWX), len(Perm.RWX))

class Open(IntFlag):
    RDONLY = 0
    WRONLY = 1
    RDWR = 2
    APPEND = 8
    CREAT = 64
f = Open.WRONLY | Open.CREAT | Open.APPEND
print(f, repr(f), int(f), f & Open.CREAT, f == 73, Open(73), repr(Open(1 | 128)))

class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
print(Color.WHITE, repr(Color.RED | Color.BLUE), [c.value for c in Color], Color.WHITE.value)
for flag in (Color.RED, Color.WHITE, Color.RED | Color.GREEN):
    print(flag.name, [m.name for m in flag])
print(Perm(0) is Perm(0), Perm.W | Perm.W is Perm.W, ~Perm.R, Perm.R.value | 8)
