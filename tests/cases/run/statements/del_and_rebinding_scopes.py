def f():
    x = 1
    def g():
        return x
    del x
    try:
        g()
    except NameError as e:
        print("free var deleted:", e)
    x = 2
    return g()
print(f())
class K:
    a = 1
    del a
print(hasattr(K, "a"))
try:
    class K2:
        del undefined_in_class
except NameError as e:
    print(e)
def del_global():
    global gv
    gv = 1
    del gv
    try:
        gv
    except NameError as e:
        print(e)
del_global()
def del_loop_var():
    for i in range(3):
        pass
    del i
    return "i" in locals()
print(del_loop_var())
def del_exception_name():
    try:
        raise ValueError
    except ValueError as exc:
        pass
    try:
        del exc
    except UnboundLocalError as e:
        return str(e)
print(del_exception_name())
lst = [1, 2, 3]
del lst[:]
print(lst)
