def t(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
import sys

vals = [0.0, -0.0, 1.0, -1.0, 0.5, 0.1, 1/3, 2.0**-1074, 2.0**-1022, 2.0**-1023, sys.float_info.max,
        sys.float_info.min, sys.float_info.epsilon, 1e300, 123456.789, float("inf"), float("-inf"), float("nan"), 3.0, 1024.0]
for v in vals:
    print(repr(v), v.hex())
for v in vals:
    h = v.hex()
    back = float.fromhex(h)
    print(h, back == v or (back != back and v != v))
t("hex arg", lambda: (1.0).hex(1))
t("float.hex(1)", lambda: float.hex(1))
t("float.hex(True)", lambda: float.hex(True))
