# Exceptions escaping threads: threading.excepthook's default report (the
# frames inside threading.py are left out: their lines depend on the
# installed library), custom hooks, ExceptHookArgs, SystemExit, the
# unraisable report of a bare _thread thread.
import _thread
import io
import sys
import threading


def capture_stderr(run):
    saved = sys.stderr
    sys.stderr = buf = io.StringIO()
    try:
        run()
    finally:
        sys.stderr = saved
    lines = buf.getvalue().splitlines()
    keep = []
    skip_next = False
    for line in lines:
        if skip_next:
            skip_next = False
            continue
        if line.startswith('  File "') and "threading.py" in line:
            skip_next = True
            continue
        keep.append(line)
    print("\n".join(keep))


def fails():
    raise ValueError("boom in thread")


def run_and_join(**kw):
    t = threading.Thread(**kw)
    t.start()
    t.join()


capture_stderr(lambda: run_and_join(target=fails, name="bad-thread"))
capture_stderr(lambda: run_and_join(target=lambda: 1 / 0))


def chained():
    try:
        {}["missing"]
    except KeyError as e:
        raise RuntimeError("wrapped") from e


capture_stderr(lambda: run_and_join(target=chained, name="chain"))
capture_stderr(lambda: run_and_join(target=sys.exit, args=(3,), name="exits"))
print("after SystemExit thread")

# a custom hook sees ExceptHookArgs
seen = []


def hook(args):
    seen.append((type(args).__name__, args.exc_type.__name__, str(args.exc_value),
                 args.exc_traceback is not None, args.thread.name, len(args)))


threading.excepthook = hook
run_and_join(target=fails, name="hooked")
print(seen)
threading.excepthook = threading.__excepthook__
print(threading.excepthook is _thread._excepthook, threading.ExceptHookArgs is _thread._ExceptHookArgs)

# a hook that fails is reported through sys.excepthook
def bad_hook(args):
    raise TypeError("hook failed")


threading.excepthook = bad_hook
saved_sys_hook = sys.excepthook
sys.excepthook = lambda t, v, tb: print("sys.excepthook:", t.__name__, v)
run_and_join(target=fails, name="x")
sys.excepthook = saved_sys_hook
threading.excepthook = threading.__excepthook__

# _thread._excepthook directly
args = _thread._ExceptHookArgs((KeyError, KeyError("k"), None, None))
print(args, args.exc_type, args.thread)
for bad in (1, (1, 2, 3, 4)):
    try:
        _thread._excepthook(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    _thread._ExceptHookArgs((1, 2, 3))
except TypeError as e:
    print("TypeError:", e)
print(_thread._excepthook(_thread._ExceptHookArgs((SystemExit, SystemExit(1), None, None))))


class Named:
    name = "named-object"


capture_stderr(lambda: _thread._excepthook(_thread._ExceptHookArgs((ValueError, ValueError("v"), None, Named()))))
capture_stderr(lambda: _thread._excepthook(_thread._ExceptHookArgs((ValueError, None, None, Named()))))


# with sys.stderr None, the thread's _stderr is used
class WithStderr:
    name = "quiet"
    _stderr = sys.stdout


saved = sys.stderr
sys.stderr = None
_thread._excepthook(_thread._ExceptHookArgs((ValueError, ValueError("to stdout"), None, WithStderr())))
_thread._excepthook(_thread._ExceptHookArgs((ValueError, ValueError("lost"), None, None)))
sys.stderr = saved

# a bare _thread thread reports through sys.unraisablehook; SystemExit
# ends it quietly
import time

reports = []
sys.unraisablehook = lambda u: reports.append((u.err_msg, u.exc_type.__name__, str(u.exc_value), u.object.__name__))
exited = _thread.allocate_lock()
exited.acquire()


def quits():
    try:
        sys.exit(5)
    finally:
        exited.release()


def bare():
    raise OSError("bare failure")


_thread.start_new_thread(quits, ())
exited.acquire()
_thread.start_new_thread(bare, ())
while not reports:
    time.sleep(0.001)
print(reports)
