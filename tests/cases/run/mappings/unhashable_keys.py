# error messages for unhashable keys and elements
def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
err(lambda: {[]: 1})
err(lambda: {{}: 1})
err(lambda: {set(): 1})
err(lambda: {bytearray(): 1})
err(lambda: {(1, [2]): 1})
err(lambda: {(1, (2, {})): 1})
err(lambda: {1: 2}[[1]])
err(lambda: [] in {1: 2})
err(lambda: {}.get([]))
d = {}
def setitem():
    d[[1]] = 2
err(setitem)
def delitem():
    del d[{}]
err(delitem)
err(lambda: {[1]})
err(lambda: set([[1]]))
err(lambda: frozenset([{}]))
err(lambda: {1}.add([]))
err(lambda: {1}.remove([]))
err(lambda: {1}.discard([]))
err(lambda: [] in {1})
print({1}.__contains__(1))
print(set() in {frozenset()}, {1} in {frozenset([1])}, {2} in {frozenset([1])})
print(frozenset([1]) in {frozenset([1]): 0})
s = {frozenset([1])}
s.remove({1})
print(s)
s.add(frozenset([2]))
s.discard({2})
print(s)
err(lambda: {1}.remove({3}))
err(lambda: hash([]))
err(lambda: hash({}))
err(lambda: hash(set()))
err(lambda: hash(bytearray()))
err(lambda: hash(slice(1, 2)))
err(lambda: hash((1, [])))
err(lambda: hash(memoryview(bytearray(b"x"))))
class NoHash:
    __hash__ = None
err(lambda: {NoHash(): 1})
err(lambda: hash(NoHash()))
class EqOnly:
    def __eq__(self, o):
        return True
err(lambda: {EqOnly()})
class ListSub(list):
    pass
err(lambda: {ListSub(): 1})
class HashableList(list):
    def __hash__(self):
        return 7
print({HashableList([1]): "ok"}, hash(HashableList()))
import collections
err(lambda: {collections.Counter(): 1})
err(lambda: {collections.deque(): 1})
err(lambda: {{}.keys(): 1})
err(lambda: {(lambda: 0).__code__: 0} and 1 / 0)
