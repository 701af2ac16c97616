class A:
    def method(self): pass
    attribute = 1
try:
    A().attribut
except AttributeError as e:
    print(e)
valeu = 1
def f():
    value = 2
    return valeu + vlue
f()
