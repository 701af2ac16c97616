# Results of operations on int/float/str subclasses are base-type instances.
class MyInt(int):
    def __repr__(self): return f"MyInt({int(self)})"
class MyFloat(float): pass
class MyStr(str): pass
class MyBytes(bytes): pass
class MyTuple(tuple): pass
class MyList(list): pass
class MyFrozen(frozenset): pass
class MySet(set): pass

def t(x): return type(x).__name__

i = MyInt(6)
print(t(i + 1), t(1 + i), t(i * i), t(-i), t(+i), t(abs(i)), t(~i), t(i // 4), t(i % 4), t(i ** 2), t(i << 1))
print(t(i & 3), t(i | 1), t(i ^ 1), t(divmod(i, 4)[0]), t(i.real), t(i.numerator), t(i.conjugate()), t(int(i)), t(round(i)))
print(t(i.__index__()), t(i.__int__()), t(i.__trunc__()), t(i.__floor__()), t(i / 2), t(i + 0.5))
print(t(i + True), t(True + True), t(MyInt(0) + 0))
f = MyFloat(2.5)
print(t(f + 1), t(-f), t(+f), t(abs(f)), t(f * 2), t(f.real), t(f.conjugate()), t(float(f)), t(round(f, 1)), t(round(f)))
s = MyStr("Ab")
print(t(s + "c"), t("c" + s), t(s * 2), t(s[0]), t(s[:]), t(s.lower()), t(s.upper()), t(str(s)), t(s.strip()), t(s.replace("x", "y")))
print(t(s.join(["a", "b"])), t("".join([s])), t("".join([s, s])), t(s.split()[0]), t(s.partition("b")[0]), t(f"{s}"), t("%s" % s), t(s.format()), t(s.center(1)), t(s.zfill(1)))
print(t(s.ljust(1)), t(s.expandtabs()), t(s.casefold()), t(s.swapcase()), t(s.title()), t(s.capitalize()), t(s.removeprefix("")), t(s.translate({})), t(s.__str__()), t(repr(s)))
by = MyBytes(b"ab")
print(t(by + b"c"), t(by[:]), t(by * 1), t(bytes(by)), t(by.lower()), t(by.strip()), t(by.replace(b"x", b"y")), t(b"".join([by])), t(by.__bytes__() if hasattr(by, "__bytes__") else by))
tu = MyTuple((1, 2))
print(t(tu + (3,)), t(tu[:]), t(tu * 1), t(tuple(tu)), t(tu[0:1]))
li = MyList([1, 2])
print(t(li + [3]), t(li[:]), t(li * 1), t(list(li)), t(li.copy()), t(sorted(li)))
li2 = li
li2 += [4]
print(t(li2), li2 is li)
fs = MyFrozen({1, 2})
print(t(fs | {3}), t(fs & {1}), t(fs - {1}), t(fs ^ {9}), t(fs.copy()), t(fs.union()), t(frozenset(fs)))
ms = MySet({1})
print(t(ms | {2}), t(ms.copy()), t(ms - set()), t({2} | ms))
ms2 = ms
ms2 |= {5}
print(t(ms2), ms2 is ms)

# values survive the conversion
print(i + 1, f * 2, s * 2, tu + (3,), li + [3], sorted(fs | {3}))
print(int.__add__(i, 1), type(int.__add__(i, 1)).__name__, MyInt.__add__(i, 1))
print(type(MyInt(5) + MyInt(5)).__name__, type(bool(MyInt(1))).__name__)
print(hash(MyInt(7)) == hash(7), MyInt(7) == 7, {MyInt(1): "a"}[1], MyStr("k") in {"k": 1})
