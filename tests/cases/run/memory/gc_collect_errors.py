import gc
def t(*a, **k):
    try:
        r = gc.collect(*a, **k)
        print(type(r).__name__, r >= 0)
    except Exception as e:
        print(type(e).__name__, e)
t()
t(0); t(1); t(2)
t(generation=1)
t(3); t(-1)
t("x"); t(1.5); t(2**40); t(2**80)
t(generation=5)
t(1, 2)
t(gen=1)
t(True)
