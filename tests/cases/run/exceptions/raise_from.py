class AppError(Exception):
    pass
def load(key):
    try:
        return {"a": 1}[key]
    except KeyError as e:
        raise AppError(f"missing {key}") from e
try:
    load("b")
except AppError as e:
    print(e, repr(e.__cause__), e.__suppress_context__, repr(e.__context__))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("hidden") from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
try:
    raise ValueError("x") from KeyError
except ValueError as e:
    print(repr(e.__cause__))
try:
    raise ValueError from 5
except TypeError as e:
    print(e)
try:
    raise 5
except TypeError as e:
    print(e)
try:
    raise int
except TypeError as e:
    print(e)
class NoInit(Exception):
    def __init__(self):
        raise RuntimeError("init failed")
try:
    raise NoInit
except RuntimeError as e:
    print(e)
e = ValueError("reuse")
for i in range(2):
    try:
        raise e
    except ValueError as caught:
        print(caught is e, caught)
try:
    raise
except RuntimeError as e:
    print(e)
def reraise():
    try:
        raise KeyError("k")
    except KeyError:
        raise
try:
    reraise()
except KeyError as e:
    print("reraised", e)
e2 = ValueError("c")
e2.__cause__ = KeyError("cause")
print(e2.__suppress_context__)
try:
    e2.__cause__ = "nope"
except TypeError as err:
    print(err)
try:
    e2.__context__ = 1
except TypeError as err:
    print(err)
