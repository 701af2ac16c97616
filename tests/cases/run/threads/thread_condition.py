# threading.Condition: producer/consumer, wait_for, notify(n), notify_all,
# timeouts, errors; over both Lock and RLock.
import threading

for make_lock in (threading.Lock, threading.RLock):
    cond = threading.Condition(make_lock())
    items = []
    consumed = []

    def consumer(n):
        for _ in range(n):
            with cond:
                cond.wait_for(lambda: items)
                consumed.append(items.pop(0))

    def producer(values):
        for v in values:
            with cond:
                items.append(v)
                cond.notify()

    cs = [threading.Thread(target=consumer, args=(5,)) for _ in range(2)]
    ps = [threading.Thread(target=producer, args=(range(i, 10, 2),)) for i in range(2)]
    for t in cs + ps:
        t.start()
    for t in cs + ps:
        t.join()
    print(make_lock.__name__, sorted(consumed), items)

# notify_all wakes everyone; notify(2) wakes two
cond = threading.Condition()
ready = []
woken = []
go = [False]


def waiter(i):
    with cond:
        ready.append(i)
        cond.notify_all()
        while not go[0]:
            cond.wait()
        woken.append(i)


threads = [threading.Thread(target=waiter, args=(i,)) for i in range(5)]
for t in threads:
    t.start()
with cond:
    cond.wait_for(lambda: len(ready) == 5)
    go[0] = True
    cond.notify_all()
for t in threads:
    t.join()
print(sorted(woken))

# timeouts
cond = threading.Condition()
with cond:
    print(cond.wait(0.01))
    print(cond.wait_for(lambda: False, timeout=0.01))
    print(cond.wait_for(lambda: 42, timeout=0.01))

# errors: waiting or notifying without the lock
for meth in ("wait", "notify", "notify_all"):
    try:
        getattr(cond, meth)()
    except RuntimeError as e:
        print(meth, "RuntimeError:", e)

# notify(n) counts
cond = threading.Condition()
count = [0]
started = threading.Semaphore(0)


def counted():
    with cond:
        started.release()
        cond.wait()
        count[0] += 1


threads = [threading.Thread(target=counted) for _ in range(4)]
for t in threads:
    t.start()
for _ in threads:
    started.acquire()
with cond:
    cond.notify(2)
while count[0] < 2:
    with cond:
        pass
with cond:
    cond.notify_all()
for t in threads:
    t.join()
print(count[0])
print(repr(threading.Condition()).startswith("<Condition(<unlocked _thread.RLock object owner=0 count=0 at"))
