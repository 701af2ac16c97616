import threading, queue, time
results = []
lock = threading.Lock()
def worker(n):
    total = sum(range(n))
    with lock:
        results.append((n, total))
threads = [threading.Thread(target=worker, args=(i * 1000,)) for i in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))
print(threading.current_thread().name, threading.main_thread() is threading.current_thread(), threading.active_count())
q = queue.Queue()
for i in range(5):
    q.put(i)
out = []
while not q.empty():
    out.append(q.get())
    q.task_done()
print(out, q.qsize(), q.empty())
try:
    q.get_nowait()
except queue.Empty:
    print('empty')
pq = queue.PriorityQueue()
for p in [5, 1, 3]:
    pq.put((p, f'task{p}'))
print([pq.get() for _ in range(3)])
lq = queue.LifoQueue()
for i in 'abc':
    lq.put(i)
print(lq.get(), lq.get(), lq.qsize())
bq = queue.Queue(maxsize=2)
bq.put(1); bq.put(2)
try:
    bq.put(3, block=False)
except queue.Full:
    print('full', bq.full())
class Counter(threading.Thread):
    def __init__(self, name):
        super().__init__(name=name)
        self.count = 0
    def run(self):
        for _ in range(100):
            self.count += 1
c = Counter('counter-thread')
c.start(); c.join()
print(c.name, c.count, c.is_alive())
ev = threading.Event()
print(ev.is_set(), ev.wait(0.01))
ev.set()
print(ev.wait(), ev.is_set())
rl = threading.RLock()
with rl:
    with rl:
        print('reentrant ok')
sem = threading.Semaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(blocking=False))
sem.release()
bs = threading.BoundedSemaphore(1)
try:
    bs.release()
except ValueError as e:
    print(e)
l2 = threading.Lock()
print(l2.acquire(), l2.locked(), l2.acquire(False))
l2.release()
try:
    l2.release()
except RuntimeError as e:
    print(e)
def failing():
    raise ValueError('boom in thread')
threading.excepthook = lambda args: print('hook:', args.exc_type.__name__, args.exc_value, args.thread.name)
t = threading.Thread(target=failing, name='bad')
t.start(); t.join()
print('after failing thread')
cond = threading.Condition()
with cond:
    cond.notify_all()
    print(cond.wait(0.001))
tm = threading.Timer(0.01, lambda: print('timer fired'))
tm.start(); tm.join()
print(type(threading.local()).__name__)
