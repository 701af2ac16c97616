import builtins
def f():
    return len([1, 2])
print(f(), f())
builtins.len = lambda x: 42
print(f())
del builtins.len
print(f())
g = 1
def h():
    return g
print(h())
g = 2
print(h())
del g
try:
    h()
except NameError as e:
    print(e)
len = lambda x: "shadow"
print(f())
del len
print(f())
def loop():
    total = 0
    for i in range(5):
        total += abs(-i)
    return total
print(loop())
exec("def k(): return sorted([3, 1])", globals())
print(k())
ns = {"x": 5}
code = compile("x * 2", "<e>", "eval")
print(eval(code, ns), eval(code, {"x": 7}), eval(code, ns))
print(2 ** 62 + 2 ** 62, -(2 ** 63) - 1, 9223372036854775807 * 3, 0.1 + 0.2, 3 * 1.5, 10 - 2.5)
