class Thing:
    def __str__(self):
        return "str-form"
    def __repr__(self):
        return "repr-form"
    def __format__(self, spec):
        return f"format-form[{spec}]"
t = Thing()
print(f"{t}", f"{t!s}", f"{t!r}", f"{t!a}", f"{t:spec}", f"{t!r:>12}", f"{t!s:*^12}")
name = "naïve ☃"
print(f"{name!a}", f"{name!r}", f"{name}")
print(f"{'quoted'!r}", f"{3.0!s}", f"{[1, 'a']!r}")
for src in ['f"{x!z}"', 'f"{x!}"', 'f"{x!r :5}"']:
    try:
        compile(src, "<f>", "eval")
        print("compiled", src)
    except SyntaxError as e:
        print(e.msg)
