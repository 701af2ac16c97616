# "except E as name" unbinds the name when the handler ends, so the
# exception, its traceback and the frames it holds are freed right there.
import sys

class Resource:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  del", self.name)

class Failure(Exception):
    def __init__(self, name):
        super().__init__(name)
        self.payload = Resource("payload of " + name)

def fails(name):
    local = Resource("local of " + name)
    raise Failure(name)

print("handler ends")
try:
    fails("first")
except Failure as e:
    print("  in handler", e)
print("after handler")

print("kept beyond the handler")
try:
    fails("second")
except Failure as e:
    saved = e
print("  still alive:", saved.payload.name)
saved.__traceback__ = None
print("  traceback dropped")
del saved
print("  exception dropped")

print("sys.exc_info inside handler")
try:
    fails("third")
except Failure:
    info = sys.exc_info()
    print("  type", info[0].__name__)
    del info
print("after third")

print("nested handlers")
try:
    try:
        fails("inner")
    except Failure as inner:
        print("  inner handled")
        raise ValueError("outer") from inner
except ValueError as outer:
    print("  outer handled, cause", outer.__cause__)
print("after nested")

print("exception replaced by return in finally")
def swallow():
    try:
        fails("swallowed")
    finally:
        return "returned"
print(" ", swallow())
print("end")
