import sys
def t(label, fn):
    try:
        print(label, repr(fn()))
    except BaseException as e:
        print(label, "EXC", type(e).__name__, e)
def exc_in_with_gen():
    class CM:
        def __enter__(self): return self
        def __exit__(self, *a):
            print("  exit sees", a[0].__name__ if a[0] else None, repr(sys.exception()))
            return True
    def gen():
        with CM():
            yield 1
            raise KeyError("in gen body")
        yield 2
    return list(gen())
t("with in gen", exc_in_with_gen)
def exc_state_restored():
    try:
        raise ValueError("outer")
    except ValueError:
        def inner():
            try:
                raise KeyError("inner")
            except KeyError:
                pass
            return repr(sys.exception())
        return inner(), repr(sys.exception())
t("exc state restored", exc_state_restored)
def gen_exc_state():
    def g():
        yield repr(sys.exception())
        try:
            raise IndexError("in g")
        except IndexError:
            yield repr(sys.exception())
        yield repr(sys.exception())
    it = g()
    out = [next(it)]
    try:
        raise TypeError("caller")
    except TypeError:
        out.append(next(it))
        out.append(repr(sys.exception()))
    out.append(next(it))
    return out
t("gen exc state", gen_exc_state)
def finally_exc_info():
    try:
        try:
            raise ValueError("v")
        finally:
            info = repr(sys.exception())
    except ValueError:
        pass
    return info
t("finally exc info", finally_exc_info)
def nested_finally_return():
    out = []
    def f():
        try:
            try:
                return "inner try"
            finally:
                out.append("inner finally")
        finally:
            out.append("outer finally")
    return f(), out
t("nested finally", nested_finally_return)
def bare_raise_in_finally():
    try:
        try:
            raise ValueError("x")
        finally:
            pass
    except ValueError as e:
        try:
            raise
        except ValueError as e2:
            return e is e2
t("bare raise", bare_raise_in_finally)
def raise_no_active():
    def f():
        raise
    try:
        f()
    except RuntimeError as e:
        return str(e)
t("raise no active", raise_no_active)
def exception_group_traceback_frames():
    try:
        try:
            raise ExceptionGroup("g", [ValueError(1)])
        except* ValueError as eg:
            return type(eg).__name__, eg.__traceback__ is not None
    except Exception as e:
        return repr(e)
t("eg tb", lambda: exception_group_traceback_frames() if False else "skip")
def generator_return_in_finally():
    def g():
        try:
            yield 1
        finally:
            return "from finally"
    it = g()
    next(it)
    try:
        it.throw(ValueError("lost"))
    except StopIteration as e:
        return e.value
t("gen return in finally", generator_return_in_finally)
def close_with_return():
    def g():
        try:
            yield
        except GeneratorExit:
            return "ret on close"
    it = g(); next(it)
    return it.close()
t("close return", close_with_return)
def yield_inside_except():
    def g():
        try:
            raise KeyError("k")
        except KeyError:
            yield repr(sys.exception())
    return list(g()), repr(sys.exception())
t("yield in except", yield_inside_except)
