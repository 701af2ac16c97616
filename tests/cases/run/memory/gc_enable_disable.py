import gc
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
# No automatic collection happens while disabled: the count just grows.
c0 = gc.get_count()[0]
keep = [[] for _ in range(2000)]
print(gc.get_count()[0] - c0 > 1500)
gc.enable()
print(gc.isenabled())
x = []
print(gc.get_count()[0] < 700)
print(gc.enable(), gc.disable(), gc.enable())
