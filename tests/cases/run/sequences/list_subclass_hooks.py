# which list/tuple operations go through overridden methods in subclasses
class Loud(list):
    def __getitem__(self, i):
        print("  getitem", i)
        return super().__getitem__(i)
    def __len__(self):
        print("  len")
        return super().__len__()
    def __iter__(self):
        print("  iter")
        return super().__iter__()
    def __contains__(self, v):
        print("  contains", v)
        return super().__contains__(v)
    def __eq__(self, other):
        print("  eq")
        return super().__eq__(other)
    __hash__ = None
l = Loud([3, 1, 2])
print("list():"); print(list(l))
print("sorted:"); print(sorted(l))
print("in:"); print(2 in l)
print("index:"); print(l.index(2))
print("slice:"); print(l[1:])
print("unpack:"); a, b, c = l; print(a, b, c)
print("tuple:"); print(tuple(l))
print("extend:"); x = []; x.extend(l); print(x)
print("plus:"); print(l + [9])
print("eq:"); print(l == [3, 1, 2])
print("len:"); print(len(l))
print("bool:"); print(bool(l))
print("str join:"); print("-".join(map(str, l)))
print("max:"); print(max(l))
print("reversed:"); print(list(reversed(l)))
print("star:"); print([*l])
print("copy:"); print(l.copy(), type(l.copy()).__name__)
class T(tuple):
    def __iter__(self):
        print("  tuple iter")
        return super().__iter__()
    def __getitem__(self, i):
        print("  tuple getitem", i)
        return super().__getitem__(i)
t = T((1, 2))
print("tuple list:"); print(list(t))
print("tuple unpack:"); p, q = t; print(p, q)
print("tuple star:"); print((*t,))
print("tuple call:"); print((lambda *a: a)(*t))
print("tuple index:"); print(t[0])
