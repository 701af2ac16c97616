# Daemon threads: the flag and its inheritance; at exit the interpreter
# waits for threads that are not daemons, and does not wait for daemons.
import threading
import time

print(threading.current_thread().daemon)
t = threading.Thread(target=lambda: None)
print(t.daemon, t.isDaemon())
d = threading.Thread(target=lambda: None, daemon=True)
print(d.daemon)
inherited = []


def spawn():
    inherited.append(threading.Thread(target=lambda: None).daemon)


p = threading.Thread(target=spawn, daemon=True)
p.start()
p.join()
print(inherited)
d.start()
try:
    d.daemon = False
except RuntimeError as e:
    print("RuntimeError:", e)
d.join()

# a daemon blocked forever does not keep the program alive
forever = threading.Event()
threading.Thread(target=forever.wait, daemon=True, name="stuck").start()
print(sorted(t.name for t in threading.enumerate()))


# a daemon that keeps running Python code while the program ends
def spin():
    while True:
        time.sleep(0.001)


threading.Thread(target=spin, daemon=True).start()


# a non-daemon thread still running at the end of the main program is
# waited for: its output comes after the last line of the program
def late():
    time.sleep(0.05)
    print("late thread done")


threading.Thread(target=late).start()
print("end of main program")
