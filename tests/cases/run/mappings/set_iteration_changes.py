# "Set changed size during iteration" and friends
def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
def add_during():
    s = {1, 2, 3}
    for x in s:
        s.add(x + 100)
err(add_during)
def remove_during():
    s = {1, 2, 3}
    for x in s:
        s.remove(x)
err(remove_during)
def discard_absent_ok():
    s = {1, 2, 3}
    for x in s:
        s.discard(99)
    print("discard absent ok", s)
err(discard_absent_ok)
def add_existing_ok():
    s = {1, 2, 3}
    for x in s:
        s.add(x)
    print("add existing ok", s)
err(add_existing_ok)
def remove_then_add_same_size():
    s = {1, 2, 3}
    out = []
    for x in s:
        out.append(x)
        s.remove(x)
        s.add(x + 1000)
    print("same size", out, sorted(s))
err(remove_then_add_same_size)
def clear_during():
    s = {1, 2}
    for x in s:
        s.clear()
err(clear_during)
def pop_during():
    s = {1, 2, 3}
    for x in s:
        s.pop()
err(pop_during)
def update_during():
    s = {1, 2}
    for x in s:
        s.update([7, 8])
err(update_during)
def iterator_after_error():
    s = {1, 2}
    it = iter(s)
    next(it)
    s.add(5)
    try:
        next(it)
    except RuntimeError as e:
        print("first", e)
    try:
        next(it)
    except StopIteration:
        print("then StopIteration")
    except RuntimeError as e:
        print("again", e)
iterator_after_error()
def frozenset_iter_ok():
    f = frozenset([1, 2, 3])
    print(sorted(x * 2 for x in f))
frozenset_iter_ok()
def length_hint():
    s = {1, 2, 3}
    it = iter(s)
    print(it.__length_hint__(), type(it).__name__)
    next(it)
    print(it.__length_hint__())
    s.add(9)
    print(it.__length_hint__())
length_hint()
def comprehension_change():
    s = {1}
    return {s.add(x + 1) for x in s}
err(comprehension_change)
def symdiff_during():
    s = {1, 2}
    for x in s:
        s ^= {x}
err(symdiff_during)
