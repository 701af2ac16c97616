# Regular expressions: tokenizing source text, parsing log lines with
# groups, substitutions with templates and functions, splitting, and
# searches that backtrack (alternations, lazy and nested repeats,
# lookarounds, back-references) over text built in the program.
import re

N = 60  # size; test size: 1

WORDS = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta', 'iota', 'kappa']


def make_source(lines):
    out = []
    for i in range(lines):
        w = WORDS[i % 10]
        out.append('def %s_%d(x, y=%d):  # %s' % (w, i, i % 7, WORDS[(i * 3) % 10]))
        out.append('    return x * %d + y / %d.5 - "%s" != \'%d\'' % (i, i % 5 + 1, w, i))
    return '\n'.join(out)


def make_log(lines):
    levels = ['INFO', 'WARN', 'ERROR', 'DEBUG']
    out = []
    for i in range(lines):
        out.append('2024-%02d-%02d %02d:%02d:%02d [%s] user=%s%d ip=10.%d.%d.%d msg="%s %s"' % (
            i % 12 + 1, i % 28 + 1, i % 24, i % 60, (i * 7) % 60, levels[i % 4], WORDS[i % 10], i % 97,
            i % 256, (i * 3) % 256, (i * 7) % 256, WORDS[(i * 7) % 10], WORDS[(i * 3) % 10]))
    return '\n'.join(out)


TOKEN = re.compile(r'''
    (?P<number>\d+(?:\.\d*)?)
  | (?P<name>[A-Za-z_]\w*)
  | (?P<string>"[^"\\]*(?:\\.[^"\\]*)*"|'[^'\\]*(?:\\.[^'\\]*)*')
  | (?P<comment>\#[^\n]*)
  | (?P<op>==|!=|<=|>=|[-+*/%=<>(),:])
  | (?P<space>[ \t]+)
  | (?P<newline>\n)
''', re.VERBOSE)

LOG_LINE = re.compile(r'^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d) \[(\w+)\] user=(\w+?)(\d+) '
                      r'ip=(\d+)\.(\d+)\.(\d+)\.(\d+) msg="([^"]*)"$', re.M)


def tokenize(source):
    counts = {}
    for m in TOKEN.finditer(source):
        kind = m.lastgroup
        counts[kind] = counts.get(kind, 0) + 1
    return counts


def parse_log(log):
    levels = {}
    users = set()
    octets = 0
    for m in LOG_LINE.finditer(log):
        levels[m.group(7)] = levels.get(m.group(7), 0) + 1
        users.add(m.group(8))
        octets += int(m.group(11))
    return levels, len(users), octets


def rewrite(source):
    a = re.sub(r'(\w+)_(\d+)\(', r'\2_\1(', source)
    b = re.sub(r'\d+', lambda m: str(int(m.group()) * 2), a)
    c, n = re.subn(r'(?i)\b(ALPHA|GAMMA|ETA)\b', lambda m: m.group(1).upper(), b)
    return len(a), len(b), len(c), n


def split_and_find(text):
    pieces = re.split(r'[\s,;:()]+', text)
    quoted = re.findall(r'"([^"]*)"', text)
    pairs = re.findall(r'(\w+)=(\w+)', text)
    return len(pieces), len(quoted), len(pairs)


def backtracking(rounds):
    total = 0
    email = re.compile(r'^[\w.+-]+@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}$')
    doubled = re.compile(r'\b(\w+)\s+\1\b', re.I)
    lazy = re.compile(r'<(\w+)>.*?</\1>')
    look = re.compile(r'(?<=\d)(?=(?:\d{3})+(?!\d))')
    alts = re.compile(r'(?:foo|foobar|foob|fo)+baz')
    for i in range(rounds):
        total += bool(email.match('user.name+%d@mail.example-%d.org' % (i, i % 10)))
        total += bool(email.match('not an email %d@' % i))
        total += len(doubled.findall('This is is a test test of the the doubled %d %d words' % (i, i)))
        total += len(lazy.findall('<a>x</a><b>%d<c>y</c></b><d>never closed' % i))
        total += len(look.sub(',', str(1234567 * (i + 1))))
        total += bool(alts.match('foobarfoobfofoo' * 2 + 'baz'))
        total += bool(alts.match('foobarfoobfofoo' * 2 + 'bax'))
    return total


def main():
    source = make_source(400 * N)
    log = make_log(500 * N)
    for _ in range(2):
        counts = tokenize(source)
    print(sorted(counts.items()))
    levels, users, octets = parse_log(log)
    print(sorted(levels.items()), users, octets)
    print(rewrite(source))
    print(split_and_find(log))
    print(backtracking(300 * N))
    print(len(re.findall(r'[aeiou]{2,}', source)), len(re.findall(r'[^aeiou\W\d_]+', source)))


main()
