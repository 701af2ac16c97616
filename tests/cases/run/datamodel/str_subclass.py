# str subclasses: which operations honour overrides, result types.
class Tag(str):
    def __str__(self): return "<" + super().__str__() + ">"
    def __repr__(self): return "Tag(" + super().__repr__() + ")"
    def upper(self): return Tag(super().upper())
    def __len__(self): return 42
    def __add__(self, o): return Tag(str.__add__(self, o))

t = Tag("ab")
print(t, repr(t), str(t), type(str(t)).__name__, f"{t}", "%s" % t, "{}".format(t), len(t))
print(t.upper(), type(t.upper()).__name__, type(t.lower()).__name__, type(t[0]).__name__, type(t[:]).__name__)
print(t + "c", type(t + "c").__name__, "c" + t, type("c" + t).__name__, t * 2, type(t * 2).__name__)
print(str.__str__(t), type(str.__str__(t)).__name__, t == "ab", hash(t) == hash("ab"), {"ab": 1}[t])
print("-".join([t, t]), type("-".join([t])).__name__, t.strip(), type(t.strip()).__name__)
print(list(t), t in "xaby", "a" in t, t.split("a"), sorted([Tag("b"), Tag("a")]))
print(format(t), format(t, ">5"), t.format(), type(t.replace("a", "a")).__name__)
print(print.__name__, getattr(object(), Tag("__class__")).__name__)

class Lower(str):
    def __new__(cls, v): return super().__new__(cls, v.lower())
    def __eq__(self, o): return str.__eq__(self, o.lower())
    __hash__ = str.__hash__
print(Lower("ABC"), Lower("X") == "x", Lower("x") == "X", len({Lower("A"), "a"}))

class FmtStr(str):
    def __format__(self, spec): return "F" + spec
print(f"{FmtStr('x'):>3}", format(FmtStr("q"), "spec"), "{:abc}".format(FmtStr("z")))
try:
    str.__new__(int, "x")
except TypeError as e:
    print("TypeError:", e)
try:
    str(b"x", "bogus-codec")
except LookupError as e:
    print("LookupError:", e)
try:
    str(1, "utf-8")
except TypeError as e:
    print("TypeError:", e)
class StrRet:
    def __str__(self): return 5
try:
    str(StrRet())
except TypeError as e:
    print("TypeError:", e)
class ReprRet:
    def __repr__(self): return None
try:
    repr(ReprRet())
except TypeError as e:
    print("TypeError:", e)
class StrSubReturn:
    def __str__(self): return Tag("inner")
r = str(StrSubReturn())
print(type(r).__name__, r)

# which str methods hand back the subclass instance itself
class Keep(str):
    def __str__(self): return "S"
k = Keep("a")
for r in [k.format(), k.format_map({}), k % (), k.partition("q")[0], k.rpartition("q")[2],
          "{}".format(k), "%s" % k, f"{k}", "".join([k]), k.strip(), k[:], k + "", k * 1,
          k.replace("x", "y"), format(k), k.lower(), k.center(1), k.zfill(0)]:
    print(type(r).__name__, end=" ")
print()
try:
    Keep("a}").format()
except ValueError as e:
    print("ValueError:", e)
try:
    Keep("a") % 5
except TypeError as e:
    print("TypeError:", e)
print(type(Keep("a{{b").format()).__name__, type(Keep("%%") % ()).__name__)
