# Variable annotations in modules, classes and functions.
x: int
y: int = 5
z: 'str' = 'hello'
obj.attr: int
obj.other: int = 3
d['key']: list
lst[1:2]: slice
(paren): int = 1
class C:
    a: int
    b: str = 'b'
    __private: float = 1.0
def f():
    local: int = 1
    other: str
    return local
