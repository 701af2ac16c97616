def resource(name):
    print("open", name)
    try:
        yield f"{name}-1"
        yield f"{name}-2"
    finally:
        print("close", name)
g = resource("a")
print(next(g))
del g
print("after del")
for item in resource("b"):
    print("got", item)
    break
print("after break")
def first(it):
    for x in it:
        return x
print(first(resource("c")))
gens = [resource(n) for n in "de"]
for g in gens:
    next(g)
gens.clear()
print("cleared")
def exhausted():
    yield 1
e = exhausted()
list(e)
e.close()
print("closing exhausted generator is fine", e.gi_frame)
def yield_in_finally():
    try:
        yield 1
    finally:
        yield "from finally"
y = yield_in_finally()
next(y)
try:
    y.close()
except RuntimeError as err:
    print(err)
