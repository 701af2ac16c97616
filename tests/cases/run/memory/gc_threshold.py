import gc
print(gc.get_threshold())
gc.set_threshold(500)
print(gc.get_threshold())
gc.set_threshold(100, 5)
print(gc.get_threshold())
gc.set_threshold(100, 5, 3)
print(gc.get_threshold())
def t(*a, **k):
    try:
        print(gc.set_threshold(*a, **k))
    except Exception as e:
        print(type(e).__name__, e)
t()
t(1, 2, 3, 4)
t("a")
t(1.5)
t(2**40)
t(-2**40)
t(threshold0=5)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.get_threshold())
