n = 1234567.891
i = 255
print(f"{n:,.2f}|{n:_.1f}|{n:e}|{n:.3E}|{n:g}|{n:.3g}|{n:%}|{0.25:.0%}")
print(f"{i:b}|{i:o}|{i:x}|{i:X}|{i:#x}|{i:#o}|{i:#b}|{i:08b}|{i:c}|{i:d}|{i:n}")
print(f"{i:>10}|{i:<10}|{i:^10}|{i:*^10}|{-i:=10}|{i:+}|{-i:+}|{i: }|{i:_}|{10**9:,}")
print(f"{'text':>8}|{'text':<8}|{'text':^9}|{'text':.2}|{'text':-^10.3}")
print(f"{3.14159:10.3f}|{-3.14159:<10.2f}|{3.0:#.0f}|{1e100:.2e}|{float('inf'):f}|{float('nan'):F}")
print(f"{12:{'>'}{6}}", f"{'x':{'^'}{5}}", f"{n:.{2}f}", f"{i:{'#'}{'x'}}")
print(f"{True:d}", f"{True}", f"{None!s:>6}", f"{b'ab'!r}")
print(format(1234, ","), format(0.5, ".1%"), format(42, "=+8"), format(-0.0, ".1f"), format(1e-10, "g"))
for bad in ["{1:d}".format, lambda: f"{'s':d}", lambda: f"{1.5:d}", lambda: f"{1:s}", lambda: f"{[1]:>5}",
            lambda: f"{1:,x}", lambda: f"{'a':=5}", lambda: format(1, "zz")]:
    try:
        print(bad(1.5) if bad == "{1:d}".format else bad())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
