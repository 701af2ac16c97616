# format(): specs for the built-in types, __format__ overrides and errors.
def t(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, "EXC", type(e).__name__, e)

for value, spec in [(42, ""), (42, "d"), (42, "08b"), (42, "#x"), (-42, "+o"), (1234567, ","), (1234567, "_x"),
                    (3.14159, ".2f"), (3.14159, "e"), (0.000012, "g"), (1e20, ""), (2.5, "%"), (1.5, "=+10.3f"),
                    ("text", ">10"), ("text", "^10"), ("text", "*<8"), ("text", ".2"), (1 + 2j, ""),
                    (1 + 2j, ".1f"), (True, ""), (True, "d"), (None, ""), (65, "c"), (12, "n"), (-0.0, "z.1f"),
                    (float("nan"), "f"), (float("-inf"), "E"), (10**30, ","), (255, "X")]:
    t("format %r %r" % (value, spec), lambda v=value, s=spec: format(v, s))
t("default spec", lambda: format(12.0))
t("object empty", lambda: format(object(), "").startswith("<object object"))
t("object nonempty", lambda: format(object(), "x"))
t("list nonempty", lambda: format([1], ">5"))
t("int bad spec", lambda: format(1, "q"))
t("int precision", lambda: format(1, ".2"))
t("str bad spec", lambda: format("s", "d"))
t("float bad spec", lambda: format(1.0, "d"))
t("c overflow", lambda: format(2**40, "c"))
t("sign on str", lambda: format("s", "+"))
t("spec not str", lambda: format(1, 2))
t("no args", lambda: format())
t("too many", lambda: format(1, "", 3))
t("kw", lambda: format(1, format_spec=""))
class Custom:
    def __format__(self, spec):
        return "custom[" + spec + "]"
class BadFormat:
    def __format__(self, spec):
        return 5
class NoArg:
    def __format__(self):
        return "x"
t("custom", lambda: format(Custom(), "abc"))
t("custom fstring", lambda: f"{Custom():xyz}")
t("custom str.format", lambda: "{:q}".format(Custom()))
t("bad __format__", lambda: format(BadFormat()))
t("bad signature", lambda: format(NoArg(), ""))
class SubInt(int):
    pass
class SubStr(str):
    def __str__(self):
        return "overridden str"
t("int subclass", lambda: format(SubInt(5), "03"))
t("str subclass empty spec", lambda: format(SubStr("abc")))
t("str subclass spec", lambda: format(SubStr("abc"), "5"))
class ReprOnly:
    def __str__(self):
        return "S!"
t("empty spec uses str", lambda: format(ReprOnly()))
t("nonempty spec on class", lambda: format(ReprOnly(), "5"))
t("type format", lambda: format(int, ""))
t("type format spec", lambda: format(int, "10"))
t("str spec subclass", lambda: format(3, SubStr("04")))
