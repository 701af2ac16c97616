# contextmanager, ExitStack, suppress, closing, redirect_stdout, nullcontext.
import contextlib
import io

@contextlib.contextmanager
def tag(name):
    print("<%s>" % name)
    try:
        yield name.upper()
    except ValueError as e:
        print("handled", e)
    finally:
        print("</%s>" % name)

with tag("b") as t:
    print("inside", t)
with tag("i"):
    raise ValueError("oops")
try:
    with tag("u"):
        raise KeyError("k")
except KeyError as e:
    print("escaped", e)

with contextlib.suppress(FileNotFoundError, KeyError):
    {}["x"]
print("suppressed")

with contextlib.ExitStack() as stack:
    for i in range(3):
        stack.enter_context(tag("t%d" % i))
    stack.callback(print, "callback ran")
    print("body")

def cleanup_fail():
    raise RuntimeError("cleanup")
try:
    with contextlib.ExitStack() as stack:
        stack.callback(cleanup_fail)
        stack.callback(print, "first out")
except RuntimeError as e:
    print("RuntimeError", e)

with contextlib.ExitStack() as stack:
    stack.callback(print, "never")
    moved = stack.pop_all()
moved.close()

class Resource:
    def close(self):
        print("closed")
with contextlib.closing(Resource()):
    print("using")
with contextlib.nullcontext(42) as v:
    print("null", v)
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("hidden")
print(repr(buf.getvalue()))

class Reentrant(contextlib.ContextDecorator):
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *exc):
        print("exit", exc[0])
        return False
@Reentrant()
def work():
    print("working")
work()
@contextlib.contextmanager
def bad():
    yield
    yield
try:
    with bad():
        pass
except RuntimeError as e:
    print("RuntimeError", e)
print(isinstance(tag("x"), contextlib.AbstractContextManager))
