print("{} {}".format(1, 2), "{1} {0}".format("a", "b"), "{name}!".format(name="x"), "{0[1]} {0[k]}".format({1: "one", "k": "kay"}))
print("{.real}".format(3), "{:>{}}".format("r", 4), "{!r:^7}".format("s"), "{{}}".format())
class P:
    x = 5
print("{p.x}".format(p=P()), "{0.x}".format(P))
for bad in [lambda: "{}".format(), lambda: "{0} {}".format(1, 2), lambda: "{x}".format(), lambda: "{".format(),
            lambda: "}".format(), lambda: "{0.missing}".format(1), lambda: "{0[5]}".format([1])]:
    try:
        bad()
    except (IndexError, KeyError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)
print("%s %d %.2f %r %x %o %e %c %%" % ("s", 42, 3.14159, "r", 255, 8, 12345.678, 65))
print("%(a)s-%(b)05d" % {"a": "A", "b": 7}, "%-5s|%5s|" % ("l", "r"), "%+d % d" % (5, 5), "%*d|%-*d" % (4, 1, 4, 2))
print("%s" % (1,), "%s" % [1, 2], "%s %s" % ("a", "b"), "%.3s" % "abcdef", "%#x %#o" % (255, 8))
for bad in [lambda: "%d" % "s", lambda: "%s %s" % (1,), lambda: "%s" % (1, 2), lambda: "%z" % 1, lambda: "%(k)s" % 5,
            lambda: "%c" % "ab", lambda: "%d" % None]:
    try:
        bad()
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
print(b"%s %d" % (b"bytes", 5), b"%x" % 255)
print("{:%Y}".format(type("D", (), {"__format__": lambda self, spec: "formatted " + spec})()))
