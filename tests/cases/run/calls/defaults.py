def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"
print(greet("Ann"), greet("Bob", "Hi"), greet("Cy", punct="?"))
def append_to(item, bucket=[]):
    bucket.append(item)
    return bucket
print(append_to(1), append_to(2))
print(append_to.__defaults__)
def safer(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket
print(safer(1), safer(2))
counter = 0
def make_default():
    global counter
    counter += 1
    return counter
def uses(x=make_default()):
    return x
print(uses(), uses(), counter)
def f(a, b=2, *, c, d=4):
    return a, b, c, d
print(f(1, c=3), f.__defaults__, f.__kwdefaults__)
f.__defaults__ = (20,)
f.__kwdefaults__ = {"c": 30, "d": 40}
print(f(1))
f.__defaults__ = None
try:
    f(1)
except TypeError as e:
    print(e)
try:
    f.__defaults__ = [1]
except TypeError as e:
    print(e)
