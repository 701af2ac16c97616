def t(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

vals = [0, 1, -1, 5, -5, 2**64 - 1, -(2**64), 2**100 + 12345, -(2**100) - 12345, 2**63, -(2**63), 0x5555555555555555555555, -0xAAAAAAAAAAAAAAAAAAA]
for a in vals:
    for b in vals:
        print(a & b, a | b, a ^ b)
for a in vals:
    print(a, ~a, -a, abs(a), a >> 1, a >> 63, a >> 64, a >> 200, a << 1, (a << 65) >> 65 == a, a >> 0, a << 0)
big = 3 ** 5000
nbig = -big
print((big & nbig).bit_length(), (big | nbig) == -1 or (big | nbig).bit_length(), (big ^ nbig).bit_length(), (nbig >> 3000).bit_length())
print((nbig >> 100000), (big >> 100000), (big << 10000).bit_length(), (nbig << 10000) >> 10000 == nbig)
print(((1 << 5000) - 1) & big == big & ((1 << 5000) - 1), (big & 0xFFFFFFFF), (nbig & 0xFFFFFFFF), (nbig | 0xFF) & 0xFFFF)
t("shift negative", lambda: 1 << -1)
t("rshift negative", lambda: 1 >> -1)
t("shift huge", lambda: 1 << 2**70)
t("shift 2**63", lambda: 1 << 2**63)
t("shift 30*2**63-1", lambda: 1 << (30 * 2**63 - 1))
t("shift 30*(2**61-1)", lambda: 1 << (30 * (2**61 - 1)))
t("shift 30*(2**61-1)-1", lambda: 1 << (30 * (2**61 - 1) - 1))
t("neg shift huge", lambda: -1 << 2**80)
t("rshift huge", lambda: (5 >> 2**70, -5 >> 2**70))
t("0 << huge", lambda: 0 << 2**70)
t("shift float", lambda: 1 << 1.0)
t("and float", lambda: 1 & 1.0)
t("xor str", lambda: 1 ^ "a")
t("invert float", lambda: ~1.5)
t("bool shifts", lambda: (True << True, False >> 5, True << 64))
t("big shift", lambda: (1 << 100000).bit_length())
t("int.__lshift__(1, 3)", lambda: int.__lshift__(1, 3))
t("int.__rrshift__(1, 8)", lambda: int.__rrshift__(1, 8))
t("int.__and__(3, 1.0)", lambda: int.__and__(3, 1.0))
acc = 0
for i in range(2000):
    acc ^= (i * 2654435761) << (i % 97)
    acc &= (1 << 300) - 1
print(acc % 1000000007, acc.bit_count())
