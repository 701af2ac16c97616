import builtins
print(len("abc"))
def f():
    return len("xyz")
builtins.len = lambda s: -1
print(f(), len("abc"))
del builtins.len
try:
    len("abc")
except NameError as e:
    print(e)
builtins.len = type("").__len__ if False else (lambda s: s.__len__())
print(len("abcd"))
list = "shadowed list"
print(list, builtins.list is not list)
del list
print(list("ab"))
def g():
    print = lambda *a: None
    print("never shown")
    return "g done"
print(g())
builtins.custom_global = "from builtins"
print(custom_global)
custom_global = "module level"
print(custom_global, builtins.custom_global)
del custom_global
print(custom_global)
exec("print(len('exec'))", {"__builtins__": {"print": print, "len": lambda s: "custom len"}})
