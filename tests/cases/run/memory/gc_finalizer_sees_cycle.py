# During finalizers the cycle is still intact; tp_clear only comes after.
import gc
gc.collect()
seen = []
class N:
    def __del__(self):
        seen.append((self.name, self.peer.name, len(self.items)))
a = N(); b = N()
a.name, b.name = 'a', 'b'
a.peer, b.peer = b, a
a.items = [1, 2]; b.items = [3]
del a, b
gc.collect()
print(sorted(seen))
