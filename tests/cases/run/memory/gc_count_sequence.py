# gc.get_count() follows allocations minus deallocations of tracked
# objects in generation 0, and collections move the younger counts up.
import gc

gc.disable()
gc.collect()

def count():
    return gc.get_count()

start = count()
print("after collect:", start)

keep = []
for i in range(10):
    keep.append([])
grown = count()[0] - start[0]
print("ten lists count at least ten:", 10 <= grown <= 20)

del keep[5:]
print("freeing never raises the count by more than one:", count()[0] - start[0] <= grown + 1)

ints = [i for i in range(1000)]
mid = count()
tuples = [(i,) for i in range(50)]
print("fifty tuples:", 49 <= count()[0] - mid[0] <= 51)
del tuples
print("freed again, small change:", count()[0] - mid[0] <= 52)

strings = "".join(str(i) for i in range(100))
print("strings are not tracked:", gc.is_tracked(strings))

gc.collect(0)
print("after collect(0):", count()[0], "gen1 grew:", count()[1] >= 1)
gc.collect(1)
print("after collect(1):", count()[:2], "gen2 grew:", count()[2] >= 1)
gc.collect()
print("after full collect:", count())

gc.set_threshold(5, 2, 2)
gc.enable()
holder = []
for i in range(100):
    holder.append({})
c = count()
print("thresholds keep gen0 below 5:", c[0] < 5, "gen1 below 2+1:", c[1] <= 2)
gc.disable()
gc.set_threshold(700, 10, 10)
print("thresholds back:", gc.get_threshold())
