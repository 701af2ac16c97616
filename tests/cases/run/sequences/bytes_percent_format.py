# printf-style formatting of bytes and bytearray
print(b"%s and %s" % (b"x", bytearray(b"y")), b"%b" % b"bee", b"%s" % memoryview(b"mv"))
print(b"%d %i %u" % (1, -2, 3), b"%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print(b"%x %X %#x %#X %o %#o" % (255, 255, 255, 255, 8, 8), b"%e %.2f %g %G %E" % (1.5, 2.345, 0.0001, 1e20, 3.0))
print(b"%c%c%c" % (65, b"B", bytearray(b"C")), b"%r %a" % ("é", "é"), b"%a" % b"x", b"%r" % [1, "a"])
print(b"%%" % (), b"100%%" % (), b"%(name)s is %(age)d" % {b"name": b"Bob", b"age": 30})
print(b"%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159), b"%.3s" % b"abcdef", b"%10.2s|" % b"xyz")
print(bytearray(b"%s!") % b"hi", type(bytearray(b"%s") % b"x").__name__, b"%s" % (b"tuple",))
print(b"%d" % True, b"%x" % -255, b"%o" % -8, b"%.0f" % 2.5, b"%f" % float("inf"), b"%F" % float("nan"))
print(b"%s" % b"", b"%5s|%-5s|" % (b"a", b"b"), b"%c" % 0, b"%c" % 255)
print(b"%d" % 3.99, b"%x" % 2**70, b"%i" % -0)
class WithBytes:
    def __bytes__(self):
        return b"custom"
class WithIndex:
    def __index__(self):
        return 7
print(b"%s" % WithBytes(), b"%b" % WithBytes(), b"%x" % WithIndex(), b"%c" % WithIndex())
bad_cases = [
    (b"%s", "str"), (b"%s", 5), (b"%b", None), (b"%d", b"1"), (b"%d", "1"), (b"%x", 1.5), (b"%c", 256), (b"%c", -1),
    (b"%c", b"ab"), (b"%c", "a"), (b"%d %d", (1,)), (b"%d", (1, 2)), (b"%z", 1), (b"%", ()), (b"%(a)s", (1,)),
    (b"%(a)s", {}), (b"%(a", {b"a": 1}), (b"%*d", ("x", 1)), (b"%.*f", (None, 1.0)), (b"%s %(a)s", {b"a": 1}),
    (b"%f", "x"), (b"%o", 1.0), (b"%c", 1.0), (b"%e", b"1"), (b"%d", None), (b"%(x)d %d", {b"x": 1}),
]
for fmt, arg in bad_cases:
    try:
        print(fmt % arg)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(fmt, type(e).__name__, e)
print(b"no format" % (), b"no format" % {}, b"no format" % [])
try:
    b"no format" % 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"%s" % ()
except TypeError as e:
    print(type(e).__name__, e)
try:
    "str" % b"x"
except TypeError as e:
    print(type(e).__name__, e)
print("%s" % b"bytes in str", "%r" % bytearray(b"ba"))
print(b"%-010d|" % 5, b"%#08x" % 255, b"%+.3e" % 12345.678, b"% 5.1f" % -2.25, b"%#.3g" % 1.0)
