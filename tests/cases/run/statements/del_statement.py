a = 1
del a
try:
    a
except NameError as e:
    print(e)
try:
    del never_defined
except NameError as e:
    print(e)
x, y, z = 1, 2, 3
del x, y
print("z" in globals(), "x" in globals())
items = [0, 1, 2, 3, 4, 5]
del items[0], items[-1]
print(items)
del items[1:3]
print(items)
d = {"a": 1, "b": 2, "c": 3}
del d["a"], d["b"]
print(d)
class O:
    pass
o = O()
o.p = 1
o.q = 2
del o.p, (o.q)
print(vars(o))
def local_del():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return str(e)
print(local_del())
def del_in_loop():
    for i in range(2):
        tmp = i
        del tmp
    return "ok"
print(del_in_loop())
p, q = [1], [2]
del (p, q)
print("p" in globals())
lst = [[1, 2], [3, 4]]
del lst[0][1]
print(lst)
class Deleter:
    def __delattr__(self, name):
        print("delattr", name)
    def __delitem__(self, key):
        print("delitem", key)
dd = Deleter()
del dd.anything, dd[1:2], dd["k"]
