def chain():
    try:
        raise KeyError("first")
    except KeyError:
        try:
            raise ValueError("second")
        except ValueError:
            raise TypeError("third")
try:
    chain()
except TypeError as e:
    c = e
    while c is not None:
        print(type(c).__name__, c, c.__suppress_context__)
        c = c.__context__
def finally_context():
    try:
        raise OSError("in try")
    finally:
        try:
            raise LookupError("in finally")
        except LookupError as e:
            print("finally saw context", repr(e.__context__))
try:
    finally_context()
except OSError as e:
    print("escaped", e, e.__context__)
def self_context():
    e = ValueError("self")
    try:
        raise e
    except ValueError:
        try:
            raise e
        except ValueError as again:
            return again.__context__
print(self_context())
def cycle():
    a = ValueError("a")
    b = KeyError("b")
    try:
        try:
            raise a
        except ValueError:
            raise b
    except KeyError:
        try:
            raise a
        except ValueError as final:
            return final, final.__context__, final.__context__.__context__
r = cycle()
print([repr(x) for x in r])
try:
    try:
        raise ValueError(1)
    except ValueError as e:
        e.__context__ = None
        raise
except ValueError as e:
    print("context cleared", e.__context__)
import sys
try:
    raise IndexError("now")
except IndexError:
    print(sys.exc_info()[0].__name__, repr(sys.exception()))
print(sys.exc_info(), sys.exception())
