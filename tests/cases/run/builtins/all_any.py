# all() and any(): truthiness, short-circuiting, iterator consumption, errors.
def t(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, "EXC", type(e).__name__, e)

cases = [[], [0], [1], [1, 2, 0], [None], ["", "a"], [[], [1]], (x for x in [1, 1]),
         {0: 1}, {1: 0}, "abc", "", b"\x00", range(0), range(1, 5), {0.0, 1}]
for c in cases:
    name = type(c).__name__
    print(name, all(c), end=" ")
    if name != "generator":
        print(any(c))
    else:
        print()

log = []
def gen(values):
    for v in values:
        log.append(v)
        yield v
print(all(gen([1, 2, 0, 3, 4])), log)
log.clear()
print(any(gen([0, 0, 5, 0])), log)
log.clear()
it = iter([1, 0, 2, 3])
print(all(it), list(it))
it = iter([0, 7, 8])
print(any(it), list(it))

class Truth:
    def __init__(self, v): self.v = v
    def __bool__(self):
        log.append(self.v)
        return bool(self.v)
log.clear()
print(any([Truth(0), Truth(1), Truth(2)]), log)

class BadBool:
    def __bool__(self):
        return 2
class RaisingBool:
    def __bool__(self):
        raise RuntimeError("bool raised")
class LenTruth:
    def __len__(self):
        return 0

t("all non-iterable", lambda: all(5))
t("any non-iterable", lambda: any(None))
t("all bad bool", lambda: all([BadBool()]))
t("any raising bool", lambda: any([RaisingBool()]))
t("all len truth", lambda: all([LenTruth()]))
t("all no args", lambda: all())
t("any two args", lambda: any([], []))
t("all kw", lambda: all(iterable=[]))

def failing():
    yield 1
    raise KeyError("midway")
t("all failing gen", lambda: all(failing()))
t("any failing gen", lambda: any(failing()))
t("all short circuits before failure", lambda: all(x for x in [0, 1 / 1]))
