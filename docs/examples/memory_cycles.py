import gc
import weakref

gc.disable()  # collect by hand, so the output is the same every time


class Node:
    def __init__(self, name):
        self.name = name
        self.partner = None

    def __del__(self):
        print("  __del__", self.name)


def on_collect(phase, info):
    print(f"  gc {phase}: generation {info['generation']}", end="")
    print(f", collected {info['collected']}" if phase == "stop" else "")


gc.callbacks.append(on_collect)
print("thresholds:", gc.get_threshold())

a, b = Node("a"), Node("b")
a.partner, b.partner = b, a  # a cycle: counts never reach zero
watch = weakref.ref(a, lambda ref: print("  weakref callback: a is gone"))
print("tracked?", gc.is_tracked(a), gc.is_tracked(a.name))
del a, b
print("after del, a is still alive:", watch() is not None)
print("collect the youngest generation:")
found = gc.collect(0)
print("unreachable objects found:", found > 0)
print("after collection:", watch())
gc.callbacks.remove(on_collect)
