def leaks_stop():
    yield 1
    raise StopIteration("manual")
try:
    list(leaks_stop())
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__))
def next_on_empty():
    it = iter([])
    yield next(it)
try:
    for _ in next_on_empty():
        pass
except RuntimeError as e:
    print(e, type(e.__cause__).__name__, e.__suppress_context__)
def ok_return():
    yield 1
    return "value"
g = ok_return()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value:", e.value)
def subclass_stop():
    class MyStop(StopIteration):
        pass
    yield 0
    raise MyStop
try:
    list(subclass_stop())
except RuntimeError as e:
    print(e)
def async_like():
    yield 1
    raise StopAsyncIteration
try:
    list(async_like())
except StopAsyncIteration as e:
    print("StopAsyncIteration is not converted in a generator", repr(e))
print(list(x for x in iter(lambda: 1, 1)))
def stop_in_genexp():
    return list(next(iter([])) for _ in range(1))
try:
    stop_in_genexp()
except RuntimeError as e:
    print("genexp:", e)
