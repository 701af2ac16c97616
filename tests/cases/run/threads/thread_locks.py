# threading.Lock / _thread.allocate_lock: acquire, release, timeouts,
# errors, context manager, and mutual exclusion across threads.
import _thread
import threading
import time

lock = threading.Lock()
print(type(lock) is _thread.LockType, type(lock).__name__, type(lock).__module__)
print(repr(lock).split(" at ")[0])
print(lock.acquire(), lock.locked())
print(repr(lock).split(" at ")[0])
print(lock.acquire(False), lock.acquire(True, 0), lock.acquire(timeout=0.01))
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
print(_thread.error is RuntimeError)

for args, kwargs in [((False, 1), {}), ((True, -2), {}), ((True, "x"), {}), ((True, 1e20), {}),
                     ((True, float("nan")), {}), ((1, 2, 3), {}), ((), {"bogus": 1}),
                     (([],), {}), ((True, 2**70), {}), ((2**40,), {}), ((), {"timeout": None})]:
    try:
        print(args, kwargs, lock.acquire(*args, **kwargs))
        lock.release()
    except (ValueError, TypeError, OverflowError) as e:
        print(args, kwargs, type(e).__name__, e)

with lock:
    print("inside", lock.locked())
print("outside", lock.locked())
print(lock.__enter__(), lock.locked(), lock.__exit__(None, None, None), lock.locked())
try:
    _thread.LockType()
except TypeError as e:
    print("TypeError:", e)
try:
    class Sub(_thread.LockType):
        pass
except TypeError as e:
    print("TypeError:", e)
print(_thread.allocate_lock().acquire_lock(), _thread.allocate() is not None)

# mutual exclusion: read-modify-write with a forced switch in the middle
counter = [0]


def bump(n):
    for _ in range(n):
        with lock:
            value = counter[0]
            if n % 7 == 0:
                time.sleep(0)
            counter[0] = value + 1


threads = [threading.Thread(target=bump, args=(n,)) for n in (200, 300, 350, 400)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter[0])

# a lock released by another thread than the one that took it
handoff = threading.Lock()
handoff.acquire()
threading.Thread(target=handoff.release).start()
print(handoff.acquire(timeout=5))

# a waiter times out while another thread holds the lock
held = threading.Lock()
held.acquire()
got = []
t = threading.Thread(target=lambda: got.append(held.acquire(timeout=0.02)))
t.start()
t.join()
print(got)
held.release()
