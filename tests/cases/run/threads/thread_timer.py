# threading.Timer: firing, arguments, cancel.
import threading

fired = []
t = threading.Timer(0.01, fired.append, args=("first",))
t.start()
t.join()
print(fired, t.is_alive(), t.finished.is_set())

t = threading.Timer(10, fired.append, args=("never",))
t.start()
t.cancel()
t.join()
print(fired, t.finished.is_set())

done = threading.Event()
t = threading.Timer(0.005, lambda **kw: (fired.append(kw), done.set()), kwargs={"k": 1})
t.start()
print(done.wait(5), fired)
t.join()
print(isinstance(t, threading.Thread), t.name.startswith("Thread-"))
