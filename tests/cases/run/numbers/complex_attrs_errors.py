def t(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
z = 3 - 4j
print(z.real, z.imag, z.conjugate(), type(z.real), complex.real.__get__(z), complex.imag.__name__, z.__class__)
print(complex(1, 2) == complex("1+2j"), complex(-0.0, -0.0) == 0, hash(complex(-0.0, -0.0)) == hash(0))
for op in ["<", "<=", ">", ">="]:
    for other in [1j, 1, 1.0, "a", None]:
        try:
            eval(f"z {op} other")
            print(op, repr(other), "ok")
        except TypeError as e:
            print(op, repr(other), e)
for fn in [int, float, round, __import__("math").floor, __import__("math").trunc, __import__("math").ceil, __import__("math").sqrt, hex, bool, abs]:
    t(fn.__name__, lambda: fn(z))
t("z % 1", lambda: z % 1)
t("z // 1", lambda: z // 1)
t("1 // z", lambda: 1 // z)
t("divmod(z, 1)", lambda: divmod(z, 1))
t("z << 1", lambda: z << 1)
t("z & 1", lambda: z & 1)
t("~z", lambda: ~z)
t("z[0]", lambda: z[0])
t("len(z)", lambda: len(z))
t("iter(z)", lambda: iter(z))
t("z.foo", lambda: z.foo)
t("'%d' % z", lambda: "%d" % z)
t("'%f' % z", lambda: "%f" % z)
t("'%s' % z", lambda: "%s" % z)
t("complex.__mod__", lambda: complex.__dict__.get("__mod__"))
t("complex.__floordiv__", lambda: hasattr(complex, "__floordiv__"))
t("complex.__int__", lambda: hasattr(complex, "__int__"))
t("complex.__float__", lambda: hasattr(complex, "__float__"))
t("complex.__complex__", lambda: z.__complex__())
t("range(z)", lambda: range(z))
t("[1][z]", lambda: [1][z])
