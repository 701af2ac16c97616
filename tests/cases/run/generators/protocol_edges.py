import sys
def t(label, fn):
    try:
        print(label, repr(fn()))
    except BaseException as e:
        print(label, "EXC", type(e).__name__, e)
def g():
    x = yield 1
    yield x
t("gen send non-None start", lambda: g().send(5))
t("gen throw instance with tb", lambda: g().throw(ValueError("v").with_traceback(None)))
t("gen throw type+value mismatch", lambda: g().throw(ValueError, KeyError("k")))
t("gen throw non-exc", lambda: g().throw(5))
t("gen throw instance + value", lambda: g().throw(ValueError("a"), "b"))
t("gen throw bad tb", lambda: g().throw(ValueError, None, 5))
t("gen repr", lambda: repr(g()).split(" at ")[0])
t("genexpr repr", lambda: repr((x for x in [])).split(" at ")[0])
async def co(): return 1
c = co()
t("coro send non-None", lambda: c.send(1))
c.close()
t("coro __await__", lambda: (lambda c: (type(c.__await__()).__name__, c.close())[0])(co()))
async def ag():
    yield 1
a = ag()
t("asyncgen asend non-None first", lambda: a.asend(1).send(None))
t("asyncgen aiter", lambda: a.__aiter__() is a)
t("anext builtin", lambda: type(anext(ag())).__name__)
t("aiter builtin", lambda: aiter(ag()).__class__.__name__)
t("aiter bad", lambda: aiter(1))
t("anext bad", lambda: anext(1))

