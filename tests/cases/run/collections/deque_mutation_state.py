# Which deque operations invalidate running iterators (CPython's state
# counter): changes of length or order do, item assignment does not.
from collections import deque
for op in ["reverse()", "rotate(1)", "__setitem__(0, 9)", "clear()", "extend([])", "rotate(0)", "__init__([1,2])", "__iadd__([])", "__imul__(1)", "insert(1, 5)", "remove(1)", "copy()", "count(1)", "__delitem__(0)"]:
    d = deque([1, 2, 3])
    it = iter(d)
    eval("d." + op)
    try:
        print(op, list(it))
    except RuntimeError as e:
        print(op, "RuntimeError", e)
