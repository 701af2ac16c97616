class Suppress:
    def __init__(self, *types):
        self.types = types
        self.caught = None
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            self.caught = ev
            return True
        return False
with Suppress(KeyError) as s:
    {}["nope"]
print("caught", repr(s.caught))
try:
    with Suppress(KeyError):
        [][0]
except IndexError as e:
    print("not suppressed:", e)
def in_loop():
    out = []
    for key in ["a", "b", "c"]:
        with Suppress(KeyError):
            out.append({"a": 1, "c": 3}[key])
    return out
print(in_loop())
def with_return_value():
    with Suppress(ZeroDivisionError):
        return 1 / 0
    return "after with"
print(with_return_value())
class Translate:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is KeyError:
            raise LookupError(f"translated {ev}") from ev
with Suppress(LookupError) as s2:
    with Translate():
        raise KeyError("inner")
print(repr(s2.caught), repr(s2.caught.__cause__))
class Reraise:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if ev is not None:
            raise ev
try:
    with Reraise():
        raise ValueError("same object")
except ValueError as e:
    print("reraised", e, e.__context__)
