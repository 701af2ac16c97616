# xmlcharrefreplace, namereplace and backslashreplace on encoding, through codecs helpers too
import codecs
def show(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', ascii(r))

text = 'a\xa0é\u0100\u20ac\u2028\ufeff\U0001F600\U000E0001\ue000\U0010ffff\x7f\x80z'
for enc in ('ascii', 'latin-1', 'cp1252', 'iso8859-15', 'cp437'):
    for h in ('xmlcharrefreplace', 'namereplace', 'backslashreplace', 'replace', 'ignore'):
        show('%s %s' % (enc, h), lambda: text.encode(enc, h))
for name in ('strict', 'ignore', 'replace', 'xmlcharrefreplace', 'backslashreplace', 'namereplace', 'surrogateescape', 'surrogatepass'):
    h = codecs.lookup_error(name)
    print(name, h.__name__, callable(h))
exc = UnicodeEncodeError('ascii', 'x\u20ac\U0001F600y', 1, 3, 'r')
for name in ('ignore', 'replace', 'xmlcharrefreplace', 'backslashreplace', 'namereplace'):
    show('call ' + name, lambda: codecs.lookup_error(name)(exc))
dexc = UnicodeDecodeError('ascii', b'x\xff\xfey', 1, 3, 'r')
for name in ('ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace', 'surrogateescape', 'strict'):
    show('call dec ' + name, lambda: codecs.lookup_error(name)(dexc))
texc = UnicodeTranslateError('x\u20acy', 1, 2, 'r')
for name in ('ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace'):
    show('call tr ' + name, lambda: codecs.lookup_error(name)(texc))
show('not an exception', lambda: codecs.lookup_error('replace')(ValueError('x')))
show('not an exception 2', lambda: codecs.lookup_error('xmlcharrefreplace')('x'))
show('unknown', lambda: codecs.lookup_error('no-such-handler'))
def custom(e):
    return ('<%d:%d>' % (e.start, e.end), e.end)
codecs.register_error('test.custom', custom)
show('custom enc', lambda: 'a€€b😀'.encode('ascii', 'test.custom'))
show('custom dec', lambda: b'a\xff\xfeb'.decode('utf-8', 'test.custom'))
seen = []
def skip_back(e):
    seen.append(e.start)
    return ('?', -1) if len(seen) == 1 else ('!', e.end)
codecs.register_error('test.neg', skip_back)
show('negative position', lambda: 'ab€€'.encode('ascii', 'test.neg'))
print(seen)
def bad_return(e):
    return 'oops'
codecs.register_error('test.bad', bad_return)
show('bad return enc', lambda: 'a€'.encode('ascii', 'test.bad'))
show('bad return dec', lambda: b'a\xff'.decode('ascii', 'test.bad'))
def out_of_range(e):
    return ('', 100)
codecs.register_error('test.range', out_of_range)
show('out of range', lambda: 'a€'.encode('ascii', 'test.range'))
show('register not callable', lambda: codecs.register_error('test.x', 5))
