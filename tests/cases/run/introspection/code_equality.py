def make():
    def inner(x):
        return x + 1
    return inner
a, b = make(), make()
print(a is b, a.__code__ is b.__code__, a.__code__ == b.__code__)
src = "def f(x):\n    return x * 2\n"
ns1, ns2 = {}, {}
exec(compile(src, "same.py", "exec"), ns1)
exec(compile(src, "same.py", "exec"), ns2)
c1, c2 = ns1["f"].__code__, ns2["f"].__code__
print(c1 is c2, c1 == c2, hash(c1) == hash(c2), len({c1, c2}))
ns3 = {}
exec(compile(src.replace("2", "3"), "same.py", "exec"), ns3)
print(c1 == ns3["f"].__code__, c1 != ns3["f"].__code__)
print(compile("0.0", "f", "eval") == compile("-0.0", "f", "eval"), compile("1", "f", "eval") == compile("1", "f", "eval"))
print(c1 == c1.replace(), c1 == c1.replace(co_name="g"), c1 == 5, c1.__eq__(5))
print(compile("x", "a.py", "eval") == compile("x", "b.py", "eval"))
