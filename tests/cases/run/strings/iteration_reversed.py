# iterating strings: iter, reversed, enumerate, unpacking, iterator protocol details
s = 'aé€😀'
print(list(s), list(reversed(s)), list(enumerate(s)), [c for c in s if ord(c) > 127])
it = iter(s)
print(type(it).__name__, next(it), it.__length_hint__(), list(it), it.__length_hint__())
try:
    next(it)
except StopIteration as e:
    print('StopIteration', e.args)
r = reversed(s)
print(type(r).__name__, r.__length_hint__(), next(r), r.__length_hint__(), list(r))
a, b, *rest = s
print(a, b, rest)
try:
    x, y = s
except ValueError as e:
    print(type(e).__name__, e)
print(list(iter('')), list(reversed('')), ''.join(reversed('abc')), max('hello'), min('hello'), sorted('hello'))
print(list(zip('abc', 'xyz')), dict(zip('ab', 'é😀')), set('aab') == {'a', 'b'}, tuple('hé'))
print(list(map(ord, '€😀')), any(c.isdigit() for c in 'ab1'), all(c.isalpha() for c in 'ab1'))
it = iter('abc')
print(next(it), it.__reduce__()[0].__name__, it.__reduce__()[1:])
it.__setstate__(0)
print(list(it))
it = iter('abcdef')
it.__setstate__(4)
print(list(it))
it = iter('abc')
it.__setstate__(-5)
print(list(it))
it = iter('abc')
it.__setstate__(100)
print(list(it))
it = iter('xy')
list(it)
print(it.__reduce__()[1:], it.__length_hint__())
it.__setstate__(0)
print(list(it))
it = iter('aé😀')
next(it)
print(it.__reduce__()[1:], type(it).__name__, type(iter('abc')).__name__)
print(iter(s) is not iter(s), iter(it) is it)
class S(str):
    def __iter__(self):
        return iter(['custom'])
print(list(S('abc')), [c for c in S('ab')], list(reversed(S('ab'))), ''.join(S('xy')))
count = 0
for ch in 'x' * 1000:
    count += 1
print(count)
