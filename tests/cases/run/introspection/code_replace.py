import types
def f(a, b=1):
    x = a + b
    return x
c = f.__code__
print(c.replace() == c, c.replace(co_name='g') == c, hash(c.replace()) == hash(c))
g = types.FunctionType(c.replace(co_name="g", co_consts=c.co_consts), globals(), None, (1,))
print(g(2), g.__code__.co_name)
for kw in [dict(co_code=b'\x00'), dict(co_consts=[1]), dict(co_names=(1,)), dict(co_flags='x'), dict(co_argcount=-1), dict(co_varnames=('a',)), dict(co_name=1), dict(co_linetable='x'), dict(bogus=1), dict(co_nlocals=5), dict(co_freevars=('q',)), dict(co_cellvars=('a',))]:
    try:
        r = c.replace(**kw); print('ok', kw, r.co_varnames, r.co_nlocals, r.co_cellvars, r.co_freevars)
    except Exception as e: print(type(e).__name__, e)
try: c.replace(1)
except Exception as e: print(type(e).__name__, e)
def h():
    1/0
h2 = types.FunctionType(h.__code__.replace(co_firstlineno=100), {})
print(list(h.__code__.co_lines()) == list(h.__code__.replace().co_lines()))
print([l for _,_,l in h.__code__.replace(co_firstlineno=100).co_lines()])
print(list(h.__code__.co_positions()) == list(h.__code__.replace().co_positions()))
print(h.__code__.co_exceptiontable == h.__code__.replace().co_exceptiontable)
def k():
    try:
        return 1/0
    except ZeroDivisionError as e:
        return 'caught'
k2 = types.FunctionType(k.__code__.replace(co_name='k2', co_exceptiontable=k.__code__.co_exceptiontable), {})
print(k2())
code2 = types.CodeType(c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount, c.co_nlocals, c.co_stacksize, c.co_flags, c.co_code, c.co_consts, c.co_names, c.co_varnames, c.co_filename, 'made', 'made', c.co_firstlineno, c.co_linetable, c.co_exceptiontable)
print(types.FunctionType(code2, {})(5, 6), code2.co_name)
try: types.CodeType(1)
except TypeError as e: print(e)
@types.coroutine
def gen():
    yield 1
print(gen.__code__.co_flags & 0x100)
