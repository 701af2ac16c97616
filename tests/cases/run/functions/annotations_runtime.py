def typed(a: int, b: "list[str]" = None, *args: float, c: bool = False, **kw: dict) -> "Result":
    return a
print(typed.__annotations__)
class Model:
    name: str
    count: int = 0
    tags: list
print(Model.__annotations__, Model.count, hasattr(Model, "name"))
x: int
y: str = "annotated global"
print(__annotations__, y)
def local_annotations():
    z: int = 5
    w: str
    return z, "w" in locals()
print(local_annotations())
class Sub(Model):
    extra: float
print(Sub.__annotations__, "name" in Sub.__annotations__)
def no_ann():
    pass
print(no_ann.__annotations__)
no_ann.__annotations__["added"] = int
print(no_ann.__annotations__)
lam = lambda q: q
print(lam.__annotations__)
class Complex:
    attr: "Complex"
    items: dict[str, list[int]]
print(Complex.__annotations__)
