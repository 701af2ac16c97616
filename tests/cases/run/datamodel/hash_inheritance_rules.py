# __hash__: set to None by __eq__, inheritance, explicit None, errors.
def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)

class OnlyEq:
    def __eq__(self, o): return True
print("__hash__" in OnlyEq.__dict__, OnlyEq.__hash__)
err(lambda: hash(OnlyEq()))
err(lambda: {OnlyEq()})
err(lambda: {OnlyEq(): 1})

class EqAndHash:
    def __eq__(self, o): return True
    def __hash__(self): return 7
print(hash(EqAndHash()), len({EqAndHash(), EqAndHash()}))

class Child(EqAndHash):
    def __eq__(self, o): return False
print(Child.__hash__)
err(lambda: hash(Child()))

class Child2(EqAndHash):
    pass
print(hash(Child2()))

class Child3(EqAndHash):
    def __eq__(self, o): return False
    __hash__ = EqAndHash.__hash__
print(hash(Child3()))

class Unhash:
    __hash__ = None
err(lambda: hash(Unhash()))
import collections.abc
print(isinstance(Unhash(), collections.abc.Hashable), isinstance(OnlyEq(), collections.abc.Hashable))
class Rehash(Unhash):
    def __hash__(self): return 3
print(hash(Rehash()), isinstance(Rehash(), collections.abc.Hashable))

# hash results: int subclasses, big ints, -1, wrong types
class Big:
    def __hash__(self): return 2 ** 100
class MinusOne:
    def __hash__(self): return -1
class Sub(int): pass
class SubHash:
    def __hash__(self): return Sub(12)
class Flt:
    def __hash__(self): return 1.5
class Str:
    def __hash__(self): return "x"
class BoolH:
    def __hash__(self): return True
print(hash(Big()) == hash(2 ** 100), hash(MinusOne()), hash(SubHash()), type(hash(SubHash())).__name__)
print(hash(BoolH()))
err(lambda: hash(Flt()))
err(lambda: hash(Str()))
class Raises:
    def __hash__(self): raise RuntimeError("hash failed")
err(lambda: hash(Raises()))
err(lambda: {Raises(): 1})
err(lambda: Raises() in {1: 2})
err(lambda: Raises() in {1})

# builtin unhashables and their messages
for v in ([], {}, set(), bytearray(), slice(1, 2)):
    err(lambda: hash(v))
print(hash((1, 2)) == hash((1, 2)), hash(frozenset({1})) == hash(frozenset({1})))
err(lambda: hash(([],)))
err(lambda: hash(frozenset([[]])))
print(list.__hash__, dict.__hash__, type(object.__hash__).__name__)

# __eq__ defined by a subclass of a builtin resets __hash__ too
class L(tuple):
    def __eq__(self, o): return True
err(lambda: hash(L()))
class I(int):
    def __eq__(self, o): return True
err(lambda: hash(I(1)))
class I2(int):
    def __eq__(self, o): return True
    __hash__ = int.__hash__
print(hash(I2(5)))

# setting __hash__ later
class Later:
    pass
print(hash(Later()) is not None)
Later.__hash__ = None
err(lambda: hash(Later()))
Later.__hash__ = lambda self: 99
print(hash(Later()))
del Later.__hash__
print(type(hash(Later())).__name__)

# hash of an object equal to a builtin used as dict key
class Key:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o
    def __hash__(self): return hash(self.v)
d = {1: "one", "s": "ess"}
print(d[Key(1)], d[Key("s")], Key(2) in d)
