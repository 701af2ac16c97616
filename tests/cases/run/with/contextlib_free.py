class Timer:
    depth = 0
    def __enter__(self):
        Timer.depth += 1
        print("  " * Timer.depth + "start")
        return self
    def __exit__(self, et, ev, tb):
        print("  " * Timer.depth + "stop")
        Timer.depth -= 1
with Timer():
    with Timer():
        with Timer():
            pass
class Reusable:
    def __init__(self):
        self.count = 0
    def __enter__(self):
        self.count += 1
        return self.count
    def __exit__(self, *a):
        return False
r = Reusable()
with r as n1:
    with r as n2:
        print(n1, n2)
class Lookup:
    def __getattr__(self, name):
        if name in ("__enter__", "__exit__"):
            return lambda *a: print("instance getattr", name)
        raise AttributeError(name)
try:
    with Lookup():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
def gen_cm():
    print("setup")
    try:
        yield "resource"
    finally:
        print("teardown")
class FromGen:
    def __init__(self, gen):
        self.gen = gen
    def __enter__(self):
        return next(self.gen)
    def __exit__(self, et, ev, tb):
        if et is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
        try:
            self.gen.throw(ev)
        except StopIteration:
            return True
        except BaseException as e:
            if e is ev:
                return False
            raise
with FromGen(gen_cm()) as res:
    print("using", res)
try:
    with FromGen(gen_cm()):
        raise ValueError("inside")
except ValueError as e:
    print("propagated", e)
