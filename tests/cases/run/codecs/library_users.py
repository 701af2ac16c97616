# Library modules that need codecs: linecache, tokenize, statistics, pickle,
# locale and _pydecimal, loaded from CPython's library.
import io, linecache, locale, pickle, statistics, tokenize

print(linecache.getline(__file__, 1).rstrip())
print(len(linecache.getlines(__file__)) > 5, linecache.getline(__file__, 10000) == '')
print(statistics.mean([1, 2, 3, 4]), statistics.median([3, 1, 2]), statistics.stdev([2, 4, 4, 4, 5, 5, 7, 9]))
print(pickle.loads(pickle.dumps({'a': [1, 2.5, 'é', (None, True)], 'b': b'\x00\xff'})))
toks = list(tokenize.generate_tokens(io.StringIO('x = 1 + "é"  # c\n').readline))
print([(tokenize.tok_name[t.type], t.string) for t in toks])
print(tokenize.detect_encoding(io.BytesIO(b'# -*- coding: latin-1 -*-\nx = 1\n').readline))
print(tokenize.detect_encoding(io.BytesIO('\ufeffx = 1\n'.encode('utf-8')).readline))
print(locale.normalize('en_US.utf8'), locale.normalize('fr_FR'))
import _pydecimal
print(_pydecimal.Decimal('1.1') + _pydecimal.Decimal('2.2'), _pydecimal.Decimal(1) / _pydecimal.Decimal(7))
