def t(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
import sys
for tp in (int, bool, float, complex):
    print(tp.__name__, [n for n in dir(tp)])
    print(tp.__name__, tp.__mro__, tp.__base__, tp.__module__, tp.__qualname__)
print(sorted(set(dir(bool)) - set(dir(int))), sorted(set(dir(int)) - set(dir(bool))))
print(sys.getsizeof(0), sys.getsizeof(1), sys.getsizeof(2**30), sys.getsizeof(2**60), sys.getsizeof(-(2**90)), sys.getsizeof(True), sys.getsizeof(False))
print(sys.getsizeof(1.5), sys.getsizeof(1j), (0).__sizeof__(), (2**100).__sizeof__(), (1.0).__sizeof__())
print(type(int.__dict__["real"]).__name__, type(int.__dict__["bit_length"]).__name__, type(int.__dict__["from_bytes"]).__name__, type(int.__dict__["__add__"]).__name__)
print(type(float.__dict__["fromhex"]).__name__, type(float.__dict__["__getformat__"]).__name__, type(complex.__dict__["imag"]).__name__)
print(int.__flags__ & (1 << 24) != 0, bool.__flags__ & (1 << 10) == 0, float.__flags__ & (1 << 10) != 0)
t("int.x = 1", lambda: setattr(int, "x", 1))
t("float.real = 1", lambda: setattr(float, "real", 1))
t("(5).x", lambda: (5).x)
t("(5).x = 1", lambda: setattr(5, "x", 1))
t("(1.5).__dict__", lambda: (1.5).__dict__)
t("int.__text_signature__", lambda: (int.bit_length.__text_signature__, int.to_bytes.__text_signature__, int.from_bytes.__text_signature__))
t("float sigs", lambda: (float.hex.__text_signature__, float.fromhex.__text_signature__, float.__round__.__text_signature__))
t("int.__new__ sig", lambda: int.__new__.__text_signature__)
t("weakref int", lambda: __import__("weakref").ref(5))
class I(int):
    pass
i = I(5)
i.x = 1
print(i.__dict__, repr(i), str(i), type(i).__name__, I.__mro__)
class F(float):
    __slots__ = ()
t("slots float attr", lambda: setattr(F(1.0), "y", 1))
t("int with nonempty slots", lambda: type("S", (int,), {"__slots__": ("a",)}))
t("float with nonempty slots", lambda: type("S", (float,), {"__slots__": ("a",)}).__name__)
t("multiple numeric bases", lambda: type("X", (int, float), {}))
t("int and str bases", lambda: type("X", (int, str), {}))
