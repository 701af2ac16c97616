# The atexit module: registration order, arguments, unregister, errors.
import atexit


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


def show(*args, **kwargs):
    print("exit function", args, kwargs)


def fails():
    print("fails")
    raise RuntimeError("in exit function")


def exits():
    print("exits")
    raise SystemExit(5)


def registers_more():
    print("registers more")
    atexit.register(show, "never called")


attempt("no args", lambda: atexit.register())
attempt("not callable", lambda: atexit.register(1))
attempt("returns func", lambda: atexit.register(show, 1, k=2) is show)
start = atexit._ncallbacks()
atexit.register(fails)
atexit.register(exits)
atexit.register(show, "twice")
atexit.register(registers_more)
print(atexit._ncallbacks() - start)
atexit.unregister(show)
print(atexit._ncallbacks() - start)
attempt("unregister no args", lambda: atexit.unregister())
atexit.register(show, "kept")

ran = []
atexit.register(ran.append, 1)
atexit._run_exitfuncs()
print("ran", ran, atexit._ncallbacks())
atexit.register(show, "final")
atexit.register(fails)
atexit.register(exits)
atexit.register(registers_more)
atexit.register(lambda: print("last registered, first called"))
print("end of script")
