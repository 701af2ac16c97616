# binascii: base64 (lenient and strict), hex with separators, uuencode and
# the CRCs, with binascii.Error messages as CPython gives them.
import binascii
def t(f, *a, **k):
    try: print(repr(f(*a, **k)))
    except Exception as e: print(type(e).__name__, e)
for d in (b'', b'a', b'ab', b'abc', b'abcd', bytes(range(256))[:40]):
    t(binascii.b2a_base64, d); t(binascii.b2a_base64, d, newline=False)
for s in (b'YWJj', b'YWI=', b'YQ==', b'YQ=', b'YQ', b'Y', b'YWJjZ', b'Y W\nJj', b'YQ==YWJj', b'=YWJj', b'YW=Jj', b'YQ===', 'YWJj', 'YWJj\u00e9', b'YW*Jj', b'', b'====', b'YQ==\n', b'YWJ=j', b'Y===', b'YWJjZA=', b'YWJjZA'):
    t(binascii.a2b_base64, s)
    t(binascii.a2b_base64, s, strict_mode=True)
t(binascii.a2b_base64, 3); t(binascii.b2a_base64, 'abc'); t(binascii.b2a_base64, b'a', True)
for d in (b'', b'\x01\xab\xff', bytes(range(10))):
    t(binascii.hexlify, d); t(binascii.b2a_hex, d, '-'); t(binascii.hexlify, d, b':', 2); t(binascii.hexlify, d, ':', -3); t(binascii.hexlify, d, sep='.', bytes_per_sep=4)
t(binascii.hexlify, b'ab', '--'); t(binascii.hexlify, b'ab', '\u00e9'); t(binascii.hexlify, b'ab', 3); t(binascii.hexlify, 'ab')
for s in (b'', b'01ab', b'01AB', '01ab', b'0', b'0g', b'abc', ' 01', bytearray(b'ff')):
    t(binascii.unhexlify, s); t(binascii.a2b_hex, s)
for d in (b'', b'a', b'hello world', bytes(range(256))):
    t(binascii.crc32, d); t(binascii.crc32, d, 12345); t(binascii.crc32, d, -1); t(binascii.crc32, d, 2**40+5)
    t(binascii.crc_hqx, d, 0); t(binascii.crc_hqx, d, 0xffff); t(binascii.crc_hqx, d, -1); t(binascii.crc_hqx, d, 2**20+3)
t(binascii.crc32, 'abc'); t(binascii.crc_hqx, b'a'); t(binascii.crc32)
print(binascii.Error.__mro__, binascii.Incomplete.__mro__, binascii.Error.__module__)
for d in (b'', b'a', b'abc', b'hello world!!', bytes(range(45))):
    t(binascii.b2a_uu, d); t(binascii.b2a_uu, d, backtick=True)
    t(binascii.a2b_uu, binascii.b2a_uu(d)); t(binascii.a2b_uu, binascii.b2a_uu(d, backtick=True))
t(binascii.b2a_uu, bytes(46)); t(binascii.a2b_uu, b''); t(binascii.a2b_uu, b'!'); t(binascii.a2b_uu, b'#86)C  \n'); t(binascii.a2b_uu, b'#86)C`xx\n'); t(binascii.a2b_uu, b'#8\n'); t(binascii.a2b_uu, b'\x7f')
