# Augmented assignment on names, attributes, subscripts, and the in-place protocol.
n = 10
n += 5; n -= 3; n *= 2; n //= 5; n **= 3; n %= 7
print(n)
f = 7.0
f /= 2; f -= 0.5
print(f)
bits = 0b1100
bits &= 0b1010; bits |= 0b0001; bits ^= 0b1111; bits <<= 2; bits >>= 1
print(bits, bin(bits))
s = "ab"
s += "cd"; s *= 2
print(s)
lst = [1]
alias = lst
lst += [2, 3]
print(lst, alias, lst is alias)
tup = (1,)
alias_t = tup
tup += (2,)
print(tup, alias_t, tup is alias_t)

class Box:
    def __init__(self):
        self.value = 1
        self.items = {"k": 10}

b = Box()
b.value += 41
b.items["k"] *= 3
print(b.value, b.items)

class Acc:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, other):
        print("iadd", other)
        self.v += other
        return self
    def __add__(self, other):
        print("add", other)
        return Acc(self.v + other)
    def __imul__(self, other):
        return NotImplemented
    def __mul__(self, other):
        print("mul", other)
        return Acc(self.v * other)

a = Acc(1)
orig = a
a += 5
print(a is orig, a.v)
a *= 3
print(a is orig, a.v)
m = [[0, 0], [0, 0]]
m[1][0] += 4
print(m)
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print(e)
print(t)
try:
    undefined_name += 1
except NameError as e:
    print(e)
