import sys
if sys.version_info >= (3, 11):
    def feature():
        return "modern"
else:
    def feature():
        return "legacy"
print(feature())
try:
    from sys import _no_such_function as helper
except ImportError:
    def helper():
        return "fallback helper"
print(helper())
DEBUG = False
class Logger:
    if DEBUG:
        def log(self, m):
            print("DEBUG", m)
    else:
        def log(self, m):
            pass
    for level in ("info", "warn"):
        exec(f"def {level}(self, m): return '{level}: ' + m")
    del level
l = Logger()
print(l.log("x"), l.info("started"), l.warn("careful"), hasattr(Logger, "level"))
def choose(kind):
    if kind == "square":
        def area(s):
            return s * s
    elif kind == "circle":
        def area(r):
            return round(3.14159 * r * r, 2)
    else:
        area = None
    return area
print(choose("square")(3), choose("circle")(1), choose("x"))
while True:
    def inside_loop():
        return "defined in loop"
    break
print(inside_loop())
with open(__file__) as f:
    first_line = f.readline().strip()
print(first_line)
