import gc
gc.collect()
class S:
    __slots__ = ('other', 'name', '__weakref__')
    def __del__(self):
        print('free', self.name)
a = S(); b = S()
a.name, b.name = 'a', 'b'
a.other, b.other = b, a
del a, b
gc.collect()
print('done')
class T(S):
    __slots__ = ('extra',)
t = T(); t.name = 't'; t.other = None; t.extra = t
del t
gc.collect()
print('done2')
