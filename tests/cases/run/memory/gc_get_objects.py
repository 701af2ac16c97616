import gc
gc.collect()
a = [1, 2]
b = {'x': []}
objs = gc.get_objects()
print(any(o is a for o in objs), any(o is b for o in objs))
print(any(o is objs for o in gc.get_objects()))
print(all(isinstance(o, object) for o in objs))
# Atoms are never in it.
print(any(type(o) in (int, str, float) for o in objs))
print(any(o is a for o in gc.get_objects(generation=0)))
gc.collect()
print(any(o is a for o in gc.get_objects(2)), any(o is a for o in gc.get_objects(0)))
print(any(o is a for o in gc.get_objects(None)))
def t(*a, **k):
    try:
        r = gc.get_objects(*a, **k)
        print(type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)
t(3); t(-2); t(-1); t("x"); t(1.0); t(2**70); t(1, 2); t(gen=0)
