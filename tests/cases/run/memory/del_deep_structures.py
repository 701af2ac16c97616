# Freeing very deep structures must not overflow the C stack: deallocation
# of nested containers is deferred past a fixed depth (the trashcan).
class Node:
    __slots__ = ('next',)
    def __init__(self, nxt):
        self.next = nxt
head = None
for i in range(1000000):
    head = Node(head)
del head
print('linked list of a million nodes freed')
class Plain:
    def __init__(self, nxt):
        self.next = nxt
head = None
for i in range(200000):
    head = Plain(head)
del head
print('instance chain freed')
l = []
for i in range(1000000):
    l = [l]
del l
print('list nested a million deep freed')
t = ()
for i in range(300000):
    t = (t,)
del t
print('tuple chain freed')
d = {}
for i in range(300000):
    d = {'d': d}
del d
print('dict chain freed')
class Fin:
    count = 0
    def __init__(self, nxt):
        self.next = nxt
    def __del__(self):
        Fin.count += 1
f = None
for i in range(100000):
    f = Fin(f)
del f
print('finalized', Fin.count)
