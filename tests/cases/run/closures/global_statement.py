total = 0
def add(n):
    global total
    total += n
add(5); add(7)
print(total)
def create():
    global created
    created = "yes"
create()
print(created)
def shadow():
    total = -1
    return total
print(shadow(), total)
def unbound():
    try:
        print(total)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    total = 3
unbound()
def uses_builtin():
    return len("abc")
len = lambda s: "shadowed"
print(uses_builtin())
del len
print(uses_builtin())
def deleter():
    global created
    del created
deleter()
try:
    created
except NameError as e:
    print(e)
def nested_global():
    def inner():
        global g2
        g2 = "inner set"
    inner()
nested_global()
print(g2)
print("total" in globals(), globals()["total"])
