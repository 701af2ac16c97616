# _queue.SimpleQueue directly: its API, argument errors, and blocking gets
# woken by puts from other threads.
import _queue
import threading

q = _queue.SimpleQueue()
print(q.empty(), q.qsize())
q.put(1)
q.put(2, block=False)
q.put(3, True, 10)
q.put_nowait(4)
print(q.empty(), q.qsize())
print(q.get(), q.get(False), q.get(True, 1), q.get_nowait())


def attempt(f):
    try:
        print(repr(f()))
    except _queue.Empty as e:
        print("Empty", repr(e))
    except Exception as e:
        print(type(e).__name__, e)


attempt(lambda: q.get(False))
attempt(lambda: q.get_nowait())
attempt(lambda: q.get(True, 0))
attempt(lambda: q.get(timeout=0.01))
attempt(lambda: q.get(False, 5))
attempt(lambda: q.get(True, -1))
attempt(lambda: q.get(True, "x"))
attempt(lambda: q.get(True, float("nan")))
attempt(lambda: q.get(True, 1e20))
attempt(lambda: q.get(1, 2, 3))
attempt(lambda: q.put())
attempt(lambda: q.put(1, 2, 3, 4))
attempt(lambda: q.put_nowait())
attempt(lambda: _queue.SimpleQueue(1))
attempt(lambda: _queue.SimpleQueue(a=1))
attempt(lambda: _queue.SimpleQueue[int])
print(_queue.Empty.__mro__, _queue.Empty.__module__)
print(_queue.Empty.__doc__)
print(_queue.SimpleQueue.__doc__)


class MyQueue(_queue.SimpleQueue):
    def put_twice(self, item):
        self.put(item)
        self.put(item)


mq = MyQueue()
mq.put_twice("x")
print(mq.qsize(), mq.get(), type(mq).__name__)

# getters block until producers put
q = _queue.SimpleQueue()
got = []
lock = threading.Lock()


def getter():
    for _ in range(5):
        item = q.get()
        with lock:
            got.append(item)


getters = [threading.Thread(target=getter) for _ in range(4)]
for t in getters:
    t.start()


def putter(base):
    for i in range(10):
        q.put(base + i)


putters = [threading.Thread(target=putter, args=(b,)) for b in (0, 100)]
for t in putters:
    t.start()
for t in putters + getters:
    t.join()
print(sorted(got), q.empty())

# a get with a timeout succeeds when an item arrives in time
q = _queue.SimpleQueue()
threading.Timer(0.01, q.put, args=("late",)).start()
print(q.get(timeout=5))
