def nothing():
    pass
print(nothing())
def dots():
    ...
print(dots(), ..., Ellipsis is ..., repr(...), type(...).__name__)
class Empty:
    pass
print(Empty.__name__, Empty.__doc__)
class Documented:
    "The doc."
print(Documented.__doc__)
if True:
    pass
for _ in range(2):
    pass
while False:
    pass
print(bool(...), str(...))
try:
    type(...)()
    print("made another", type(...)() is ...)
except TypeError as e:
    print(e)
