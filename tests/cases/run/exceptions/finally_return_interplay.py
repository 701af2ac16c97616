def trace(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "raised", repr(e))
def a():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"
def b():
    for i in range(3):
        try:
            return i
        finally:
            if i < 1:
                continue
    return "end"
def c():
    try:
        try:
            return "inner"
        finally:
            raise KeyError("from inner finally")
    except KeyError as e:
        return "caught " + str(e)
def d():
    x = []
    try:
        x.append("try")
        return x
    finally:
        x.append("finally")
def e():
    while True:
        try:
            try:
                raise ValueError
            finally:
                break
        except ValueError:
            return "should not see"
    return "broke out"
def f():
    try:
        return "try"
    except Exception:
        return "except"
    else:
        return "else"
def g():
    try:
        pass
    except Exception:
        return "except"
    else:
        return "else"
    finally:
        print("  (g finally)")
def h():
    results = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError(i)
        except ValueError:
            results.append("exc")
            continue
        else:
            results.append("else")
        finally:
            results.append("fin")
    return results
def i():
    try:
        return 1 / 0
    except ZeroDivisionError:
        raise
    finally:
        print("  (i finally)")
for label, fn in [("a", a), ("b", b), ("c", c), ("d", d), ("e", e), ("f", f), ("g", g), ("h", h), ("i", i)]:
    trace(label, fn)
