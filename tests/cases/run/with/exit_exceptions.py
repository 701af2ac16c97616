class RaisesInExit:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        raise KeyError("from __exit__")
try:
    with RaisesInExit():
        raise ValueError("body error")
except KeyError as e:
    print(repr(e), "context:", repr(e.__context__))
try:
    with RaisesInExit():
        pass
except KeyError as e:
    print(repr(e), e.__context__)
class ReturnsTruthy:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return "yes"
with ReturnsTruthy():
    raise IndexError
print("suppressed with truthy string")
class BadBool:
    def __bool__(self):
        raise RuntimeError("bool failed")
class ReturnsBadBool:
    def __enter__(self):
        pass
    def __exit__(self, *exc):
        return BadBool()
try:
    with ReturnsBadBool():
        raise IndexError("original")
except RuntimeError as e:
    print(e, repr(e.__context__))
class NoExit:
    def __enter__(self):
        return 1
class NoEnter:
    def __exit__(self, *a):
        pass
for cls in (NoExit, NoEnter, int):
    try:
        with cls():
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
class SeesExcInfo:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        import sys
        print("exc_info in exit:", sys.exc_info()[0].__name__ if sys.exc_info()[0] else None, et.__name__)
        return True
with SeesExcInfo():
    raise LookupError
class EnterFails:
    def __enter__(self):
        raise OSError("enter failed")
    def __exit__(self, *a):
        print("exit should not run")
try:
    with EnterFails():
        pass
except OSError as e:
    print(e)
