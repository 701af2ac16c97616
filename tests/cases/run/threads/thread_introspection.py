# current_thread, main_thread, enumerate, active_count, get_ident,
# get_native_id, names, _thread constants and counters.
import _thread
import threading

main = threading.main_thread()
print(main.name, main is threading.current_thread(), main.ident == threading.get_ident())
print(threading.get_ident() == _thread.get_ident(), threading.get_native_id() == _thread.get_native_id())
print(type(threading.get_native_id()).__name__, threading.get_native_id() > 0)
print(threading.active_count(), [t.name for t in threading.enumerate()])
print(_thread.TIMEOUT_MAX, threading.TIMEOUT_MAX == _thread.TIMEOUT_MAX, _thread._count())
print(repr(main).startswith("<_MainThread(MainThread, started "))

info = {}
hold = threading.Event()
started = threading.Barrier(4)


def body():
    me = threading.current_thread()
    info[me.name] = (me is not main, me.ident == threading.get_ident(),
                     threading.get_native_id() != main.native_id, me.native_id == threading.get_native_id())
    started.wait()
    hold.wait()


threads = [threading.Thread(target=body, name=f"t{i}") for i in range(3)]
for t in threads:
    t.start()
started.wait()
print(threading.active_count(), sorted(t.name for t in threading.enumerate()), _thread._count())
print(sorted(info.items()))
print(repr(threads[0]).startswith("<Thread(t0, started "))
hold.set()
for t in threads:
    t.join()
print(threading.active_count(), _thread._count(), repr(threads[0]).startswith("<Thread(t0, stopped "))

# default names count up
a, b = threading.Thread(), threading.Thread(target=print)
print(a.name.startswith("Thread-"), b.name.endswith(" (print)"))
a.name = "renamed"
print(a.name, a.getName())

# stack_size
print(_thread.stack_size())
for bad in (1, -1, "a", 1.5, 2**70):
    try:
        _thread.stack_size(bad)
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(_thread.stack_size(1 << 20), _thread.stack_size(), _thread.stack_size(0))
sized = []
t = threading.Thread(target=lambda: sized.append(sum(range(100))))
threading.stack_size(1 << 20)
t.start()
t.join()
threading.stack_size(0)
print(sized)

# start_new_thread argument errors
for args in ((1, ()), (print, []), (print, (), [])):
    try:
        _thread.start_new_thread(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    _thread.start_new_thread(print)
except TypeError as e:
    print("TypeError:", e)
done = _thread.allocate_lock()
done.acquire()
box = []
ident = _thread.start_new_thread(lambda x, y=0: (box.append((x, y, _thread.get_ident())), done.release()), (1,), {"y": 2})
done.acquire()
print(box[0][:2], box[0][2] == ident, isinstance(ident, int))
try:
    _thread.exit()
except SystemExit as e:
    print("SystemExit", e.args)
