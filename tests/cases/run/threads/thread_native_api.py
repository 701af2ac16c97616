# _thread and _queue used directly, without threading.py: locks, RLock,
# thread-local data, start_new_thread, SimpleQueue hand-offs.
import _queue
import _thread
import sys
import time

me = _thread.get_ident()


def show(obj):
    return repr(obj).split(" at ")[0].replace(str(me), "ME")


lock = _thread.allocate_lock()
print(show(lock), lock.acquire(), show(lock), lock.acquire(False))
lock.release()
for call in (lambda: lock.release(), lambda: lock.acquire(False, 1), lambda: lock.acquire(True, -2),
             lambda: lock.acquire(True, "x"), lambda: lock.acquire(1, 2, 3), lambda: lock.locked(1)):
    try:
        call()
    except (RuntimeError, ValueError, TypeError) as e:
        print(type(e).__name__, e)

r = _thread.RLock()
r.acquire()
r.acquire()
print(show(r), r._recursion_count(), r._is_owned())
r.release()
r.release()
print(show(r))

# threads hand results back through a SimpleQueue
q = _queue.SimpleQueue()
for i in range(5):
    _thread.start_new_thread(lambda i: q.put((i, sum(range(i * 1000)))), (i,))
print(sorted(q.get() for _ in range(5)))

# a lock as a completion signal
done = _thread.allocate_lock()
done.acquire()
box = []
_thread.start_new_thread(lambda: (box.append(_thread.get_ident() != me), done.release()), ())
print(done.acquire(timeout=5), box)

# thread-local data
local = _thread._local()
local.value = "main"
seen = _queue.SimpleQueue()


def visit():
    seen.put(hasattr(local, "value"))
    local.value = "thread"
    seen.put(local.value)


_thread.start_new_thread(visit, ())
print(seen.get(), seen.get(), local.value)

# a get waits for a put from another thread
q = _queue.SimpleQueue()


def late_put():
    time.sleep(0.01)
    q.put("arrived")


_thread.start_new_thread(late_put, ())
print(q.get(timeout=5))
try:
    q.get(timeout=0.01)
except _queue.Empty:
    print("Empty")

# time.sleep lets other threads run
ticks = []
_thread.start_new_thread(lambda: [ticks.append(i) for i in range(3)], ())
time.sleep(0.05)
print(ticks)
print(sys.getswitchinterval())
while _thread._count():
    time.sleep(0.001)
print(_thread._count())
