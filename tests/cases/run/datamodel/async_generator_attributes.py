# Async generator objects: ag_* attributes, frame, subscription, method docs, lifecycle.
import types
def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)

def run(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value

async def agen(n):
    for i in range(n):
        got = yield i
        if got is not None:
            print("received", got)

g = agen(3)
print(type(g).__name__, g.__name__, g.__qualname__, g.ag_code.co_name, g.ag_running, g.ag_await)
print(type(g.ag_frame).__name__, g.ag_frame.f_code is g.ag_code, g.ag_frame.f_locals)
print(run(g.__anext__()), g.ag_frame.f_locals["i"], run(g.asend("hello")))
print(types.AsyncGeneratorType[int], type(types.AsyncGeneratorType[int]).__name__)
print(bool(g.asend.__doc__), bool(g.athrow.__doc__), bool(g.aclose.__doc__))
print(sorted(set(dir(g)) - set(dir(object))))
run(g.aclose())
print(g.ag_frame, g.ag_running)
err(lambda: run(g.__anext__()))

# athrow into a suspended generator
async def catcher():
    try:
        yield "first"
    except ValueError as e:
        yield f"caught {e}"
c = catcher()
print(run(c.__anext__()))
print(run(c.athrow(ValueError("boom"))))
err(lambda: run(c.athrow(KeyError("k"))))
print(c.ag_frame)

# attributes are read-only; names are writable
err(lambda: setattr(g, "ag_code", None))
err(lambda: setattr(g, "ag_frame", None))
g.__name__ = "renamed"
g.__qualname__ = "Q.renamed"
print(g.__name__, g.__qualname__)
err(lambda: setattr(g, "__name__", 5))
print(isinstance(g, types.AsyncGeneratorType), type(g.__aiter__()) is type(g), g.__aiter__() is g)

# which attributes are members (read-only) and which are computed
def gen(): yield
async def co(): pass
gg, cc = gen(), co()
for o, names in ((gg, ["gi_code", "gi_frame", "gi_running", "gi_yieldfrom", "__name__"]),
                 (cc, ["cr_code", "cr_frame", "cr_running", "cr_await", "cr_origin", "__qualname__"])):
    for n in names:
        err(lambda: setattr(o, n, None))
cc.close()
print(type(types.GeneratorType.__dict__["gi_code"]).__name__, type(types.AsyncGeneratorType.__dict__["ag_running"]).__name__,
      type(types.CoroutineType.__dict__["cr_origin"]).__name__, type(types.GeneratorType.__dict__["gi_frame"]).__name__)
print(cc.cr_origin, bool(gg.send.__doc__), bool(gg.throw.__doc__), bool(cc.close.__doc__))
