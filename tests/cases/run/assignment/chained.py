# Chained assignment: evaluation order and shared objects.
a = b = c = []
a.append(1)
print(a, b, c, a is c)
x = y = 5
y += 1
print(x, y)

order = []
class Rec:
    def __setattr__(self, name, value):
        order.append(("setattr", name, value))
        object.__setattr__(self, name, value)
    def __setitem__(self, key, value):
        order.append(("setitem", key, value))

def val():
    order.append("value")
    return 42

r = Rec()
r.a = r["k"] = d = val()
print(order, d)
i = 0
items = [0, 0, 0]
i = items[i] = 2
print(i, items)
p, q = r2 = 3, 4
print(p, q, r2)
