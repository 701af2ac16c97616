# Young collections start by themselves once threshold 0 is passed.
import gc
gc.collect()
gc.set_threshold(50, 10, 10)
before = gc.get_stats()[0]['collections']
class Node:
    pass
freed = []
class D:
    def __del__(self):
        freed.append(1)
for i in range(20):
    d = D(); d.self = d
del d
keep = [[] for _ in range(5000)]
after = gc.get_stats()[0]['collections']
print(after > before)
print(len(freed))
print(gc.get_count()[0] <= 50)
gc.set_threshold(0)
before = gc.get_stats()[0]['collections']
keep2 = [[] for _ in range(2000)]
print(gc.get_stats()[0]['collections'] == before)
gc.set_threshold(700)
