values = [0, 7, -42, 255, 65535, 10**12, -(2**63)]
for v in values:
    print(f"{v:>22,} | {v:#x} | {v:#o} | {v:_b}" if v > -1000 else f"{v:>22,} | {v:#x}")
print(f"{1234567:_}", f"{1234567:,}", f"{0xFFFF:_x}", f"{255:08_b}", f"{-255:+#06x}", f"{42:^+9}")
print(format(10**30, ","), format(-1, "b"), format(3, "03"), format(5, "=+4"), format(7, "#X"))
print(hex(-255), oct(8), bin(-5), hex(2**70), int("-0x_ff", 16) if False else int("-0xff", 16))
for spec in ["x,", ".2d", "=s", "c"]:
    try:
        print(spec, format(65, spec))
    except ValueError as e:
        print(spec, "->", e)
print(str(10**50)[:10], len(str(2**1000)), repr(-0), int("٣"), int("１２"))
print("{:d} {:n} {:,d}".format(1000000, 1000000, 1000000))
print(f"{True:>5} {False:d} {True:x}")
