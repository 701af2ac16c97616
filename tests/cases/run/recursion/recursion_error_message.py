import sys
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print(type(e).__name__, e)
class Deep:
    def __repr__(self):
        return repr(self)
try:
    repr(Deep())
except RecursionError as e:
    print("repr:", e)
class Attr:
    def __getattr__(self, name):
        return self.missing
try:
    Attr().x
except RecursionError as e:
    print("getattr:", e)
lst = []
lst.append(lst)
print(lst, repr({"k": lst}))
d = {}
d["self"] = d
print(d)
def recover():
    try:
        forever(0)
    except RecursionError:
        return "recovered"
print(recover(), recover())
print(sys.getrecursionlimit())
