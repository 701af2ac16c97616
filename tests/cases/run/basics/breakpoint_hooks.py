import sys
calls = []
def hook(*args, **kwargs):
    calls.append((args, kwargs))
    return "hook result"
print(sys.breakpointhook is sys.__breakpointhook__, callable(sys.__breakpointhook__))
sys.breakpointhook = hook
print(breakpoint(), breakpoint(1, 2, key="v"), calls)
del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as e:
    print(e)
sys.breakpointhook = lambda: 1 / 0
try:
    breakpoint()
except ZeroDivisionError as e:
    print("hook error propagates:", e)
sys.breakpointhook = sys.__breakpointhook__
try:
    breakpoint(unexpected=1) if False else None
except TypeError as e:
    print(e)
print(sys.breakpointhook.__name__, breakpoint.__name__)
