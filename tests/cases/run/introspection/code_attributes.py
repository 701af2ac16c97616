def sample(a, b, /, c, *args, d, e=5, **kwargs):
    "doc"
    local1 = a + b
    def inner():
        return local1 + c
    return inner
co = sample.__code__
for name in ["co_name", "co_qualname", "co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_nlocals",
             "co_varnames", "co_cellvars", "co_freevars", "co_names", "co_firstlineno", "co_flags"]:
    print(name, getattr(co, name))
print(co.co_filename.endswith("code_attributes.py"), type(co.co_code).__name__, co.co_stacksize > 0)
print([type(c).__name__ for c in co.co_consts])
inner = sample(1, 2, 3, d=4)
ic = inner.__code__
print(ic.co_name, ic.co_qualname, ic.co_freevars, ic.co_flags & 0x10 != 0, ic.co_firstlineno)
def gen():
    yield
async def coro():
    pass
async def agen():
    yield
for fn in [gen, coro, agen, sample, lambda: 0]:
    flags = fn.__code__.co_flags
    print(fn.__name__, [n for n, bit in [("OPTIMIZED", 1), ("NEWLOCALS", 2), ("VARARGS", 4), ("VARKEYWORDS", 8),
                                          ("NESTED", 16), ("GENERATOR", 32), ("NOFREE", 64), ("COROUTINE", 128),
                                          ("ASYNC_GENERATOR", 512)] if flags & bit])
module_code = compile("x = 1\ny = x + 1\n", "mod.py", "exec")
print(module_code.co_name, module_code.co_names, module_code.co_consts, module_code.co_varnames, module_code.co_flags)
print(co.co_lnotab is not None, isinstance(co.co_linetable, bytes), isinstance(co.co_exceptiontable, bytes))
print(repr(compile("1", "f.py", "eval")).split(" at ")[0])
