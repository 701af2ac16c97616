# The standard error handlers and register_error with custom handlers.
import codecs

s = 'a\xe9\u20ac\U0001f600z'
for errors in ['ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace']:
    print(errors, s.encode('ascii', errors), s.encode('latin-1', errors), s.encode('cp1252', errors))
b = b'a\xff\xc3(z\x80'
for errors in ['ignore', 'replace', 'backslashreplace', 'surrogateescape']:
    print(errors, ascii(b.decode('utf-8', errors)), ascii(b.decode('ascii', errors)), ascii(b'\x81\x8d'.decode('cp1252', errors)))
print('\udc80\udcff'.encode('utf-8', 'surrogateescape'))
print('\ud800'.encode('utf-8', 'surrogatepass'), b'\xed\xa0\x80'.decode('utf-8', 'surrogatepass') == '\ud800')
print('\ud800'.encode('utf-16-le', 'surrogatepass'))
for name in ['strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape']:
    print(name, callable(codecs.lookup_error(name)))
try:
    codecs.lookup_error('nothing')
except LookupError as e:
    print(e)
try:
    'é'.encode('ascii', 'nothing')
except LookupError as e:
    print(e)

def skip_two(exc):
    if isinstance(exc, UnicodeEncodeError):
        return ('[%s]' % ascii(exc.object[exc.start:exc.end]), exc.end)
    return ('<%r %d-%d %s>' % (exc.encoding, exc.start, exc.end, exc.reason), exc.end)

codecs.register_error('test.mine', skip_two)
print(codecs.lookup_error('test.mine') is skip_two)
print('aé€b'.encode('ascii', 'test.mine'))
print('aé€b'.encode('cp437', 'test.mine'))
print(b'a\xff\xfeb'.decode('utf-8', 'test.mine'))
print(b'a\x81b'.decode('cp1252', 'test.mine'))
codecs.register_error('test.bytes', lambda e: (b'!!', e.end))
print('aé'.encode('koi8-r', 'test.bytes'))
codecs.register_error('test.back', lambda e: ('?', e.start - 1 if e.start else e.end))
codecs.register_error('test.bad', lambda e: 42)
try:
    'é'.encode('ascii', 'test.bad')
except TypeError as e:
    print(e)
try:
    b'\xff'.decode('utf-8', 'test.bad')
except TypeError as e:
    print(e)
codecs.register_error('test.far', lambda e: ('', 100))
try:
    b'\xff'.decode('utf-8', 'test.far')
except IndexError as e:
    print(e)
try:
    codecs.register_error('x', 3)
except TypeError as e:
    print(e)
try:
    codecs.strict_errors(UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'bad'))
except UnicodeDecodeError as e:
    print(e)
print(codecs.ignore_errors(UnicodeEncodeError('ascii', 'ab', 0, 2, 'x')))
print(codecs.replace_errors(UnicodeEncodeError('ascii', 'ab', 0, 2, 'x')))
try:
    codecs.xmlcharrefreplace_errors(UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'bad'))
except TypeError as e:
    print(e)
codecs.register_error('test.nonascii', lambda e: ('\xe9', e.end))
try:
    'a\u20ac'.encode('ascii', 'test.nonascii')
except UnicodeEncodeError as e:
    print(e)
