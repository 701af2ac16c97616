# threading.local / _thread._local: per-thread attributes, subclasses whose
# __init__ runs again in each thread, __dict__, errors.
import _thread
import threading

data = threading.local()
print(threading.local is _thread._local, type(data).__name__, type(data).__module__)
data.x = "main"
seen = []


def worker(i):
    seen.append((i, hasattr(data, "x")))
    data.x = i
    data.y = i * 10
    seen.append((i, data.x, data.y, sorted(vars(data))))


threads = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
    t.join()
print(seen)
print(data.x, hasattr(data, "y"), data.__dict__)
del data.x
try:
    data.x
except AttributeError as e:
    print("AttributeError:", e)
try:
    data.__dict__ = {}
except AttributeError as e:
    print("AttributeError:", e)


class Counter(threading.local):
    created = 0

    def __init__(self, start, step=1):
        Counter.created += 1
        self.value = start
        self.step = step

    def bump(self):
        self.value += self.step
        return self.value


c = Counter(100, step=5)
c.bump()
results = []


def use_counter():
    results.append((c.value, c.bump(), c.bump()))


threads = [threading.Thread(target=use_counter) for _ in range(3)]
for t in threads:
    t.start()
    t.join()
print(results, c.value, Counter.created)

try:
    threading.local(1)
except TypeError as e:
    print("TypeError:", e)
try:
    threading.local(a=1)
except TypeError as e:
    print("TypeError:", e)


class WithSlotsLike(threading.local):
    __slots__ = ()


class Prop(threading.local):
    @property
    def doubled(self):
        return self.n * 2


p = Prop()
p.n = 4
out = []


def set_prop():
    p.n = 21
    out.append(p.doubled)


t = threading.Thread(target=set_prop)
t.start()
t.join()
print(p.doubled, out)
print(isinstance(WithSlotsLike(), threading.local))
