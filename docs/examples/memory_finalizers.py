class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  freed", self.name)


print("del of the last name:")
a = Tracked("a")
del a

print("rebinding a name:")
b = Tracked("b1")
b = Tracked("b2")

print("a frame returning:")


def work():
    local = Tracked("local")
    print("  work() returns")


work()

print("a container cleared:")
items = [Tracked("i0"), Tracked("i1")]
items.clear()

print("a temporary:")
Tracked("temp").name

print("an exception and its traceback:")
try:
    holder = Tracked("in frame")
    raise ValueError("boom")
except ValueError:
    del holder
    print("  handled")
print("end of program")
