class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))
    def __repr__(self):
        return "Version(" + ".".join(map(str, self.parts)) + ")"
    def _key(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return other.parts
    def __eq__(self, other):
        k = self._key(other)
        return k if k is NotImplemented else self.parts == k
    def __lt__(self, other):
        k = self._key(other)
        return k if k is NotImplemented else self.parts < k
    def __le__(self, other):
        k = self._key(other)
        return k if k is NotImplemented else self.parts <= k
    def __hash__(self):
        return hash(self.parts)
vs = [Version(v) for v in ["1.10", "1.2", "1.2.1", "0.9", "1.2"]]
print(sorted(vs), max(vs), min(vs), Version("1.2") in vs, len(set(vs)))
print(Version("2.0") > Version("1.9"), Version("1.0") >= Version("1.0"), Version("1") != Version("1.0"))
try:
    Version("1") < "2"
except TypeError as e:
    print(e)
print(Version("1") == "1", Version("1").__eq__("1"))
print(sorted(vs, reverse=True)[:2], sorted(vs, key=lambda v: len(v.parts)))
