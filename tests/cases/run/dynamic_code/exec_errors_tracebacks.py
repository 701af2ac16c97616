import sys
try:
    exec("def f():\n    1 / 0\nf()", {})
except ZeroDivisionError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append((tb.tb_frame.f_code.co_filename, tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(names)
try:
    eval("undefined_variable_here")
except NameError as e:
    print(e)
try:
    exec("raise SystemExit(3)")
except SystemExit as e:
    print("SystemExit from exec", e.code)
try:
    exec("return 5")
except SyntaxError as e:
    print(e.msg, e.filename, e.lineno)
try:
    exec("  indented = 1")
except IndentationError as e:
    print(type(e).__name__, e.msg)
try:
    exec("if True:\nx = 1")
except IndentationError as e:
    print(e.msg, e.lineno)
try:
    eval("yield 1")
except SyntaxError as e:
    print(e.msg)
try:
    exec("x = (1,\n")
except SyntaxError as e:
    print(e.msg, e.lineno, e.offset)
try:
    exec("'unterminated")
except SyntaxError as e:
    print(e.msg, e.text)
try:
    exec(compile("x = 1 +", "named.py", "exec"))
except SyntaxError as e:
    print(e.filename, e.msg)
