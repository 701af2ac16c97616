# threading.Event, Semaphore and BoundedSemaphore across threads.
import threading
import time

ev = threading.Event()
print(ev.is_set(), ev.wait(0.01))
flags = []


def wait_for_event(i):
    flags.append((i, ev.wait(5)))


threads = [threading.Thread(target=wait_for_event, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
ev.set()
for t in threads:
    t.join()
print(sorted(flags), ev.is_set())
ev.clear()
print(ev.is_set(), ev.wait(0))

# a semaphore limits concurrency
sem = threading.Semaphore(2)
lock = threading.Lock()
active = [0]
peak = [0]


def limited():
    with sem:
        with lock:
            active[0] += 1
            peak[0] = max(peak[0], active[0])
        time.sleep(0.005)
        with lock:
            active[0] -= 1


threads = [threading.Thread(target=limited) for _ in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(peak[0] <= 2, active[0])

sem = threading.Semaphore(1)
print(sem.acquire(), sem.acquire(blocking=False), sem.acquire(timeout=0.01))
sem.release(2)
print(sem.acquire(False), sem.acquire(False), sem.acquire(False))
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    sem.release(0)
except ValueError as e:
    print("ValueError:", e)
try:
    sem.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)

bs = threading.BoundedSemaphore(2)
bs.acquire()
bs.release()
try:
    bs.release()
except ValueError as e:
    print("ValueError:", e)
with bs:
    with bs:
        print("both taken", bs.acquire(False))

# release from another thread wakes a blocked acquire
gate = threading.Semaphore(0)
threading.Timer(0.01, gate.release).start()
print(gate.acquire(timeout=5))
