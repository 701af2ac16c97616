# _thread.interrupt_main: KeyboardInterrupt in the main thread, raised at
# its next check point, caught like any exception.
import _thread
import threading


def interrupt_when(ready):
    ready.wait()
    _thread.interrupt_main()


ready = threading.Event()
threading.Thread(target=interrupt_when, args=(ready,)).start()
try:
    ready.set()
    n = 0
    while True:
        n += 1
except KeyboardInterrupt as e:
    print("caught", repr(e))


# in a function, while calling other functions
def busy(ready):
    ready.set()
    total = 0
    for i in range(10**9):
        total += abs(i)
    return total


ready = threading.Event()
threading.Thread(target=interrupt_when, args=(ready,)).start()
try:
    busy(ready)
except KeyboardInterrupt:
    print("caught in busy()")

# signals nobody handles in Python do nothing; bad numbers are refused
_thread.interrupt_main(15)
print("SIGTERM simulated: nothing happens")
for bad in (0, -1, 100, "x"):
    try:
        _thread.interrupt_main(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
