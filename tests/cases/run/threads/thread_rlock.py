# threading.RLock (the native _thread.RLock): recursion, ownership, the
# methods threading.Condition uses, errors.
import _thread
import threading

r = threading.RLock()
print(type(r) is _thread.RLock, type(r).__name__)
me = threading.get_ident()


def show(lock):
    return repr(lock).split(" at ")[0].replace(str(me), "ME")


print(show(r))
print(r.acquire(), r.acquire(), r.acquire(blocking=False))
print(show(r), r._is_owned(), r._recursion_count())
r.release()
print(r._recursion_count())
state = r._release_save()
print(state[0], state[1] == me, show(r), r._is_owned())
try:
    r._release_save()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)
r._acquire_restore(state)
print(show(r), r._recursion_count())
for bad in (5, (1,), (1, 2, 3)):
    try:
        r._acquire_restore(bad)
    except TypeError as e:
        print("TypeError:", e)
r.release()
r.release()
print(show(r))

with r:
    with r:
        print("nested", r._recursion_count())
print(r._recursion_count())

# another thread can neither release nor see itself as owner
r.acquire()
seen = []


def other():
    seen.append(r._is_owned())
    seen.append(r._recursion_count())
    seen.append(r.acquire(False))
    try:
        r.release()
    except RuntimeError as e:
        seen.append(str(e))


t = threading.Thread(target=other)
t.start()
t.join()
print(seen)
r.release()

# recursion inside threads, shared counter
total = [0]
lock = threading.RLock()


def add(depth):
    with lock:
        total[0] += 1
        if depth:
            add(depth - 1)


threads = [threading.Thread(target=add, args=(d,)) for d in range(10)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(total[0])
try:
    r.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
print(show(_thread.RLock(1, 2)))
class MyRLock(_thread.RLock):
    pass
print(MyRLock().acquire())
