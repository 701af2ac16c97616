import sys
def level3():
    raise ValueError("deep")
def level2():
    level3()
def level1():
    level2()
try:
    level1()
except ValueError as e:
    tb = e.__traceback__
    frames = []
    while tb is not None:
        frames.append((tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_lasti >= 0))
        tb = tb.tb_next
    print(frames)
    print(type(e.__traceback__).__name__, sys.exc_info()[2] is e.__traceback__)
e2 = ValueError("fresh")
print(e2.__traceback__)
try:
    raise e2
except ValueError:
    pass
print(e2.__traceback__ is not None, e2.__traceback__.tb_next)
e3 = KeyError("x").with_traceback(None)
print(e3.__traceback__)
try:
    e3.__traceback__ = "bad"
except TypeError as err:
    print(err)
def reraise_keeps_tb():
    try:
        level1()
    except ValueError as e:
        saved = e
    try:
        raise saved
    except ValueError as e:
        n = 0
        tb = e.__traceback__
        while tb:
            n += 1
            tb = tb.tb_next
        return n
print(reraise_keeps_tb())
try:
    1 / 0
except ZeroDivisionError as z:
    tb = z.__traceback__
    print(tb.tb_frame is sys._getframe(), tb.tb_lineno)
