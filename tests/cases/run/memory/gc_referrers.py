import gc
target = ['target']
holder = [target]
d = {'t': target}
class C: pass
c = C(); c.attr = target
refs = gc.get_referrers(target)
print(any(r is holder for r in refs), any(r is d for r in refs))
print(any(r is c.__dict__ for r in refs) or any(r is c for r in refs))
print(gc.get_referrers())
lonely = ['x']
print([r for r in gc.get_referrers(lonely) if r is not globals()])
t = (lonely,)
print(any(r is t for r in gc.get_referrers(lonely)))
print(any(r is holder for r in gc.get_referrers(target, lonely)), any(r is t for r in gc.get_referrers(target, lonely)))
try:
    gc.get_referrers(x=1)
except TypeError as e:
    print(e)
