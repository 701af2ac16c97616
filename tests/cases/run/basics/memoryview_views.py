m = memoryview(b'abcdef')
print(m.format, m.itemsize, m.nbytes, m.readonly, m.ndim, m.shape, m.strides, m.suboffsets, m.c_contiguous, m.f_contiguous, m.contiguous, m.obj)
print(m[0], m[-1], m[1:3].tobytes(), m[::2].tobytes(), m.tolist(), bytes(m), m.hex(), m.hex(':'), len(m))
print(m == b'abcdef', m == bytearray(b'abcdef'), hash(m) == hash(b'abcdef'))
for bad in [lambda: m[10], lambda: m['a'], lambda: memoryview(1), lambda: memoryview('abc'), lambda: m.__setitem__(0, 1), lambda: m.cast('i'), lambda: m.cast('x')]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
b = bytearray(b'xyz'); v = memoryview(b); v[0] = 65; print(b)
try: b.append(1)
except (BufferError, TypeError) as e: print(type(e).__name__, e)
v.release(); b.append(66); print(b)
try: v[0]
except ValueError as e: print(e)
print(repr(v)[:17])
c = memoryview(bytearray(8)).cast('i'); c[1] = -5; print(c.tolist(), c.format, c.itemsize, c.nbytes, c.shape)
print(memoryview(b'\x01\x00\x00\x00\x02\x00\x00\x00').cast('I').tolist())
print(memoryview(b'ab').cast('c').tolist(), memoryview(b'\x00\x01').cast('?').tolist())
d = memoryview(bytes(range(12))).cast('B', shape=[3,4]); print(d.tolist(), d.shape, d.strides, d.ndim)
try: d[0]
except Exception as e: print(type(e).__name__, e)
print(d[1,2])
with memoryview(b'q') as mm: print(mm.tobytes())
print(memoryview(b'abc').toreadonly().readonly, memoryview(bytearray(b'a')).toreadonly().readonly)
x = memoryview(bytearray(b'hello')); x[1:3] = b'EL'; print(x.obj)
try: x[1:3] = b'E'
except ValueError as e: print(e)
print(list(memoryview(b'ab')), 98 in memoryview(b'ab'))
print(memoryview(b'abc')[::-1].tobytes())
print(memoryview(b'abc').tobytes('A'))
try: hash(memoryview(bytearray(b'a')))
except ValueError as e: print(e)
print(memoryview(bytearray(b'ab')).cast('B') == memoryview(b'ab'))
print(memoryview(b'1234').cast('h') == memoryview(b'1234').cast('H'))
f = memoryview(bytearray(16)).cast('d'); f[0] = 1.5; print(f.tolist())
try: f[0] = 'x'
except TypeError as e: print(e)
try: c[0] = 2**40
except ValueError as e: print(e)
print(b'x' + memoryview(b'yz'), b'-'.join([memoryview(b'a'), b'b']), bytearray(memoryview(b'qq')))
try: b"" + memoryview(b"abc")[::2]
except (BufferError, TypeError) as e: print(type(e).__name__, e)
print(bytes(memoryview(b'abcdef')[::2]), type(iter(memoryview(b'a'))).__name__)
print(memoryview(bytes(range(12))).cast('B', shape=[3,4]).tobytes('F'))
print(memoryview(b'abcd').cast('@B').format, memoryview(b'').cast('B').tolist())
for bad in [lambda: m.cast('<i'), lambda: m.cast('B', shape=[5]), lambda: len(memoryview(b'abcd').cast('B', shape=[])), lambda: m[::2].cast('B'), lambda: memoryview(b'abcd').cast('h').cast('i'), lambda: m.cast('B', shape=(2, 0)), lambda: memoryview(b'').cast('B', shape=[0]), lambda: memoryview(b'abcd').cast('B', shape=[])[()]]:
    try: r = bad(); print('ok', r)
    except Exception as e: print(type(e).__name__, e)
mm = memoryview(bytearray(b'abc'))
s1 = mm[1:]
mm.release()
print(s1.tobytes(), s1.obj)
try: s1.obj.append(1)
except (BufferError, TypeError) as e: print(type(e).__name__, e)
s1.release(); s1.obj if False else None
