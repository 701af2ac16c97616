# RuntimeErrors when a dict changes while it is iterated
def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
def add_during_keys():
    d = {1: 1, 2: 2}
    for k in d:
        d[k + 10] = 0
err(add_during_keys)
def delete_during_values():
    d = {1: 1, 2: 2, 3: 3}
    for v in d.values():
        del d[v]
err(delete_during_values)
def add_during_items():
    d = {1: 1}
    for k, v in d.items():
        d["x"] = v
err(add_during_items)
def change_keys_same_size():
    d = {1: 1, 2: 2, 3: 3}
    for k in d:
        del d[k]
        d[k + 100] = 0
err(change_keys_same_size)
def pop_and_readd_same_key():
    d = {1: 1, 2: 2, 3: 3}
    seen = []
    for k in d:
        seen.append(k)
        v = d.pop(k)
        d[k] = v
    return seen
err(pop_and_readd_same_key)
def value_update_is_fine():
    d = {1: 1, 2: 2, 3: 3}
    for k in d:
        d[k] = k * 10
    print("updated", d)
err(value_update_is_fine)
def reversed_change():
    d = {1: 1, 2: 2}
    for k in reversed(d):
        d[k + 5] = 1
err(reversed_change)
def reversed_values_change():
    d = {1: 1, 2: 2}
    for k in reversed(d.values()):
        d.clear()
err(reversed_values_change)
def clear_during():
    d = {1: 1, 2: 2}
    for k in d:
        d.clear()
err(clear_during)
def popitem_during():
    d = {1: 1, 2: 2, 3: 3}
    for k in d:
        d.popitem()
err(popitem_during)
def iterator_after_error():
    d = {1: 1, 2: 2}
    it = iter(d)
    next(it)
    d[3] = 3
    try:
        next(it)
    except RuntimeError as e:
        print("first", e)
    try:
        print("second", next(it))
    except StopIteration:
        print("StopIteration after error")
    except RuntimeError as e:
        print("again", e)
iterator_after_error()
def setdefault_existing():
    d = {1: 1}
    for k in d:
        d.setdefault(k, 5)
    print("setdefault existing ok", d)
err(setdefault_existing)
def update_existing():
    d = {1: 1, 2: 2}
    for k in d:
        d.update({1: 5, 2: 6})
    print("update existing ok", d)
err(update_existing)
def comprehension():
    d = {1: 1}
    return {k: d.setdefault(k + 1, 0) for k in d}
err(comprehension)
def list_of_keys_ok():
    d = {i: i for i in range(5)}
    for k in list(d):
        if k % 2:
            del d[k]
    print("list() copy ok", d)
list_of_keys_ok()
def exhausted_iterator_then_grow():
    d = {1: 1}
    it = iter(d)
    print(list(it))
    d[2] = 2
    print(list(it))
exhausted_iterator_then_grow()
