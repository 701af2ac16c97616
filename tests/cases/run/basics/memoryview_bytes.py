# memoryview over bytes and bytearray: items, slices with steps, writes,
# release, comparison and hashing.
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


b = bytearray(b"abcdef")
m = memoryview(b)
attempt("int", lambda: memoryview(1))
attempt("no arg", lambda: memoryview())
attempt("two args", lambda: memoryview(b"", 1))
attempt("item", lambda: (m[0], m[-1]))
attempt("out of range", lambda: m[6])
attempt("bad key", lambda: m["a"])
attempt("slice", lambda: m[1:4].tobytes())
attempt("step", lambda: m[::2].tolist())
attempt("reverse", lambda: m[::-1].tobytes())
attempt("contiguous", lambda: (m.c_contiguous, m[::2].c_contiguous, m[::2].strides))
attempt("big value", lambda: m.__setitem__(0, 300))
attempt("str value", lambda: m.__setitem__(0, "a"))
attempt("size mismatch", lambda: m.__setitem__(slice(0, 2), b"xyz"))
attempt("delete", lambda: m.__delitem__(0))
attempt("read-only", lambda: memoryview(b"ab").__setitem__(0, 1))
attempt("hash writable", lambda: hash(m))
attempt("hash", lambda: hash(memoryview(b"ab")) == hash(b"ab"))
attempt("eq", lambda: (m == b"abcdef", m == m[::1], m == "abc", m != bytearray(b"x")))
attempt("resize", lambda: b.append(1))
attempt("bytes", lambda: bytes(m[::2]))
attempt("hex", lambda: m.hex(":"))
attempt("attrs", lambda: (m.format, m.itemsize, m.ndim, m.shape, m.strides, m.suboffsets, m.nbytes, m.readonly, m.obj is b))
attempt("toreadonly", lambda: m.toreadonly().readonly)
attempt("list", lambda: list(m))
m[0] = 65
m[1:3] = b"BC"
m[::-2] = b"123"
print(b)
m2 = m[1:]
m.release()
attempt("released item", lambda: m[0])
attempt("released len", lambda: len(m))
attempt("released obj", lambda: m.obj)
print(repr(m).startswith("<released memory at"), repr(m2).startswith("<memory at"))
attempt("other view", lambda: m2[0])
m2.release()
attempt("resize after release", lambda: b.append(1))
with memoryview(b"x") as q:
    print(q[0])
attempt("after with", lambda: q.tobytes())
attempt("released eq", lambda: q == q)
attempt("view of view", lambda: memoryview(memoryview(b"ab")).obj)
attempt("empty", lambda: len(memoryview(b"abc")[5:]))
attempt("nested", lambda: memoryview(b"abc")[1:][1:][::-1].tobytes())
attempt("concat", lambda: b"x" + memoryview(b"y"))
attempt("decode", lambda: bytes(memoryview(b"hi")).decode())
