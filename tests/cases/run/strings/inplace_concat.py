def f(n):
    s = ''
    for i in range(n):
        s += 'ab'
        s = s + 'c'
    t = s
    s += 'é'
    s += 'x'
    s += '€'
    s += '😀'
    s += 'z'
    return s, t
s, t = f(100000)
print(len(s), len(t), s[-6:], t[-3:], hash(s) == hash(s[:]), s.encode()[-10:])
def g():
    a = 'hé'
    a += 'ï'
    a += 'l'
    b = a
    a += '!'
    return a, b, a.encode(), b.encode()
print(g())
def h():
    x = 'abc'
    d = {x: 1}
    x += 'd'
    return d, x
print(h())
