# A finalizer that stores its object keeps it (and what it references)
# alive; the finalizer is not run a second time.
import gc
gc.collect()
saved = []
calls = []
class R:
    def __del__(self):
        calls.append(self.name)
        saved.append(self)
r = R(); r.name = 'r'; r.me = r
other = R(); other.name = 'o'
r.other = other; other.back = r
del r, other
gc.collect()
print(sorted(calls), len(saved))
print(gc.is_finalized(saved[0]), gc.is_finalized(saved[1]))
s = saved[0]
print(s.me is s)
saved.clear()
del s
gc.collect()
print(sorted(calls))
# A resurrected object's finalizer does not run again when it finally dies.
class Once:
    def __del__(self):
        calls.append('once')
        keep.append(self)
keep = []
o = Once()
del o
print(calls.count('once'), len(keep))
keep.clear()
print(calls.count('once'))
