# A cycle made by rebinding attributes that first held atoms (None, ints):
# the instance dicts must become visible to the collector then.
import gc

gc.disable()


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
        self.count = 0

    def __del__(self):
        print("del", self.name)


def make_pair():
    a, b = Node("a"), Node("b")
    for _ in range(3):
        a.count += 1
    a.other, b.other = b, a


make_pair()
print("before collect")
print(gc.collect() >= 2)
print("after collect")
