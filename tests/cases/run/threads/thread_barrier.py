# threading.Barrier: parties, the action, wait indices, abort and reset.
import threading

actions = []
b = threading.Barrier(3, action=lambda: actions.append("action"))
print(b.parties, b.n_waiting, b.broken)
indices = []
lock = threading.Lock()


def party():
    for _ in range(2):
        i = b.wait()
        with lock:
            indices.append(i)


threads = [threading.Thread(target=party) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(indices), actions)

# a timeout breaks the barrier for everyone
b = threading.Barrier(2, timeout=0.01)
try:
    b.wait()
except threading.BrokenBarrierError as e:
    print("BrokenBarrierError", repr(e), b.broken)
try:
    b.wait()
except threading.BrokenBarrierError:
    print("still broken")
b.reset()
print(b.broken, b.n_waiting)

# abort wakes the waiters
b = threading.Barrier(3)
outcome = []


def waiter():
    try:
        b.wait()
        outcome.append("passed")
    except threading.BrokenBarrierError:
        outcome.append("broken")


threads = [threading.Thread(target=waiter) for _ in range(2)]
for t in threads:
    t.start()
while b.n_waiting < 2:
    pass
b.abort()
for t in threads:
    t.join()
print(outcome, b.broken)

# an action that raises breaks the barrier
b = threading.Barrier(1, action=lambda: 1 / 0)
try:
    b.wait()
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e, b.broken)
try:
    threading.Barrier(0)
except ValueError as e:
    print("ValueError:", e)
