# how often str.translate consults a custom table, and mixed answers
class Counting:
    def __init__(self, answers):
        self.answers = answers
        self.calls = []
    def __getitem__(self, k):
        self.calls.append(k)
        if k in self.answers:
            a = self.answers[k]
            if isinstance(a, Exception):
                raise a
            return a
        raise LookupError(k)
def run(text, answers):
    t = Counting(answers)
    try:
        r = text.translate(t)
    except Exception as e:
        r = type(e).__name__ + ': ' + str(e)
    print(ascii(text), ascii(r), t.calls)
run('aaaa', {})
run('abab', {97: 'x'})
run('abab', {97: None})
run('abab', {97: 66})
run('abab', {97: 'xy'})
run('abab', {98: 'é'})
run('abab', {98: 0xe9})
run('aXbXa', {98: 'é', 97: 'A'})
run('abcabc', {99: ''})
run('abcabc', {99: 127})
run('éaéa', {97: 'A'})
run('aé', {233: 'e'})
run('abc', {98: KeyError('x')})
run('abc', {98: IndexError('x')})
run('abc', {98: ValueError('bad')})
run('abc', {98: 1.5})
run('abc', {98: -1})
run('abc', {98: 0x110000})
run('aab', {97: '😀', 98: None})
run('', {})
class Sub(dict):
    pass
print(ascii('abcabc'.translate(Sub({97: 'x', 98: None}))))
class Missing(dict):
    def __missing__(self, k):
        return 'm'
print(ascii('abc'.translate(Missing({97: 'x'}))))
big = 'the quick brown fox ' * 50
table = str.maketrans('aeiou', 'AEIOU', ' ')
print(big.translate(table)[:40], len(big.translate(table)))
print(ascii(('é' + big).translate(table)[:40]), ascii(('😀' + big).translate({ord('😀'): None})[:10]))
