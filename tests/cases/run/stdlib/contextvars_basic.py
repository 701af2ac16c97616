# contextvars over the native _contextvars: get/set/reset, tokens, copies
# and Context.run isolation, and the errors.
import contextvars as cv

v = cv.ContextVar("v", default=3)
w = cv.ContextVar("w")
print(v.name, v.get(), w.get("dflt"), type(v).__name__, type(cv.copy_context()).__name__)
try:
    w.get()
except LookupError as e:
    print("LookupError", e.args[0] is w)
t = v.set(5)
print(t.var is v, t.old_value is cv.Token.MISSING, repr(cv.Token.MISSING), v.get())
ctx = cv.copy_context()
print(len(ctx), ctx[v], ctx.get(w), ctx.get(w, 9), v in ctx, w in ctx, list(ctx.values()), ctx == cv.copy_context())

def inside(x):
    v.set(x)
    w.set("in")
    return v.get(), w.get()

print(ctx.run(inside, 10), v.get(), w.get(None), ctx[v], ctx[w], len(ctx))
print(cv.copy_context() == ctx)
try:
    ctx.run(lambda: ctx.run(inside, 1))
except RuntimeError as e:
    print("RuntimeError", str(e).startswith("cannot enter context:"))
v.reset(t)
print(v.get())
for bad in (lambda: v.reset(t), lambda: w.reset(t), lambda: v.reset(1), lambda: cv.ContextVar(1), lambda: cv.Context(1),
            lambda: cv.Token(), lambda: ctx[1], lambda: ctx[cv.ContextVar("z")], lambda: hash(ctx)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, "used once" in str(e) or "different ContextVar" in str(e) or str(e)[:45])
t2 = w.set(1)
other = cv.copy_context()
try:
    other.run(w.reset, t2)
except ValueError as e:
    print("different Context" in str(e))
w.reset(t2)
print(w.get("unset"), cv.ContextVar[int], cv.Token[str])
try:
    class Sub(cv.ContextVar):
        pass
except TypeError as e:
    print(e)
