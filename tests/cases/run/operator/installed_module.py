# CPython's own operator.py runs on the native _operator.
import operator, _operator

print(operator.add is _operator.add, operator.__add__ is _operator.add, operator.__iadd__ is _operator.iadd)
print(sorted(operator.__all__) == sorted(n for n in operator.__all__), len(operator.__all__))
missing = [n for n in operator.__all__ if not hasattr(operator, n)]
print(missing)
print(operator.__lt__(1, 2), operator.__contains__([1], 1), operator.__getitem__("ab", 1), operator.__inv__(0))
people = [{"name": "b", "age": 30}, {"name": "a", "age": 30}, {"name": "c", "age": 20}]
print([p["name"] for p in sorted(people, key=operator.itemgetter("age", "name"))])
class Node:
    def __init__(self, value, child=None):
        self.value = value
        self.child = child
chain = Node(1, Node(2, Node(3)))
print(operator.attrgetter("child.child.value")(chain), operator.attrgetter("value", "child.value")(chain))
print(list(map(operator.methodcaller("strip", "x"), ["xax", "xxbx"])), operator.methodcaller("count", "a")("banana"))
print(operator.length_hint(iter([1, 2, 3])), operator.length_hint(range(7)), operator.length_hint(object(), 4))
class BadHint:
    def __length_hint__(self):
        return -1
try:
    operator.length_hint(BadHint())
except ValueError as e:
    print("ValueError", e)
class NotImpl:
    def __length_hint__(self):
        return NotImplemented
print(operator.length_hint(NotImpl(), 9))
print(operator.index(5), operator.pow(2, -1), operator.truediv(1, 4), operator.mod("%s!", "hi"), operator.matmul.__name__)
