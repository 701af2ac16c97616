# Starting threads, passing arguments, joining, results, names, is_alive.
import threading
import time

results = {}


def work(key, n, *, scale=1):
    total = 0
    for i in range(n):
        total += i * scale
    results[key] = total


threads = [threading.Thread(target=work, args=(k, 1000 * (k + 1)), kwargs={"scale": k + 1}) for k in range(6)]
print([t.is_alive() for t in threads])
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results.items()))
print([t.is_alive() for t in threads])
print([t.name.split(" ")[1] for t in threads])
# (finished threads' identities may be reused by later threads)
idents = {t.ident for t in threads}
print(all(isinstance(i, int) for i in idents), threading.get_ident() not in idents)


class Worker(threading.Thread):
    def __init__(self, n):
        super().__init__(name=f"worker-{n}")
        self.n = n
        self.out = None

    def run(self):
        self.out = sum(range(self.n))


ws = [Worker(n) for n in (10, 100, 1000)]
for w in ws:
    w.start()
for w in ws:
    w.join()
print([(w.name, w.out) for w in ws])

# join with a timeout on a thread that is still waiting
gate = threading.Event()
t = threading.Thread(target=gate.wait, name="waiter")
t.start()
t.join(0.01)
print(t.is_alive(), t.name)
gate.set()
t.join()
print(t.is_alive())

# starting twice, joining before start, joining oneself
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.Thread(target=print).join()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)

# a thread that returns a value through a list, with many switches
out = []


def slow_append(i):
    for _ in range(3):
        time.sleep(0.001)
    out.append(i)


ts = [threading.Thread(target=slow_append, args=(i,)) for i in range(8)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(out))
print(threading.active_count())
