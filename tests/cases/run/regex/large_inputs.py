# Larger texts: a word count, a log parser, and searches over megabytes.
import re

text = ' '.join('word%d' % (i % 97) for i in range(50000))
counts = {}
for w in re.findall(r'\b\w+\b', text):
    counts[w] = counts.get(w, 0) + 1
print(len(counts), counts['word0'], counts['word96'])
log = '\n'.join('2024-01-%02d 12:%02d:%02d [%s] user%d did %s' % (i % 28 + 1, i % 60, (i * 7) % 60,
                ('INFO', 'WARN', 'ERROR')[i % 3], i % 13, ('login', 'logout', 'upload')[i % 5 % 3])
                for i in range(20000))
line = re.compile(r'^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d) \[(\w+)\] (\w+) did (\w+)$', re.M)
levels = {}
for m in line.finditer(log):
    levels[m.group(7)] = levels.get(m.group(7), 0) + 1
print(sorted(levels.items()))
print(len(re.findall(r'ERROR.*upload', log)), len(re.split(r'\n', log)))
big = 'x' * 1000000 + 'needle' + 'y' * 1000000
print(re.search(r'needle', big).span(), re.search(r'ne+dle', big).span(), re.search(r'[n]eedle', big).span())
print(re.search(r'(?i)NEEDLE', big).span(), re.search(r'zzz', big))
print(len(re.sub(r'y+', 'Y', big)), re.subn(r'x{1000}', '', big)[1])
csv = '\n'.join(','.join(str(i * j) for j in range(10)) for i in range(2000))
rows = [re.split(r',', r) for r in re.split(r'\n', csv)]
print(len(rows), rows[-1][-1], sum(int(x) for x in re.findall(r'\d+', csv)))
