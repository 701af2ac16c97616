handlers = {}
for event in ["open", "save", "close"]:
    def handler(payload, _event=event):
        return f"{_event}: {payload}"
    handlers[event] = handler
print([h("x") for h in handlers.values()])
late = [lambda: event for event in ["a", "b"]]
print([f() for f in late])
def make_multipliers():
    return [lambda x, i=i: x * i for i in range(4)]
print([m(10) for m in make_multipliers()])
def counter_pair():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def get():
        return count
    return inc, get
inc, get = counter_pair()
inc(), inc()
print(get())
def default_mutation(acc=[]):
    acc.append(len(acc))
    return acc
default_mutation(); default_mutation()
print(default_mutation(), default_mutation.__defaults__)
def kwonly_defaults(*, a=[], b={}):
    a.append(1)
    b[len(b)] = True
    return a, b
kwonly_defaults()
print(kwonly_defaults(), kwonly_defaults.__kwdefaults__)
