x = "global"
class C:
    x = "class"
    y = x
    def method(self):
        return x
    lst = [x for _ in range(1)]
    try:
        gen_val = list(x for _ in range(1))
    except NameError as e:
        gen_val = str(e)
print(C.y, C().method(), C.lst, C.gen_val)
def f():
    v = "local in f"
    class Inner:
        w = v
        def m(self):
            return v
    return Inner
I = f()
print(I.w, I().m())
def g():
    z = 1
    class K:
        z = 2
        def get(self):
            return z
    return K().get(), K.z
print(g())
class Counter:
    count = 0
    def bump(self):
        Counter.count += 1
        return Counter.count
print(Counter().bump(), Counter().bump())
class Outer:
    val = 1
    class Nested:
        try:
            got = val
        except NameError as e:
            got = str(e)
print(Outer.Nested.got)
def h():
    a = 1
    class T:
        nonlocal a
        a = 2
    return a
print(h())
