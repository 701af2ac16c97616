# struct: calcsize of every format character in every mode, and the exact
# struct.error messages of bad formats, bad values and short buffers.
import struct
def t(f, *a, **k):
    try: print(repr(f(*a, **k)))
    except Exception as e: print(type(e).__name__, e)
for fmt in ('', 'x', 'c', 'b', 'B', '?', 'h', 'H', 'i', 'I', 'l', 'L', 'q', 'Q', 'n', 'N', 'e', 'f', 'd', 's', 'p', 'P', '5s', '0s', 'bi', 'ib', 'bq', '3x', 'b 3i', 'cP', '0i', 'bxh','3 i', '3', 'z', '<n', '<P', '=l', '!L', 'i\0', 'b0l', '2p', 'h3s'):
    for pre in ('', '@', '=', '<', '>', '!'):
        t(struct.calcsize, pre+fmt)
t(struct.calcsize, 3)
t(struct.calcsize, b'ii')
t(struct.calcsize, '99999999999999999999i')
t(struct.calcsize, '9223372036854775807x')
t(struct.calcsize, '4611686018427387904i')
t(struct.pack, 'b', 128); t(struct.pack, 'b', -129); t(struct.pack, 'B', -1); t(struct.pack, 'B', 256)
t(struct.pack, 'h', 2**15); t(struct.pack, 'H', -1); t(struct.pack, 'i', 2**31); t(struct.pack, 'I', -1)
t(struct.pack, '<i', 2**31); t(struct.pack, '<I', -1); t(struct.pack, '<q', 2**63); t(struct.pack, '<Q', -1);t(struct.pack, 'q', 2**63); t(struct.pack, 'Q', -1)
t(struct.pack, 'l', 2**63); t(struct.pack, 'L', -1);t(struct.pack, '<l', 2**31); t(struct.pack, '<L', -1); t(struct.pack, 'n', 2**63); t(struct.pack, 'N', -1)
t(struct.pack, '>h', 2**15); t(struct.pack, '>H', -1); t(struct.pack, '<b', 128); t(struct.pack, '<B', 256)
t(struct.pack, 'i', 1.0); t(struct.pack, 'i', '1'); t(struct.pack, 'd', '1'); t(struct.pack, 'f', 1e300); t(struct.pack, '<f', 1e300); t(struct.pack, 'e', 1e6); t(struct.pack, '<e', 65520.0)
t(struct.pack, 'c', b'ab'); t(struct.pack, 'c', 'a'); t(struct.pack, 'c', 1); t(struct.pack, 's', 'a'); t(struct.pack, 'p', 1)
t(struct.pack, 'ii', 1); t(struct.pack, 'i', 1, 2); t(struct.pack); t(struct.pack, 'z', 1)
t(struct.pack, '?', []); t(struct.pack, '?', [1]); t(struct.pack, 'P', -1); t(struct.pack, 'P', 2**64)
t(struct.unpack, 'i', b'abc'); t(struct.unpack, 'i', 'abcd'); t(struct.unpack, 'i', 5)
t(struct.unpack_from, 'i', b'abc'); t(struct.unpack_from, 'i', b'abcdef', 3); t(struct.unpack_from, 'i', b'abcdef', -7); t(struct.unpack_from, 'i', b'abcdef', -2)
t(struct.unpack_from, 'i', b'abcdef', offset=-4)
ba = bytearray(6)
t(struct.pack_into, 'i', ba, 3, 1); t(struct.pack_into, 'i', ba, -7, 1); t(struct.pack_into, 'i', ba, -2, 1); t(struct.pack_into, 'i', b'abcdef', 0, 1)
t(struct.pack_into, 'i', ba, 0); t(struct.pack_into, 'i', ba); t(struct.pack_into, 'i', ba, -4, 7); print(ba)
t(struct.iter_unpack, 'i', b'abc'); t(struct.iter_unpack, '', b'abc'); t(lambda: list(struct.iter_unpack('<h', b'abcd')))
t(struct.Struct, 3); t(struct.Struct); t(struct.Struct, 'i', 'j')
s = struct.Struct('<ih'); print(s.format, s.size, s.pack(1, 2), s.unpack(b'\1\0\0\0\2\0'))
t(lambda: s.pack(1)); t(lambda: s.unpack(b'x')); it = s.iter_unpack(b'\0'*12); print(it.__length_hint__(), next(it), it.__length_hint__(), list(it))
print(type(it).__name__, type(s).__name__, struct.Struct.__module__, struct.error.__module__, struct.error.__mro__)
