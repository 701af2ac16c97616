# print()/input()/iteration on closed streams and odd file objects.
import io, sys
def t(label, fn):
    try:
        print(label, repr(fn()))
    except BaseException as e:
        print(label, "EXC", type(e).__name__, e)
s = io.StringIO(); s.close()
t("print closed", lambda: print("x", file=s))
t("print closed flush", lambda: print("x", file=s, flush=True))
t("input closed stdin", lambda: (setattr(sys, "stdin", s), input())[1])
sys.stdin = sys.__stdin__
t("iter closed", lambda: iter(s))
t("list closed", lambda: list(s))
b = io.BytesIO(b"x"); b.close()
t("bytesio getvalue closed", lambda: b.getvalue())
t("stringio getvalue closed", lambda: s.getvalue())
t("next closed", lambda: next(s))
t("with closed", lambda: s.__enter__())
t("print end sep unicode", lambda: print("a", "b", sep="\u2022", end="\u00b6\n"))
t("print many", lambda: print(*["x"] * 3, sep=""))
t("print returns", lambda: print())
class W:
    def write(self, s):
        return None
t("print weird file", lambda: print("a", file=W()))
t("print file is class", lambda: print("a", file=W))
t("print flush=1 on StringIO", lambda: print("z", file=io.StringIO(), flush=1))
t("any gen side effects", lambda: any(print(i) or i > 1 for i in range(5)))
