# slice(): construction, attributes, indices(), equality, hashing and errors.
def t(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, "EXC", type(e).__name__, e)

for args in [(5,), (1, 5), (1, 5, 2), (None,), (None, None, -1), ("a", "b", "c"), ([], {}, ())]:
    s = slice(*args)
    print(s, s.start, s.stop, s.step)
t("no args", lambda: slice())
t("four", lambda: slice(1, 2, 3, 4))
t("kw", lambda: slice(stop=1))
s = slice(1, 10, 3)
t("indices", lambda: s.indices(5))
t("indices neg", lambda: slice(-3, None).indices(10))
t("indices step neg", lambda: slice(None, None, -1).indices(4))
t("indices big", lambda: slice(0, 2**70).indices(5))
t("indices zero step", lambda: slice(0, 1, 0).indices(5))
t("indices neg length", lambda: s.indices(-1))
t("indices bad type", lambda: slice("a").indices(5))
t("indices float", lambda: s.indices(5.0))
t("eq", lambda: (slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 2, None), slice(1) == slice(None, 1)))
t("lt", lambda: slice(1, 2) < slice(1, 3))
t("hash", lambda: hash(slice(1, 2)))
t("readonly", lambda: setattr(s, "start", 0))
t("use", lambda: ("abcdefghij"[s], list(range(10))[slice(None, None, -3)]))
t("custom index", lambda: "abcdef"[slice(type("I", (), {"__index__": lambda self: 2})(), None)])
t("bad index in use", lambda: "abc"[slice("x", None)])
t("step zero use", lambda: [1, 2][::0])
t("reduce", lambda: s.__reduce__())
t("repr nested", lambda: repr(slice(slice(1), (1,), "s")))
class G:
    def __getitem__(self, k):
        return k
t("getitem captures", lambda: (G()[1:2], G()[::], G()[1:2, ::3], G()[...]))
t("subclass", lambda: type("S", (slice,), {}))
t("ellipsis", lambda: (Ellipsis, ...) )
