def t(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
print(1_000_000, 0x_FF, 0o_17, 0b_1010, 0xdead_beef, 1_0.0_1, 1e1_0, 1_0e-1_0, .5, 5., 0.0, 00, 0_0, 1E+5, 1j, 1_0j, 1.5J, 0e0, 0xFFFFFFFFFFFFFFFFFFFF)
print(1e308 * 10 == 1e309, 1e309, -1e309, 1e-400, 123456789012345678901234567890, 0b1111111111111111111111111111111111111111111111111111111111111111111)
print(type(1e5).__name__, type(10**5).__name__, type(1j).__name__, 9007199254740993, 9007199254740993.0, 0.1e1, 1.e1, 00000.5)
print(-2 ** 2, (-2) ** 2, 2 ** -1, -2 ** -1, 2 ** 3 ** 2, (2 ** 3) ** 2, -True, not -1, ~-1, - - 1, + - + 1)
print(7 // 2 * 2 + 7 % 2, 7 - -3, 7 * -1 ** 2, 1 + 2 * 3 ** 2 / 4, 10 / 4 // 1, 5 % 3 ** 2, 1 << 2 + 1, 1 | 2 ^ 3 & 4, ~5 & 0xF)
for src in ["1_000", "0x_f", "1e1_0", "1_0j", "0o17", "0b1", "1.5e-3", "9" * 30, "1e500", "0.1"]:
    print(src, eval(src), eval(compile(src, "<s>", "eval")), compile(src, "<s>", "eval").co_consts)
for bad in ["1__0", "1_", "0x", "0b2", "0o8", "08", "1e", "1.e_1", "0_x1", "1_e1", "0b1_", "09.5j", "0777"]:
    try:
        compile(bad, "<s>", "eval")
        print(bad, "compiled", eval(bad))
    except SyntaxError as e:
        print(bad, "SyntaxError", e.msg)
print(eval("0_0"), eval("09.5"), eval("00.5j"), eval("0e5"), eval("1if 1else 2"))
