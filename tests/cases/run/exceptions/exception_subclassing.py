class ValidationError(ValueError):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
        self.field = field
class RangeError(ValidationError):
    pass
def validate(age):
    if not isinstance(age, int):
        raise ValidationError("age", "not an int")
    if age < 0:
        raise RangeError("age", "negative")
    return age
for v in [5, -1, "x"]:
    try:
        print(validate(v))
    except RangeError as e:
        print("range", e, e.field, e.args)
    except ValueError as e:
        print("value", e, type(e).__mro__[1].__name__)
class NoSuper(Exception):
    def __init__(self, x):
        self.x = x
e = NoSuper(5)
print(e.args, str(e), repr(e))
class WithNew(Exception):
    def __new__(cls, *args):
        print("new", args)
        return super().__new__(cls, *args)
print(repr(WithNew(1, 2)))
try:
    raise RangeError("f", "p")
except (TypeError, ValidationError) as caught:
    print(type(caught).__name__)
class Strange(BaseException):
    pass
try:
    try:
        raise Strange("not an Exception")
    except Exception:
        print("wrong")
except BaseException as b:
    print("caught base", b)
print(issubclass(RangeError, Exception), RangeError.__bases__)
class Weird(Exception):
    __slots__ = ("a",)
w = Weird()
w.a = 1
print(w.a)
