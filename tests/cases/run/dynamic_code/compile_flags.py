import sys
src = "def f():\n    return 42\n"
code = compile(src, "gen.py", "exec")
ns = {}
exec(code, ns)
print(ns["f"](), ns["f"].__code__.co_filename, ns["f"].__module__ if "__name__" in ns else ns["f"].__module__)
code2 = compile(b"x = 'bytes source'", "b.py", "exec")
exec(code2, ns)
print(ns["x"])
print(compile("a", "f", "eval", dont_inherit=True).co_names)
try:
    compile("x", "f", "exec", flags=0x12345678)
except ValueError as e:
    print(e)
try:
    compile("x\0y", "f", "exec")
except (SyntaxError, ValueError) as e:
    print(type(e).__name__, e)
print(compile("x", "f", "exec", optimize=0).co_filename, compile("assert x", "f", "exec", optimize=2).co_names)
print(compile(src, "f.py", "exec").co_consts[0].__class__.__name__)
try:
    compile("await x", "f", "exec")
except SyntaxError as e:
    print(e.msg)
for bad_opt in (-2, 3):
    try:
        compile("x", "f", "exec", optimize=bad_opt)
    except ValueError as e:
        print(e)
for f in (lambda: eval("1\0"), lambda: exec(b"1\0")):
    try:
        f()
    except SyntaxError as e:
        print(type(e).__name__, e, e.lineno)
print(compile("1;2", "f", "single").co_consts)
print(repr(compile("'doc'\nx=1", "f", "exec").co_consts[0]))
