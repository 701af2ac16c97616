x = "global"
def enclosing():
    x = "enclosing"
    def local():
        x = "local"
        return x
    def free():
        return x
    def glob():
        global x
        return x
    return local(), free(), glob()
print(enclosing())
def unbound_then_bound():
    out = []
    for i in range(2):
        if i:
            out.append(y)
        y = i
    return out
print(unbound_then_bound())
def shadow_in_comprehension():
    x = "function x"
    return [x for x in "ab"], x
print(shadow_in_comprehension())
class C:
    x = "class x"
    def m(self):
        return x
    def n(self):
        return self.x
print(C().m(), C().n())
def default_evaluated_at_def(v=x):
    return v
x = "changed global"
print(default_evaluated_at_def())
def conditional_global(flag):
    if flag:
        global late
        late = "defined late"
conditional_global(True)
print(late)
def lambda_default_capture():
    fs = []
    for k in range(3):
        fs.append(lambda k=k: k)
    return [f() for f in fs]
print(lambda_default_capture())
def nested_deep():
    a = 1
    def l2():
        b = 2
        def l3():
            c = 3
            def l4():
                return a + b + c
            return l4()
        return l3()
    return l2()
print(nested_deep())
