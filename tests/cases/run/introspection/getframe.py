import sys
def who_called():
    caller = sys._getframe(1)
    return caller.f_code.co_name, caller.f_lineno
def api():
    return who_called()
print(api())
def depth():
    n = 0
    f = sys._getframe()
    while f is not None:
        n += 1
        f = f.f_back
    return n
print(depth(), (lambda: depth())())
try:
    sys._getframe(1000)
except ValueError as e:
    print(e)
f = sys._getframe()
print(f.f_code.co_name, f.f_back, f.f_globals is globals(), f.f_locals is globals())
print(type(f).__name__, f.f_builtins is __builtins__.__dict__ if hasattr(__builtins__, "__dict__") else True)
def locals_snapshot(a, b=2):
    c = a + b
    return sys._getframe().f_locals
print(locals_snapshot(1))
def line_numbers():
    f = sys._getframe()
    first = f.f_lineno
    second = f.f_lineno
    return second - first
print(line_numbers())
def trace_names():
    frame = sys._getframe()
    names = []
    while frame:
        names.append(frame.f_code.co_qualname)
        frame = frame.f_back
    return names
class K:
    def m(self):
        return trace_names()
print(K().m())
print(sys._getframe(0).f_trace, sys._getframe().f_lasti >= 0)
