import traceback
def f():
    raise ValueError("bad value")
try:
    f()
except ValueError:
    print(traceback.format_exc(), end="")
    lines = traceback.format_exception(*__import__("sys").exc_info())
    print(len(lines))
    for l in lines:
        print(repr(l))
try:
    try:
        f()
    except ValueError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    traceback.print_exception(e)
    print(traceback.format_exception_only(e))
    print(traceback.format_exception(e, chain=False))
    print(traceback.format_tb(e.__traceback__))
print(traceback.format_exc())
e = KeyError("nokey")
print(traceback.format_exception(e))
