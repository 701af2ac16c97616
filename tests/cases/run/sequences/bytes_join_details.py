# bytes.join: identity of a single piece, result types, separators and item errors
only = b"only"
print(b"-".join([only]) is only, b"".join([only]) is only, bytearray(b"-").join([only]) is only, b"-".join([bytearray(b"x")]))
class B(bytes): pass
print(type(b"-".join([B(b"x")])).__name__, b"-".join([B(b"x")]))
print(b", ".join([b"a", bytearray(b"b"), memoryview(b"c")]), bytearray(b"").join([]), b"".join(()))
print(b"ab".join([b"1", b"2", b"3"]), bytearray(b"|").join([b"x", b"y"]))
sep = bytearray(b"--")
print(sep.join([sep, sep]))
for bad in ([b"a", "s"], ["s"], [1], [memoryview(b"abcd")[::2]]):
    try:
        b"".join(bad)
    except TypeError as e:
        print(type(e).__name__, e)
x = bytearray(b"x")
print(bytearray(b"-").join([x]) is x)
class B(bytes):
    pass
y = b"y"
print(B(b"-").join([y]) is y, type(B(b"-").join([y, y])).__name__)
