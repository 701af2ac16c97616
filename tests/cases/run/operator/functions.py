# The operator functions behave as the operators, errors included.
import operator as op

print(op.add(2, 3), op.sub(2, 3), op.mul("ab", 2), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3))
print(op.pow(2, 10), op.neg(5), op.pos(-5), op.abs(-3.5), op.inv(5), op.invert(0), op.lshift(1, 4), op.rshift(32, 2))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.not_([]), op.truth([1]), op.is_(None, None), op.is_not(1, None))
print(op.lt(1, 2), op.le(2, 2), op.eq("a", "a"), op.ne(1, 1), op.gt(3, 2), op.ge(1, 2))
print(op.__add__(1, 1), op.__lt__(1, 2), op.__not__(0), op.__inv__(1), op.__index__(7))
print(op.concat([1], [2]), op.concat("a", "b"), op.contains([1, 2], 2), op.countOf([1, 2, 1], 1), op.indexOf("abc", "c"))
l = [1, 2, 3]
op.setitem(l, 0, 9)
op.delitem(l, 1)
print(l, op.getitem(l, -1), op.getitem({"k": 1}, "k"), op.getitem("abcdef", slice(1, 4)))
x = [1]
print(op.iadd(x, [2]) is x, x, op.iconcat(x, (3,)), op.imul(x, 2), op.isub(5, 2), op.ipow(2, 3), op.ior({1}, {2}))
print(op.index(True), op.length_hint([1, 2, 3]), op.length_hint(iter(range(7))), op.length_hint(5, 42))
print(op.call(max, 3, 9, 4), op.call(sorted, [3, 1], reverse=True))
print(op._compare_digest("abc", "abc"), op._compare_digest(b"abc", b"abd"), op._compare_digest(b"ab", bytearray(b"ab")))
print(op.add.__name__, op.add.__module__, op.itemgetter.__module__, op.lt is op.__lt__)

def err(f, *args, **kwargs):
    try:
        f(*args, **kwargs)
    except (TypeError, ValueError, ZeroDivisionError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
err(op.add, 1)
err(op.add, 1, "a")
err(op.add, a=1)
err(op.not_, 1, 2)
err(op.truth)
err(op.truediv, 1, 0)
err(op.lt, 1, "a")
err(op.concat, 1, 2)
err(op.concat, [1], (2,))
err(op.iconcat, 1, 2)
err(op.indexOf, [1, 2], 3)
err(op.countOf, 1, 3)
err(op.contains, 1, 3)
err(op.length_hint, [1], "a")
err(op.length_hint, [1], 2.0)
err(op.index, 1.5)
err(op.call)
err(op.getitem, [1], 5)
err(op.delitem, {}, "k")
err(op.is_, 1, 2, 3)
err(op._compare_digest, "a", "\xe9")
err(op._compare_digest, 1, 2)
err(op._compare_digest, "a", b"a")
class Hint:
    def __length_hint__(self):
        return 12
print(op.length_hint(Hint()), op.length_hint(Hint(), 3))
