# set operations on dict keys() and items() views
d = {"a": 1, "b": 2, "c": 3}
e = {"b": 20, "c": 3, "d": 4}
k, ek = d.keys(), e.keys()
print(sorted(k & ek), sorted(k | ek), sorted(k - ek), sorted(k ^ ek))
print(type(k & ek).__name__, type(k | ek).__name__)
print(sorted(k & {"a", "z"}), sorted(k | ["z"]), sorted(k - ("a",)), sorted(k ^ "ab"))
print(sorted({"a", "z"} & k), sorted(["z"] | k), sorted(("a", "q") - k), sorted("abx" ^ k))
print(sorted(k & iter(["c", "a"])), sorted(k - iter("a")))
i, ei = d.items(), e.items()
print(sorted(i & ei), sorted(i | ei), sorted(i - ei), sorted(i ^ ei))
print(sorted(i & [("a", 1), ("b", 3)]), sorted(i - {("a", 1)}), sorted([("a", 1), ("q", 0)] ^ i))
print(sorted(i | k, key=repr))
def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
err(lambda: k & 1)
err(lambda: k | None)
err(lambda: 1 - k)
err(lambda: k ^ 3.5)
err(lambda: i & 5)
err(lambda: k & [[1]])
err(lambda: i | [[1]])
err(lambda: i & [[1]])
err(lambda: d.values() & d.values())
err(lambda: d.values() | {1})
# items containing unhashable values
u = {"x": [1], "y": 2}
err(lambda: u.items() & {("y", 2)})
err(lambda: u.items() | set())
print(("x", [1]) in u.items(), ("y", 2) in u.items(), ("x", [2]) in u.items())
print(sorted(u.items() - {("y", 2)}, key=str) if False else "skip")
# in-place operators give sets and do not touch the dict
kk = d.keys()
kk |= {"n"}
print(type(kk).__name__, sorted(kk), d)
kk = d.keys()
kk &= ["a"]
print(kk)
kk = d.items()
kk -= {("a", 1)}
print(sorted(kk))
# empty views
print(set({}.keys() & {1}), {}.keys() | set(), {}.items() ^ {(1, 2)})
# keys view with sets of frozensets
f = {frozenset([1]): 1}
print(f.keys() & {frozenset([1])})
print(k & k, sorted(k - k), sorted(k ^ k))
