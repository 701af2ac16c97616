import sys
class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("freed", self.name)
def fails():
    local = Tracked("local of fails")
    raise ValueError("x")
try:
    fails()
except ValueError as e:
    tb = e.__traceback__
frame = tb.tb_next.tb_frame
print(sorted(frame.f_locals))
frame.clear()
print(sorted(frame.f_locals), "after clear")
try:
    sys._getframe().clear()
except RuntimeError as e:
    print(e)
def gen():
    try:
        yield Tracked("held by generator")
        yield 2
    finally:
        print("generator finally")
g = gen()
item = next(g)
del item
g.gi_frame.clear()
print(g.gi_frame, list(g))
def running():
    try:
        sys._getframe().clear()
    except RuntimeError as e:
        return str(e)
print(running())
del tb, frame
print("end")
