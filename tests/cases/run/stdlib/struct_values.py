# struct: range checks per format and byte order, floats (half, single,
# double) with rounding and overflow, strings, pascal strings, bools.
import struct
for pre in '@<>=':
    for c in 'bBhHiIlLqQnNP':
        row=[]
        for v in (-1, 256, 2**15, 2**16, 2**31, 2**32, 2**63, 2**64, -2**7-1, -2**15-1,-2**31-1, -2**63-1, 1.5, '1'):
            try: struct.pack(pre+c, v); row.append('ok')
            except Exception as e: row.append(f"{type(e).__name__}:{e}")
        print(pre+c, ' | '.join(row))
class I:
    def __index__(self): return 7
class J:
    def __int__(self): return 7
print(struct.pack('i', I()), struct.pack('<Q', I()))
try: struct.pack('i', J())
except Exception as e: print(e)
for c in 'efd':
    for v in (1, 1.5, I(), '1', 1e39, float('inf'), float('nan'), -0.0, 2**1024, 65504.0, 65519.99, 5.96e-8, 1e-8, 3.4028235e38, 3.4028236e38):
        try: print(c, struct.pack('<'+c, v), struct.pack('>'+c, v), struct.unpack('<'+c, struct.pack('<'+c,v)))
        except Exception as e: print(c, v, type(e).__name__, e)
print(struct.pack('5s', b'ab'), struct.pack('2s', b'abcd'), struct.pack('5p', b'ab'), struct.pack('3p', b'abcdef'), struct.pack('300p', b'x'*299)[:3], struct.pack('p', b'ab'), struct.pack('0p', b'ab'))
print(struct.unpack('5p', b'\x09abcd'), struct.unpack('5p', b'\x02abcd'), struct.unpack('?', b'\x05'), struct.pack('s', bytearray(b'q')), )
try: struct.pack('c', bytearray(b'q'))
except struct.error as e: print(e)
print(struct.pack('bhiqd', 1,2,3,4,5.0), struct.pack('=bhiqd', 1,2,3,4,5.0), struct.pack('>bhiqd',1,2,3,4,5.0))
print(struct.unpack('bhiqd', struct.pack('bhiqd', -1,-2,-3,-4,5.0)), struct.unpack('BHIQN', struct.pack('BHIQN', 255, 65535, 2**32-1, 2**64-1, 2**64-1)))
print(struct.pack('3c', b'a', b'b', b'c'), struct.unpack('3c', b'abc'), struct.pack('2?', 0, 'x'), struct.pack('x'), struct.pack('3xb', 1), struct.pack('P', 0), struct.unpack('P', b'\1'*8))
print(struct.pack(b'<h', 3), struct.calcsize('  i  h '), struct.unpack(' < h', b'\1\0') if False else '', struct.pack('<2h', 1, 2))
try: print(struct.pack(' <h', 3))
except Exception as e: print(e)
print(struct.Struct('  i').format, struct.Struct(b'i').format)
