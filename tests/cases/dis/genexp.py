# Generator expressions, including as the only call argument.
g = (x for x in data)
s = sum(x * x for x in data)
m = max((len(w) for w in words), default=0)
n = list(y for x in xs for y in x if y)
def gen(n):
    return (i for i in range(n) if i % n)
