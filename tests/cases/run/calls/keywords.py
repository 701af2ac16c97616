def describe(name, age, city="?"):
    return f"{name} ({age}) from {city}"
print(describe("Ann", 30))
print(describe(age=5, name="Kid"))
print(describe("Bo", city="Oslo", age=40))
opts = {"city": "Rome", "age": 22}
print(describe("Cy", **opts))
print(describe(*["Di", 33]))
print(describe(*("Ed",), **{"age": 1}))
def kw_order(**kw):
    return list(kw.items())
print(kw_order(z=1, a=2, m=3))
print(kw_order(**{"b": 1}, a=2, **{"c": 3}))
print(dict(a=1, **{"b": 2}))
def weird_names(**kw):
    return kw
print(weird_names(**{"not an identifier": 1, "1x": 2}))
try:
    weird_names(**{1: 2})
except TypeError as e:
    print(e)
try:
    describe(**[1])
except TypeError as e:
    print(e)
try:
    describe(*5)
except TypeError as e:
    print(e)
try:
    describe("a", **{"age": 1}, **{"age": 2})
except TypeError as e:
    print(e)
class Mapping:
    def keys(self):
        return ["age", "name"]
    def __getitem__(self, k):
        return k.upper()
print(describe(**Mapping()))
