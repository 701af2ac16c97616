def t(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

cases = ["0x1p0", "0X1P0", "1p0", "0x1.8p1", "-0x1.8p1", "+0x.8", "0x.8p0", "0x8.p0", "0x1.fffffffffffffp1023",
         "0x1.fffffffffffff8p1023", "0x1.fffffffffffff7p1023", "0x1p1024", "0x2p1023", "0x1p-1074", "0x1p-1075",
         "0x1.0000000000001p-1075", "0x3p-1076", "0x1p-1080", "0x0p0", "-0x0p0", "0x0p99999999999", "0x1p-99999999999",
         "0x1p99999999999", "inf", "-INF", "infinity", "+Infinity", "nan", "-NaN", "  0x1p4  ", "\t0xA\n",
         "0x", "0xp1", "0x1p", "0x1p+", "0x1.2.3", "", " ", "0x1 p1", "0x_1", "0x1_0", "1.5", "abc", "0xg",
         "0x1p+10", "0x1p-10", "0x.0000000000001p-1022", "0x1.00000000000008p0", "0x1.00000000000018p0",
         "0x1.000000000000080000000001p0", "0x" + "f" * 40, "0x1" + "0" * 300 + "p-1200", "0x0." + "0" * 300 + "1p1200",
         "0x1.\u0661", "- 0x1", "--0x1", "0x1p1.5"]
for s in cases:
    t(repr(s)[:40], lambda: float.fromhex(s))
t("bytes", lambda: float.fromhex(b"0x1p0"))
t("int", lambda: float.fromhex(5))
class F(float):
    pass
t("subclass", lambda: (lambda r: (type(r).__name__, r))(F.fromhex("0x1.8p0")))
class G(float):
    def __new__(cls, v):
        print("G.__new__", v)
        return float.__new__(cls, v * 2)
t("subclass new", lambda: (lambda r: (type(r).__name__, r))(G.fromhex("0x1p0")))
t("roundtrip", lambda: all(float.fromhex((i * 0.37).hex()) == i * 0.37 for i in range(1000)))
