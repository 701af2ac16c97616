# more printf-style bytes formatting: mapping keys, widths, flags and conversions
data = {b"name": b"widget", b"count": 3, b"price": 2.5, b"ratio": 0.125}
print(b"%(name)s x%(count)d @ %(price).2f (%(ratio)5.1f%%)" % data)
print(b"%(name)-10s|%(count)+05d|%(price)e" % data)
print(b"%(count)x %(count)o %(count)c" % {b"count": 65})
print(b"%-6b|%6b|%.2b" % (b"ab", b"cd", b"efg"))
print(b"%5c|%-5c|" % (b"x", 120))
print(b"%#o %#x %#X %#5x" % (0, 0, 255, 1))
print(b"%i|%3i|%-3i|%03i" % (7, 7, 7, 7), b"%u" % -3)
print(b"%.3d|%5.3d|%-8.4x|%.0d" % (5, 7, 255, 0))
print(b"%+.1f|% .1f|%+g|%G" % (1.25, 1.25, 1e-10, 1e-10))
print(b"%r|%a" % (b"x", b"\xff"), b"%r" % bytearray(b"y"), b"%a" % 3.5, b"%r" % None)
print(b"%s" % bytearray(b"from bytearray"), b"%b" % memoryview(b"from mv"))
print(b"%%s %s" % b"real", b"%s%%" % b"50")
print(b"%(a)s %(a)s" % {b"a": b"twice"})
print(b"%s" % [b"list is not bytes"] if False else "skip")
for fmt, args in ((b"%(a)s", {"a": b"str key"}), (b"%(a)s", {b"a": "str value"}), (b"%.*s", (2, b"abc")),
                  (b"%*s", (-4, b"ab")), (b"%-*d|", (3, 5)), (b"%*.*f", (8, 2, 3.14159)), (b"%c", (b"",)), (b"%x", (-1,)),
                  (b"%X", (3.0,)), (b"%d", (2**100,)), (b"%ld %lx %hd", (1, 255, 3)), (b"%s %s", (b"a",)), (b"%(a)s %s", {b"a": 1}),
                  (b"% d", (-5,)), (b"%+s", (b"x",)), (b"%#s", (b"x",)), (b"%05s", (b"x",)), (b"%5%", ())):
    try:
        print(fmt, fmt % args)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(fmt, type(e).__name__, e)
class Num:
    def __index__(self):
        return 42
    def __float__(self):
        return 4.2
class OnlyInt:
    def __int__(self):
        return 7
print(b"%d %x %f %c" % (Num(), Num(), Num(), Num()))
for fmt in (b"%d", b"%x", b"%f"):
    try:
        print(fmt % OnlyInt())
    except TypeError as e:
        print(fmt, type(e).__name__, e)
print(bytearray(b"%s-%d") % (b"k", 1), type(bytearray(b"%s") % b"v").__name__, bytearray(b"%%") % ())
