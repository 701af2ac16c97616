# comparison and hashing of str
pairs = [('a', 'b'), ('a', 'a'), ('a', ''), ('', ''), ('abc', 'abd'), ('ab', 'abc'), ('B', 'a'), ('é', 'z'), ('é', 'è'),
         ('\uffff', '\U00010000'), ('\ud800', '\ue000'), ('a\x00', 'a'), ('Z', 'a'), ('ǅ', 'ǆ'), ('😀', '😁'), ('ÿ', 'Ā')]
for a, b in pairs:
    print(repr(a), repr(b), a < b, a <= b, a == b, a != b, a > b, a >= b)
words = ['banana', 'Apple', 'cherry', 'éclair', 'apple', 'Éclair', '', 'zebra', '😀', 'ä', 'a\x00', 'a']
print(sorted(words))
print(sorted(words, key=str.casefold), max(words), min(words))
for op in ('__lt__', '__le__', '__gt__', '__ge__', '__eq__', '__ne__'):
    print(op, getattr('a', op)(1), getattr('a', op)(b'a'), getattr('a', op)('a'))
for a, b in [('a', 1), ('a', None), ('a', b'a'), ('a', ['a'])]:
    try:
        print(a < b)
    except TypeError as e:
        print(type(e).__name__, e)
print('a' == b'a', 'a' != 1, 'a' == 'a'[:], 'ab' == ''.join(['a', 'b']))
print(hash('') == 0, hash('abc') == hash(''.join(['a', 'bc'])), hash('é') == hash('é'.encode().decode()))
print(hash('\U0001F600') == hash(chr(0x1F600)), hash('x' * 100) == hash('x' * 100), type(hash('a')).__name__)
class S(str):
    pass
print(hash(S('abc')) == hash('abc'), S('abc') == 'abc', 'abc' == S('abc'), {S('k'): 1}['k'], {'k': 1}[S('k')])
class H(str):
    def __hash__(self):
        return 42
    def __eq__(self, other):
        return True
print(hash(H('abc')), H('a') == 'b', 'b' == H('a'), 'b' != H('a'), H('a') != 'b')
class L(str):
    def __lt__(self, other):
        return 'L.lt'
    def __gt__(self, other):
        return 'L.gt'
print(L('a') < 'b', 'b' < L('a'), 'b' > L('a'))
d = {'a': 1, 'é': 2, '😀': 3}
print(d['a'], d['é'], d['😀'], 'é' in d, 'e' in d)
print(sorted({'b', 'a', 'c', 'é'}), len({'a', 'a'[:], 'a' + ''}))
