def t(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

vals = [0.0, -0.0, 1.0, 0.1, 0.2, 0.1 + 0.2, 1/3, 2/3, 1e15, 1e16, 9999999999999998.0, 1e16 + 2, 1.5e16, 1e17, 123456789012345678.0,
        1e22, 1e23, 1e-4, 0.0001, 0.00012345, 1e-5, 0.00001, 9.999e-5, 1e-7, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
        100.0, 1234.5, 0.3, 2.675, 1.1, 3.141592653589793, 2.718281828459045, 1e100, -1e-100, 12345678901234567.0,
        float("inf"), float("-inf"), float("nan"), 4.35, 0.000123, 100000000000000000000.0, 1e21, 1e-320]
for v in vals:
    print(repr(v), str(v), f"{v}", "%r" % v, "%s" % v)
for e in range(-8, 25):
    v = 10.0 ** e
    print(e, repr(v), repr(-v * 1.5), repr(v * 1.2345))
print([0.1, -0.0, float("nan")], (1.5,), {1.5: 2.5})
print(repr(float("-nan")), str(-float("inf")))
import sys
print(sys.float_info)
print(sys.float_repr_style)
print(float.__repr__(5.0), float.__str__(5.0))
t("float.__repr__(5)", lambda: float.__repr__(5))
