# An uncaught KeyboardInterrupt from interrupt_main ends the program as
# CPython ends it (the traceback, then death by SIGINT); note that CPython
# looks the handler of an interrupt at a backward jump up from the
# instruction before the jump's target, so this `except` does not catch it.
import _thread
import threading
import time


def interrupt_when(ready):
    ready.wait()
    time.sleep(0.05)
    _thread.interrupt_main()


ready = threading.Event()
threading.Thread(target=interrupt_when, args=(ready,)).start()
print("spinning")
ready.set()
try:
    while True: pass
except KeyboardInterrupt:
    print("not reached")
