# help/copyright/credits/license/exit/quit added by site: types, reprs, calling the printers.
import builtins
import io
import sys
def t(label, fn):
    try:
        print(label, repr(fn()))
    except BaseException as e:
        print(label, "EXC", type(e).__name__, e)

print(type(help).__name__, type(credits).__name__, type(exit).__name__)
print(repr(credits))
credits()
t("credits args", lambda: credits(1))
t("copyright lines", lambda: len(repr(copyright).splitlines()))
copyright()
print(repr(help))
print(str(help) == repr(help), callable(help), callable(credits))
t("help type doc", lambda: type(help).__doc__ is not None)
t("printer MAXLINES", lambda: type(license).MAXLINES)
t("quitter repr", lambda: (repr(exit), str(quit)))
t("exit raises", lambda: exit(3))
t("quit raises", lambda: quit("message"))
sys.stdin = io.StringIO("")
try:
    exit()
except SystemExit as e:
    print("SystemExit", e.code, sys.stdin.closed)
sys.stdin = sys.__stdin__
t("exit kw", lambda: exit(code=4))
t("exit too many", lambda: exit(1, 2))
class Printer(type(credits)):
    pass
t("printer subclass", lambda: Printer.__mro__[1] is type(credits))
t("helper fresh", lambda: repr(type(help)()))
t("help setattr", lambda: (setattr(help, "x", 1), help.x))
t("builtins has them", lambda: all(hasattr(builtins, n) for n in ("help", "copyright", "credits", "license", "exit", "quit")))
