# find/rfind/count/replace/split on long texts checked against naive implementations
def naive_find(h, n, start=0):
    for i in range(start, len(h) - len(n) + 1):
        if h[i:i + len(n)] == n:
            return i
    return -1
def naive_rfind(h, n):
    for i in range(len(h) - len(n), -1, -1):
        if h[i:i + len(n)] == n:
            return i
    return -1
def naive_count(h, n):
    c = i = 0
    while True:
        j = naive_find(h, n, i)
        if j < 0:
            return c
        c += 1
        i = j + max(len(n), 1)
seed = 12345
def rnd():
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed
alphabets = ['ab', 'abc', 'aé', 'a\u20ac', 'a\U0001F600b']
bad = 0
checks = 0
for alpha in alphabets:
    hay = ''.join(alpha[rnd() % len(alpha)] for _ in range(400))
    for k in range(60):
        ln = 1 + rnd() % 12
        if k % 2:
            st = rnd() % (len(hay) - ln)
            needle = hay[st:st + ln]
        else:
            needle = ''.join(alpha[rnd() % len(alpha)] for _ in range(ln))
        checks += 4
        if hay.find(needle) != naive_find(hay, needle):
            bad += 1
        if hay.rfind(needle) != naive_rfind(hay, needle):
            bad += 1
        if hay.count(needle) != naive_count(hay, needle):
            bad += 1
        if hay.replace(needle, '|').count('|') - hay.count('|') != hay.count(needle):
            bad += 1
    print(repr(alpha), hay.count(alpha[0]), hay.find(alpha * 3), hay.rfind(alpha[-1] * 4), len(hay.split(alpha[0])))
print('checks', checks, 'bad', bad)
periodic = 'ab' * 500 + 'abc' + 'ab' * 500
print(periodic.find('ab' * 50 + 'c'), periodic.rfind('c' + 'ab' * 50), periodic.count('abab'), periodic.find('abcab'))
long_needle = 'xy' * 300 + 'z'
print(('xy' * 2000 + 'z').find(long_needle), ('xy' * 2000).find(long_needle), ('xy' * 2000 + 'z').count('xyz'))
t = 'é' * 1000 + 'ü' + 'é' * 1000
print(t.find('éü'), t.rfind('üé'), t.index('ü'), t.count('éé'), len(t.split('ü')), t.partition('ü')[2] == 'é' * 1000)
