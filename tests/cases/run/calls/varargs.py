def total(*nums, start=0):
    return start + sum(nums)
print(total(), total(1, 2, 3), total(1, start=10))
def show(*args, **kwargs):
    return args, kwargs
print(show())
print(show(1, "two", three=3))
print(show(*range(3), *"ab", x=1, **{"y": 2}))
def first_rest(first, *rest):
    return first, rest
print(first_rest(1), first_rest(1, 2, 3))
args = (1, 2)
kwargs = {"sep": "-", "end": ".\n"}
print(*args, **kwargs)
def wrapper(*a, **k):
    return show(*a, **k)
print(wrapper(5, k=6))
print(type(show()[0]).__name__, type(show()[1]).__name__)
def mutate(**kw):
    kw["added"] = True
    return kw
orig = {"a": 1}
print(mutate(**orig), orig)
def gen():
    yield from (1, 2)
print(show(*gen()))
print(max(*[3, 9, 2]), min(4, *[1, 8]))
