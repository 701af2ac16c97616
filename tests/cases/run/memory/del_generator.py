class A:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
def gen():
    a = A(1)
    try:
        yield 1
        yield 2
    finally:
        print('gen finally')
g = gen()
next(g)
print('suspended')
del g
print('generator deleted')
g = gen()
for x in g:
    pass
print('exhausted')
del g
def gen2():
    yield A(2)
for v in gen2():
    print('got', v.n)
print('end')
