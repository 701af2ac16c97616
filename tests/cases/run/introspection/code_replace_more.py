def greet(name, punct="!"):
    "Say hello."
    message = "Hello, " + name
    return message + punct
co = greet.__code__
renamed = co.replace(co_name="salute", co_qualname="salute")
print(renamed.co_name, renamed.co_qualname, co.co_name, renamed.co_consts is co.co_consts)
print(renamed.co_varnames, renamed.co_argcount, renamed.co_firstlineno == co.co_firstlineno)
greet.__code__ = renamed
print(greet("Ann"), greet.__code__.co_name)
swapped = co.replace(co_consts=tuple("Bye, " if c == "Hello, " else c for c in co.co_consts))
greet.__code__ = swapped
print(greet("Bob", "?"))
moved = co.replace(co_filename="elsewhere.py", co_firstlineno=100)
print(moved.co_filename, moved.co_firstlineno, sorted({l for _, _, l in moved.co_lines() if l})[:1])
same = co.replace()
print(same.co_code == co.co_code, same.co_linetable == co.co_linetable, same.co_exceptiontable == co.co_exceptiontable,
      list(same.co_positions()) == list(co.co_positions()), same.co_lnotab == co.co_lnotab)
def boom():
    x = 1
    return x / 0
boom.__code__ = boom.__code__.replace(co_name="renamed_boom")
try:
    boom()
except ZeroDivisionError as e:
    print(e.__traceback__.tb_next.tb_frame.f_code.co_name)
def guarded():
    try:
        return 1 / 0
    except ZeroDivisionError:
        return "handled"
g2 = guarded.__code__.replace()
guarded.__code__ = g2
print(guarded(), g2.co_exceptiontable == guarded.__code__.co_exceptiontable)
for kwargs in [{"co_nlocals": 9}, {"co_code": b"abc"}, {"co_name": 1}, {"co_names": (1,)}, {"co_bogus": 1},
               {"co_consts": [1]}, {"co_argcount": -1}, {"co_argcount": 5}, {"co_firstlineno": -3}, {"co_varnames": ("a",)}]:
    try:
        co.replace(**kwargs)
        print("ok", kwargs)
    except (TypeError, ValueError, SystemError) as e:
        print(type(e).__name__, e)
try:
    co.replace(1)
except TypeError as e:
    print(e)
