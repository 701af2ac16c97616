# set.add, discard, remove, pop, clear, copy
s = set()
print(s.add(1), s.add(2), s.add(1), s)
print(s.discard(5), s.discard(1), s)
try:
    s.remove(99)
except KeyError as e:
    print(type(e).__name__, e, e.args)
try:
    s.remove((1, 2))
except KeyError as e:
    print(type(e).__name__, e, e.args)
try:
    s.remove(())
except KeyError as e:
    print(type(e).__name__, repr(e))
try:
    s.remove(frozenset())
except KeyError as e:
    print(type(e).__name__, repr(e))
print(s.remove(2), s)
try:
    s.pop()
except KeyError as e:
    print(type(e).__name__, e)
try:
    set().pop()
except KeyError as e:
    print(type(e).__name__, e)
t = set(range(10))
popped = [t.pop() for _ in range(4)]
print(popped, t)
t.add(0)
print(t.pop(), t)
c = t.copy()
c.add("new")
print(t, len(c), type(c).__name__, c is t)
print(t.clear(), t, c.__len__())
for name, args in [("add", ()), ("add", (1, 2)), ("discard", ()), ("remove", ()), ("pop", (1,)), ("clear", (1,)), ("copy", (1,))]:
    try:
        getattr(set(), name)(*args)
    except TypeError as e:
        print(name, type(e).__name__, e)
try:
    set.add(frozenset(), 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    frozenset().add(1)
except AttributeError as e:
    print(type(e).__name__, e)
for name in ("add", "discard", "remove", "pop", "clear", "update"):
    print(name, hasattr(frozenset, name), hasattr(set, name))
f = frozenset([1, 2])
print(f.copy() is f, type(f.copy()).__name__)
class FS(frozenset):
    pass
fs = FS([1])
print(fs.copy() is fs, type(fs.copy()).__name__)
class S(set):
    pass
print(type(S([1]).copy()).__name__)
# pop order for small ints follows the table
u = {5, 3, 9, 1}
print([u.pop() for _ in range(4)])
v = {"x"}
v.remove("x")
v.add("y")
print(v)
