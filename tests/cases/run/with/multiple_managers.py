class Managed:
    def __init__(self, name, suppress=False, fail_enter=False):
        self.name = name
        self.suppress = suppress
        self.fail_enter = fail_enter
    def __enter__(self):
        print("enter", self.name)
        if self.fail_enter:
            raise RuntimeError(f"cannot enter {self.name}")
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, tb is not None)
        return self.suppress
with Managed("a") as a, Managed("b") as b:
    print("body", a, b)
with (Managed("p") as p,
      Managed("q")):
    print("parenthesized", p)
try:
    with Managed("x"), Managed("y", fail_enter=True), Managed("z"):
        print("never")
except RuntimeError as e:
    print("caught", e)
with Managed("outer", suppress=True), Managed("inner"):
    raise ValueError("suppressed by outer")
print("after suppression")
def returns_inside():
    with Managed("r"):
        return "returned"
print(returns_inside())
for i in range(2):
    with Managed(f"loop{i}"):
        if i == 0:
            continue
        break
with Managed("m") as (first, *rest):
    print(first, rest)
