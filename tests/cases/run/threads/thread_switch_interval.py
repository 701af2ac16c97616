# sys.setswitchinterval / getswitchinterval, and CPU-bound threads sharing
# the interpreter: each one makes progress while the others run.
import sys
import threading
import time

print(sys.getswitchinterval())
for value in (0.001, 1e-6, 1.5e-6, 2.5e-6, 1e-9, 0.0123456789, 1, 2.0, True):
    sys.setswitchinterval(value)
    print(value, sys.getswitchinterval())
for bad in (0, -1, 0.0, -0.5, "a", None, 2**2000):
    try:
        sys.setswitchinterval(bad)
    except (ValueError, TypeError, OverflowError) as e:
        print(repr(bad)[:10], type(e).__name__, e)

sys.setswitchinterval(0.001)
stop = [False]
counts = [0, 0, 0]


def spin(i):
    while not stop[0]:
        counts[i] += 1


threads = [threading.Thread(target=spin, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
deadline = time.monotonic() + 0.2
# the main thread spins too: the others can only run if it is made to
# hand the GIL over
while min(counts) == 0 or time.monotonic() < deadline:
    pass
stop[0] = True
for t in threads:
    t.join()
print([c > 0 for c in counts])
sys.setswitchinterval(0.005)
print(sys.getswitchinterval())
