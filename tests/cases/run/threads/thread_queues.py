# queue.Queue, LifoQueue, PriorityQueue and SimpleQueue with producer and
# consumer threads: task_done/join, blocking get/put, Full, Empty, timeouts.
import queue
import threading

q = queue.Queue()
results = []
lock = threading.Lock()


def consumer():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        with lock:
            results.append(item * item)
        q.task_done()


def producer(start):
    for i in range(start, start + 20):
        q.put(i)


consumers = [threading.Thread(target=consumer) for _ in range(3)]
producers = [threading.Thread(target=producer, args=(s,)) for s in (0, 20, 40)]
for t in consumers + producers:
    t.start()
for t in producers:
    t.join()
q.join()
print(len(results), sum(results), q.unfinished_tasks)
for _ in consumers:
    q.put(None)
for t in consumers:
    t.join()
print(q.empty(), q.qsize())

# a bounded queue makes producers wait for the consumer
bq = queue.Queue(maxsize=2)
order = []


def fill():
    for i in range(6):
        bq.put(i)
        order.append(("put", i))


t = threading.Thread(target=fill)
t.start()
got = [bq.get() for _ in range(6)]
t.join()
print(got, bq.full(), len(order))
bq.put(1)
bq.put(2)
print(bq.full())
try:
    bq.put(3, timeout=0.01)
except queue.Full:
    print("Full after timeout")
try:
    bq.put_nowait(3)
except queue.Full:
    print("Full at once")
try:
    queue.Queue().get(timeout=0.01)
except queue.Empty:
    print("Empty after timeout")
try:
    queue.Queue().get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)

lq = queue.LifoQueue()
pq = queue.PriorityQueue()
for i in (3, 1, 4, 1, 5, 9, 2, 6):
    lq.put(i)
    pq.put((i, str(i)))
print([lq.get() for _ in range(lq.qsize())])
print([pq.get()[0] for _ in range(pq.qsize())])

# PriorityQueue fed by several threads drains in order
pq = queue.PriorityQueue()
ts = [threading.Thread(target=lambda base=b: [pq.put(base + k * 3) for k in range(5)]) for b in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print([pq.get() for _ in range(15)])

# the SimpleQueue queue.py exports is the native one
sq = queue.SimpleQueue()
print(type(sq).__module__, queue.Empty is __import__("_queue").Empty)
worker_out = []
w = threading.Thread(target=lambda: worker_out.extend(sq.get() for _ in range(3)))
w.start()
for v in "abc":
    sq.put(v)
w.join()
print(worker_out, sq.empty())
