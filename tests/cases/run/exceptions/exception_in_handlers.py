import sys
def inner():
    try:
        raise ValueError("v")
    except ValueError:
        print("in handler:", repr(sys.exception()))
        try:
            raise KeyError("k")
        except KeyError:
            print("nested handler:", repr(sys.exception()))
        print("back:", repr(sys.exception()))
    print("after:", sys.exception())
inner()
def gen():
    try:
        raise IndexError("in gen")
    except IndexError:
        yield repr(sys.exception())
        yield repr(sys.exception())
try:
    raise TypeError("outer")
except TypeError:
    g = gen()
    print(next(g))
    print("caller:", repr(sys.exception()))
    print(next(g))
def handler_raises():
    try:
        raise ValueError("first")
    except ValueError as e:
        raise RuntimeError("second")
try:
    handler_raises()
except RuntimeError as e:
    print(repr(e), repr(e.__context__), e.__context__.__traceback__ is not None)
def except_var_deleted():
    e = "before"
    try:
        raise ValueError
    except ValueError as e:
        pass
    return "e" in locals()
print(except_var_deleted())
