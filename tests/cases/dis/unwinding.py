# Leaving loops and functions through with-blocks and finally clauses.
def f(items, lock):
    for x in items:
        with lock:
            if x:
                return x
            if x is None:
                break
            continue
    return None

def g(items):
    while items:
        try:
            v = items.pop()
            if v:
                return v
        finally:
            items.clear()

def h():
    for i in range(3):
        try:
            pass
        except Exception:
            break
        finally:
            continue
