// `re`: regular expressions, written in Python and built in.  A pattern is
// parsed into a tree and compiled into nested matcher closures that
// backtrack in sre's order (leftmost match; greedy or lazy repeats; the
// first alternative that lets the rest of the pattern match), with an
// iterative fast path for repeats of a single character class so that
// `.*` over long text does not recurse.  The API (match, search,
// fullmatch, findall, finditer, sub, subn, split, escape, Match, Pattern)
// follows CPython's, including its handling of empty matches.
#include "modules/python_lib.h"

namespace glasspy {

const char* const kReSource = R"PY(
"""Support for regular expressions (RE)."""

import sys as _sys

try:
    _BYTES_TYPES = (bytes, bytearray)
except NameError:
    _BYTES_TYPES = (bytes,)

__all__ = ['match', 'fullmatch', 'search', 'sub', 'subn', 'split', 'findall', 'finditer',
           'compile', 'purge', 'template', 'escape', 'error', 'Pattern', 'Match', 'A', 'I',
           'L', 'M', 'S', 'X', 'U', 'ASCII', 'IGNORECASE', 'LOCALE', 'MULTILINE', 'DOTALL',
           'VERBOSE', 'UNICODE', 'NOFLAG']

class RegexFlag(int):
    """Flags of a regular expression; combine them with |."""

    _members = [(256, 'ASCII'), (2, 'IGNORECASE'), (4, 'LOCALE'), (32, 'UNICODE'),
                (8, 'MULTILINE'), (16, 'DOTALL'), (64, 'VERBOSE'), (1, 'TEMPLATE'),
                (128, 'DEBUG')]
    _all_bits = 511

    def _parts(self):
        value = int(self)
        names = []
        for bit, name in RegexFlag._members:
            if value & bit:
                names.append(name)
                value &= ~bit
        return names, value

    @property
    def name(self):
        if not int(self):
            return 'NOFLAG'
        names, rest = self._parts()
        if rest or not names:
            return None
        return '|'.join(names)

    @property
    def value(self):
        return int(self)

    def __repr__(self):
        if not int(self):
            return 're.NOFLAG'
        names, rest = self._parts()
        if not names:
            return 're.RegexFlag(' + str(rest) + ')'
        text = '|'.join(['re.' + name for name in names])
        if rest:
            text += '|' + hex(rest)
        return text

    __str__ = __repr__

    def __format__(self, spec):
        if not spec:
            return repr(self)
        return format(int(self), spec)

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self) & RegexFlag._all_bits)

    def __reduce__(self):
        return (RegexFlag, (int(self),))


RegexFlag.__module__ = 're'

NOFLAG = RegexFlag(0)
TEMPLATE = T = RegexFlag(1)
IGNORECASE = I = RegexFlag(2)
LOCALE = L = RegexFlag(4)
MULTILINE = M = RegexFlag(8)
DOTALL = S = RegexFlag(16)
UNICODE = U = RegexFlag(32)
VERBOSE = X = RegexFlag(64)
DEBUG = RegexFlag(128)
ASCII = A = RegexFlag(256)

_FLAG_NAMES = [(TEMPLATE, 'TEMPLATE'), (IGNORECASE, 'IGNORECASE'), (LOCALE, 'LOCALE'),
               (MULTILINE, 'MULTILINE'), (DOTALL, 'DOTALL'), (UNICODE, 'UNICODE'),
               (VERBOSE, 'VERBOSE'), (DEBUG, 'DEBUG'), (ASCII, 'ASCII')]


class error(Exception):
    """Exception raised for invalid regular expressions."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = msg + ' at position ' + str(pos)
            if isinstance(pattern, str):
                newline = '\n'
            else:
                newline = b'\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = msg + ' (line ' + str(self.lineno) + ', column ' + str(self.colno) + ')'
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


error.__module__ = 're'
PatternError = error

_MAXREPEAT = 4294967295

# ---- parsing --------------------------------------------------------------------------

_SPECIAL_ESCAPES = {'n': '\n', 't': '\t', 'r': '\r', 'f': '\f', 'v': '\v', 'a': '\a', '\\': '\\'}
_CATEGORY_ESCAPES = 'dDwWsS'
_ASSERT_ESCAPES = 'AZbB'


class _Parser:
    def __init__(self, pattern, flags):
        self.p = pattern
        self.i = 0
        self.flags = int(flags)
        self.ngroups = 0
        self.groupnames = {}
        self.open_groups = []

    def error(self, msg, pos=None):
        return error(msg, self.p, self.i if pos is None else pos)

    def peek(self):
        return self.p[self.i] if self.i < len(self.p) else None

    def skip_verbose(self):
        if not self.flags & VERBOSE:
            return
        p = self.p
        while self.i < len(p):
            c = p[self.i]
            if c in ' \t\n\r\f\v':
                self.i += 1
            elif c == '#':
                while self.i < len(p) and p[self.i] != '\n':
                    self.i += 1
            else:
                break

    def parse(self):
        node = self.alternation()
        if self.i < len(self.p):
            if self.p[self.i] == ')':
                raise self.error('unbalanced parenthesis')
            raise self.error('unexpected end of pattern')
        return node

    def alternation(self):
        branches = [self.sequence()]
        while self.peek() == '|':
            self.i += 1
            branches.append(self.sequence())
        if len(branches) == 1:
            return branches[0]
        return ('alt', branches)

    def sequence(self):
        items = []
        while True:
            self.skip_verbose()
            c = self.peek()
            if c is None or c in '|)':
                break
            start = self.i
            atom = self.atom()
            if atom is None:
                continue
            self.skip_verbose()
            atom = self.quantifier(atom, start)
            items.append(atom)
        return ('seq', items)

    def quantifier(self, atom, start):
        while True:
            c = self.peek()
            if c is None:
                return atom
            pos = self.i
            if c == '*':
                lo, hi = 0, _MAXREPEAT
                self.i += 1
            elif c == '+':
                lo, hi = 1, _MAXREPEAT
                self.i += 1
            elif c == '?':
                lo, hi = 0, 1
                self.i += 1
            elif c == '{':
                parsed = self.braces()
                if parsed is None:
                    return atom
                lo, hi = parsed
            else:
                return atom
            if atom[0] in ('assert', 'empty') or (atom[0] == 'seq' and not atom[1]):
                raise self.error('nothing to repeat', start)
            if atom[0] == 'repeat' and not atom[4] == 'poss' and atom[5]:
                raise self.error('multiple repeat', pos)
            mode = 'greedy'
            if self.peek() == '?':
                self.i += 1
                mode = 'lazy'
            elif self.peek() == '+':
                self.i += 1
                mode = 'poss'
            atom = ('repeat', atom, lo, hi, mode, True)
            self.skip_verbose()

    def braces(self):
        p = self.p
        j = self.i + 1
        lo_text = ''
        while j < len(p) and p[j].isdigit():
            lo_text += p[j]
            j += 1
        hi_text = lo_text
        if j < len(p) and p[j] == ',':
            j += 1
            hi_text = ''
            while j < len(p) and p[j].isdigit():
                hi_text += p[j]
                j += 1
        if j >= len(p) or p[j] != '}':
            return None
        if not lo_text and not hi_text and p[self.i + 1:j] != ',':
            return None
        lo = int(lo_text) if lo_text else 0
        hi = int(hi_text) if hi_text else _MAXREPEAT
        if hi < lo:
            raise self.error('min repeat greater than max repeat', self.i + 1)
        self.i = j + 1
        return lo, hi

    def atom(self):
        p = self.p
        c = p[self.i]
        if c == '(':
            return self.group()
        if c == '[':
            return self.char_class()
        if c == '\\':
            return self.escape(in_class=False)
        self.i += 1
        if c == '.':
            return ('any',)
        if c == '^':
            return ('assert', 'bol')
        if c == '$':
            return ('assert', 'eol')
        if c in '*+?':
            raise self.error('nothing to repeat', self.i - 1)
        if c == '{' and self.i - 1 == 0:
            pass
        return ('lit', c)

    def group(self):
        p = self.p
        start = self.i
        self.i += 1
        capture = True
        name = None
        if p.startswith('?', self.i):
            self.i += 1
            c = self.peek()
            if c == ':':
                self.i += 1
                capture = False
            elif c == 'P':
                self.i += 1
                if self.peek() == '<':
                    end = p.find('>', self.i)
                    if end < 0:
                        raise self.error('missing >, unterminated name', self.i + 1)
                    name = p[self.i + 1:end]
                    if not name:
                        raise self.error('missing group name', self.i + 1)
                    if not name.isidentifier():
                        raise self.error('bad character in group name ' + repr(name), self.i + 1)
                    if name in self.groupnames:
                        raise self.error('redefinition of group name ' + repr(name) + ' as group ' +
                                         str(self.ngroups + 1) + '; was group ' +
                                         str(self.groupnames[name]), self.i + 1)
                    self.i = end + 1
                elif self.peek() == '=':
                    end = p.find(')', self.i)
                    if end < 0:
                        raise self.error('missing ), unterminated name', self.i + 1)
                    ref = p[self.i + 1:end]
                    if ref not in self.groupnames:
                        raise self.error('unknown group name ' + repr(ref), self.i + 1)
                    self.i = end + 1
                    return ('backref', self.groupnames[ref])
                else:
                    raise self.error('unknown extension ?P' + (self.peek() or ''), self.i - 1)
            elif c in ('=', '!'):
                self.i += 1
                node = self.alternation()
                self.expect_close(start)
                return ('look', node, True, c == '!', 0)
            elif c == '<' and p[self.i + 1:self.i + 2] in ('=', '!'):
                negate = p[self.i + 1] == '!'
                self.i += 2
                node = self.alternation()
                self.expect_close(start)
                width = _fixed_width(node)
                if width is None:
                    raise error('look-behind requires fixed-width pattern')
                return ('look', node, False, negate, width)
            elif c == '#':
                end = p.find(')', self.i)
                if end < 0:
                    raise self.error('missing ), unterminated comment', start)
                self.i = end + 1
                return None
            elif c == '>':
                self.i += 1
                node = self.alternation()
                self.expect_close(start)
                return ('atomic', node)
            elif c is not None and c in 'aiLmsux-':
                return self.inline_flags(start)
            elif c is None:
                raise self.error('unexpected end of pattern', self.i)
            else:
                raise self.error('unknown extension ?' + c, self.i - 1)
        index = None
        if capture:
            self.ngroups += 1
            index = self.ngroups
            if name is not None:
                self.groupnames[name] = index
        node = self.alternation()
        self.expect_close(start)
        if index is None:
            return node
        return ('group', index, node)

    def inline_flags(self, start):
        p = self.p
        add = 0
        remove = 0
        letters = {'a': ASCII, 'i': IGNORECASE, 'L': LOCALE, 'm': MULTILINE, 's': DOTALL,
                   'u': UNICODE, 'x': VERBOSE}
        negative = False
        while self.i < len(p) and p[self.i] in letters or (self.i < len(p) and p[self.i] == '-'):
            if p[self.i] == '-':
                negative = True
            elif negative:
                remove |= letters[p[self.i]]
            else:
                add |= letters[p[self.i]]
            self.i += 1
        if self.i >= len(p):
            raise self.error('missing -, : or )', self.i)
        if p[self.i] == ')':
            if start != 0:
                raise self.error('global flags not at the start of the expression', start)
            self.i += 1
            self.flags |= add
            return None
        if p[self.i] != ':':
            raise self.error('missing -, : or )', self.i)
        self.i += 1
        saved = self.flags
        self.flags = (self.flags | add) & ~remove
        node = self.alternation()
        self.expect_close(start)
        flags = self.flags
        self.flags = saved
        return ('flags', flags, node)

    def expect_close(self, start):
        if self.peek() != ')':
            raise self.error('missing ), unterminated subpattern', start)
        self.i += 1

    def escape(self, in_class):
        p = self.p
        start = self.i
        self.i += 1
        if self.i >= len(p):
            raise error('bad escape (end of pattern)', p, start)
        c = p[self.i]
        self.i += 1
        if c in _SPECIAL_ESCAPES:
            return ('lit', _SPECIAL_ESCAPES[c])
        if c in _CATEGORY_ESCAPES:
            return ('cat', c)
        if not in_class and c in _ASSERT_ESCAPES:
            return ('assert', c)
        if in_class and c == 'b':
            return ('lit', '\b')
        if c == 'x':
            digits = p[self.i:self.i + 2]
            if len(digits) != 2 or not all(d in '0123456789abcdefABCDEF' for d in digits):
                raise self.error('incomplete escape \\x' + digits, start)
            self.i += 2
            return ('lit', chr(int(digits, 16)))
        if c in 'uU':
            n = 4 if c == 'u' else 8
            digits = p[self.i:self.i + n]
            if len(digits) != n or not all(d in '0123456789abcdefABCDEF' for d in digits):
                raise self.error('incomplete escape \\' + c + digits, start)
            self.i += n
            return ('lit', chr(int(digits, 16)))
        if c == '0':
            digits = c
            while self.i < len(p) and len(digits) < 3 and p[self.i] in '01234567':
                digits += p[self.i]
                self.i += 1
            return ('lit', chr(int(digits, 8)))
        if c.isdigit():
            if in_class:
                raise self.error('bad escape \\' + c, start)
            digits = c
            if self.i < len(p) and p[self.i].isdigit():
                if c in '01234567' and p[self.i] in '01234567' and \
                        self.i + 1 < len(p) and p[self.i + 1] in '01234567':
                    digits += p[self.i:self.i + 2]
                    self.i += 2
                    value = int(digits, 8)
                    if value > 0o377:
                        raise self.error('octal escape value \\' + digits + ' outside of range 0-0o377', start)
                    return ('lit', chr(value))
                digits += p[self.i]
                self.i += 1
            group = int(digits)
            if group > self.ngroups:
                raise self.error('invalid group reference ' + str(group), start + 1)
            if group in self.open_groups:
                raise self.error('cannot refer to an open group', start)
            return ('backref', group)
        if c.isalnum():
            raise self.error('bad escape \\' + c, start)
        return ('lit', c)

    def char_class(self):
        p = self.p
        start = self.i
        self.i += 1
        negate = False
        if self.peek() == '^':
            negate = True
            self.i += 1
        items = []
        first = True
        while True:
            if self.i >= len(p):
                raise self.error('unterminated character set', start)
            c = p[self.i]
            if c == ']' and not first:
                self.i += 1
                break
            first = False
            if c == '\\':
                item = self.escape(in_class=True)
            else:
                self.i += 1
                item = ('lit', c)
            if item[0] == 'lit' and self.peek() == '-' and self.i + 1 < len(p) and p[self.i + 1] != ']':
                range_start = self.i - 1
                self.i += 1
                if p[self.i] == '\\':
                    hi_item = self.escape(in_class=True)
                else:
                    hi_item = ('lit', p[self.i])
                    self.i += 1
                if hi_item[0] != 'lit':
                    raise self.error('bad character range ' + p[range_start:self.i], range_start)
                lo, hi = item[1], hi_item[1]
                if ord(hi) < ord(lo):
                    raise self.error('bad character range ' + p[range_start:self.i], range_start)
                items.append(('range', lo, hi))
            else:
                items.append(item)
        return ('class', items, negate)


def _fixed_width(node):
    kind = node[0]
    if kind in ('lit', 'any', 'cat', 'class'):
        return 1
    if kind in ('assert', 'look'):
        return 0
    if kind == 'seq':
        total = 0
        for item in node[1]:
            w = _fixed_width(item)
            if w is None:
                return None
            total += w
        return total
    if kind == 'alt':
        widths = {_fixed_width(b) for b in node[1]}
        if len(widths) == 1:
            return widths.pop()
        return None
    if kind in ('group',):
        return _fixed_width(node[2])
    if kind in ('flags',):
        return _fixed_width(node[2])
    if kind == 'repeat' and node[2] == node[3]:
        w = _fixed_width(node[1])
        return None if w is None else w * node[2]
    return None

# ---- compiling to matchers --------------------------------------------------------------


def _is_word(c):
    return c.isalnum() or c == '_'


def _category_test(cat, flags):
    ascii_only = flags & ASCII
    if cat in 'dD':
        base = (lambda c: '0' <= c <= '9') if ascii_only else (lambda c: c.isdecimal())
    elif cat in 'wW':
        if ascii_only:
            base = lambda c: c < '\x80' and (c.isalnum() or c == '_')
        else:
            base = _is_word
    else:
        base = (lambda c: c in ' \t\n\r\f\v') if ascii_only else (lambda c: c.isspace())
    if cat.isupper():
        return lambda c: not base(c)
    return base


def _char_test(node, flags):
    """A predicate on one character for lit/any/cat/class nodes, or None."""
    kind = node[0]
    icase = flags & IGNORECASE
    if kind == 'lit':
        ch = node[1]
        if icase:
            low = ch.lower()
            up = ch.upper()
            return lambda c: c == ch or c.lower() == low or c.upper() == up
        return lambda c: c == ch
    if kind == 'any':
        if flags & DOTALL:
            return lambda c: True
        return lambda c: c != '\n'
    if kind == 'cat':
        return _category_test(node[1], flags)
    if kind == 'class':
        tests = []
        chars = set()
        for item in node[1]:
            if item[0] == 'lit':
                chars.add(item[1])
                if icase:
                    chars.add(item[1].lower())
                    chars.add(item[1].upper())
            elif item[0] == 'range':
                lo, hi = item[1], item[2]
                if icase:
                    tests.append(lambda c, lo=lo, hi=hi: lo <= c <= hi or lo <= c.lower() <= hi or lo <= c.upper() <= hi)
                else:
                    tests.append(lambda c, lo=lo, hi=hi: lo <= c <= hi)
            elif item[0] == 'cat':
                tests.append(_category_test(item[1], flags))
        negate = node[2]

        def test(c):
            found = c in chars
            if not found:
                for t in tests:
                    if t(c):
                        found = True
                        break
            return found != negate
        return test
    return None


def _compile(node, flags):
    kind = node[0]
    test = _char_test(node, flags)
    if test is not None:
        def single(st, i, k):
            if i < st.end and test(st.s[i]):
                return k(i + 1)
            return None
        return single
    if kind == 'seq':
        items = [_compile(item, flags) for item in node[1]]
        if not items:
            return lambda st, i, k: k(i)
        if len(items) == 1:
            return items[0]

        def seq(st, i, k, items=items):
            def step(n, j):
                if n == len(items):
                    return k(j)
                return items[n](st, j, lambda j2: step(n + 1, j2))
            return step(0, i)
        return seq
    if kind == 'alt':
        branches = [_compile(b, flags) for b in node[1]]

        def alt(st, i, k):
            for b in branches:
                r = b(st, i, k)
                if r is not None:
                    return r
            return None
        return alt
    if kind == 'group':
        index = node[1]
        inner = _compile(node[2], flags)

        def group(st, i, k):
            def after(j):
                old = st.groups[index]
                st.groups[index] = (i, j)
                r = k(j)
                if r is None:
                    st.groups[index] = old
                return r
            return inner(st, i, after)
        return group
    if kind == 'flags':
        return _compile(node[2], node[1])
    if kind == 'repeat':
        return _compile_repeat(node, flags)
    if kind == 'backref':
        index = node[1]
        icase = flags & IGNORECASE

        def backref(st, i, k):
            span = st.groups[index]
            if span is None:
                return None
            text = st.s[span[0]:span[1]]
            n = len(text)
            piece = st.s[i:i + n]
            if i + n > st.end:
                return None
            if piece == text or (icase and piece.lower() == text.lower()):
                return k(i + n)
            return None
        return backref
    if kind == 'look':
        inner = _compile(node[1], flags)
        ahead, negate, width = node[2], node[3], node[4]

        def look(st, i, k):
            if ahead:
                saved = st.groups[:]
                found = inner(st, i, lambda j: j) is not None
                if negate:
                    st.groups[:] = saved
            else:
                start = i - width
                if start < st.start_bound:
                    found = False
                else:
                    saved = st.groups[:]
                    found = inner(st, start, lambda j: j if j == i else None) is not None
                    if negate:
                        st.groups[:] = saved
            if found == negate:
                return None
            return k(i)
        return look
    if kind == 'atomic':
        inner = _compile(node[1], flags)

        def atomic(st, i, k):
            j = inner(st, i, lambda j: j)
            if j is None:
                return None
            return k(j)
        return atomic
    if kind == 'assert':
        what = node[1]
        multiline = flags & MULTILINE

        def check(st, i):
            s = st.s
            if what == 'bol':
                return i == 0 or (multiline and s[i - 1] == '\n')
            if what == 'eol':
                n = len(s)
                if multiline:
                    return i == n or s[i] == '\n'
                return i == n or (i == n - 1 and s[i] == '\n')
            if what == 'A':
                return i == 0
            if what == 'Z':
                return i == len(s)
            before = i > 0 and _is_word(s[i - 1])
            after = i < len(s) and _is_word(s[i])
            if what == 'b':
                return before != after
            return before == after

        def assertion(st, i, k):
            if check(st, i):
                return k(i)
            return None
        return assertion
    raise error('internal error: ' + repr(kind))


def _compile_repeat(node, flags):
    sub_node, lo, hi, mode = node[1], node[2], node[3], node[4]
    test = _char_test(sub_node, flags)
    if test is not None:
        def simple(st, i, k):
            s = st.s
            limit = min(st.end, i + hi) if hi != _MAXREPEAT else st.end
            j = i
            while j < limit and test(s[j]):
                j += 1
            if j - i < lo:
                return None
            if mode == 'lazy':
                n = i + lo
                while n <= j:
                    r = k(n)
                    if r is not None:
                        return r
                    n += 1
                return None
            if mode == 'poss':
                return k(j)
            while j >= i + lo:
                r = k(j)
                if r is not None:
                    return r
                j -= 1
            return None
        return simple
    inner = _compile(sub_node, flags)

    def rep(st, i, k, count=0):
        if mode == 'lazy':
            if count >= lo:
                r = k(i)
                if r is not None:
                    return r
            if count < hi:
                return inner(st, i, lambda j: None if (j == i and count >= lo) else rep(st, j, k, count + 1))
            return None
        if mode == 'poss':
            j = i
            n = 0
            while n < hi:
                nj = inner(st, j, lambda x: x)
                if nj is None or nj == j:
                    break
                j = nj
                n += 1
            if n < lo:
                return None
            return k(j)
        if count < hi:
            r = inner(st, i, lambda j: None if (j == i and count >= lo) else rep(st, j, k, count + 1))
            if r is not None:
                return r
        if count >= lo:
            return k(i)
        return None
    return rep


class _State:
    __slots__ = ('s', 'end', 'groups', 'start_bound')

    def __init__(self, s, end, ngroups, start_bound):
        self.s = s
        self.end = end
        self.groups = [None] * (ngroups + 1)
        self.start_bound = start_bound

# ---- Pattern and Match ------------------------------------------------------------------


class Match:
    __slots__ = ('re', 'string', 'pos', 'endpos', '_spans')

    def __init__(self, pattern, string, pos, endpos, spans):
        self.re = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        self._spans = spans

    def _index(self, g):
        if isinstance(g, str):
            try:
                return self.re.groupindex[g]
            except KeyError:
                raise IndexError('no such group') from None
        if isinstance(g, int) and 0 <= g < len(self._spans):
            return g
        raise IndexError('no such group')

    def group(self, *groups):
        if not groups:
            groups = (0,)
        result = []
        for g in groups:
            span = self._spans[self._index(g)]
            result.append(None if span is None else self.string[span[0]:span[1]])
        return result[0] if len(result) == 1 else tuple(result)

    def __getitem__(self, g):
        return self.group(g)

    def groups(self, default=None):
        return tuple(default if sp is None else self.string[sp[0]:sp[1]] for sp in self._spans[1:])

    def groupdict(self, default=None):
        return {name: (default if self._spans[i] is None else self.string[self._spans[i][0]:self._spans[i][1]])
                for name, i in self.re.groupindex.items()}

    def start(self, group=0):
        span = self._spans[self._index(group)]
        return -1 if span is None else span[0]

    def end(self, group=0):
        span = self._spans[self._index(group)]
        return -1 if span is None else span[1]

    def span(self, group=0):
        span = self._spans[self._index(group)]
        return (-1, -1) if span is None else span

    @property
    def lastindex(self):
        last = None
        best_end = -1
        for i in range(1, len(self._spans)):
            span = self._spans[i]
            if span is not None and span[1] >= best_end:
                last = i
                best_end = span[1]
        return last

    @property
    def lastgroup(self):
        index = self.lastindex
        if index is None:
            return None
        for name, i in self.re.groupindex.items():
            if i == index:
                return name
        return None

    @property
    def regs(self):
        return tuple((-1, -1) if sp is None else sp for sp in self._spans)

    def expand(self, template):
        return _expand(self, template)

    def __bool__(self):
        return True

    def __repr__(self):
        return ('<re.Match object; span=' + repr(self._spans[0]) + ', match=' +
                repr(self.string[self._spans[0][0]:self._spans[0][1]]) + '>')


Match.__module__ = 're'


def _expand(match, template):
    if isinstance(template, _BYTES_TYPES):
        return _expand_text(match, template.decode('latin-1'),
                            lambda g: g.decode('latin-1')).encode('latin-1')
    return _expand_text(match, template, lambda g: g)


def _expand_text(match, template, as_text):
    out = []
    i = 0
    n = len(template)
    while i < n:
        c = template[i]
        if c != '\\':
            out.append(c)
            i += 1
            continue
        i += 1
        if i >= n:
            raise error('bad escape (end of pattern)', template, i - 1)
        c = template[i]
        if c == 'g':
            end = template.find('>', i)
            if template[i + 1:i + 2] != '<' or end < 0:
                raise error('missing <', template, i + 1)
            name = template[i + 2:end]
            index = int(name) if name.isdigit() else match.re.groupindex.get(name)
            if index is None:
                raise IndexError('unknown group name ' + repr(name))
            out.append(as_text(match.group(index) or match.re._empty))
            i = end + 1
        elif c.isdigit():
            digits = c
            if i + 1 < n and template[i + 1].isdigit():
                digits += template[i + 1]
            index = int(digits)
            if index >= len(match._spans):
                raise error('invalid group reference ' + str(index), template, i)
            out.append(as_text(match.group(index) or match.re._empty))
            i += len(digits)
        elif c in _SPECIAL_ESCAPES:
            out.append(_SPECIAL_ESCAPES[c])
            i += 1
        elif c.isalpha():
            raise error('bad escape \\' + c, template, i - 1)
        else:
            out.append('\\' + c)
            i += 1
    return ''.join(out)


class Pattern:
    __slots__ = ('pattern', 'flags', 'groups', 'groupindex', '_matcher', '_bytes', '_empty')

    def __init__(self, pattern, flags):
        # A bytes pattern is matched as the str of its Latin-1 code points
        # (one character per byte) with ASCII-only classes; matches slice the
        # original bytes.
        self._bytes = isinstance(pattern, bytes)
        self._empty = b'' if self._bytes else ''
        if self._bytes:
            if flags & UNICODE:
                raise ValueError('cannot use UNICODE flag with a bytes pattern')
            text = pattern.decode('latin-1')
        else:
            if flags & LOCALE:
                raise ValueError('cannot use LOCALE flag with a str pattern')
            text = pattern
        parser = _Parser(text, flags)
        tree = parser.parse()
        if not self._bytes and parser.flags & ASCII and parser.flags & UNICODE:
            raise ValueError('ASCII and UNICODE flags are incompatible')
        self.pattern = pattern
        self.flags = int(parser.flags | (UNICODE if not self._bytes and not parser.flags & ASCII else 0))
        self.groups = parser.ngroups
        self.groupindex = dict(parser.groupnames)
        self._matcher = _compile(tree, parser.flags | ASCII if self._bytes else parser.flags)

    def _try(self, string, start, pos, endpos, must_advance=False, full=False):
        text = string.decode('latin-1') if self._bytes else string
        st = _State(text, endpos, self.groups, pos)
        if full:
            k = lambda j: j if j == endpos else None
        elif must_advance:
            k = lambda j: j if j > start else None
        else:
            k = lambda j: j
        end = self._matcher(st, start, k)
        if end is None:
            return None
        spans = [(start, end)] + st.groups[1:]
        return Match(self, string, pos, endpos, spans)

    def _bounds(self, string, pos, endpos):
        if isinstance(string, str):
            if self._bytes:
                raise TypeError('cannot use a bytes pattern on a string-like object')
        elif isinstance(string, _BYTES_TYPES):
            if not self._bytes:
                raise TypeError('cannot use a string pattern on a bytes-like object')
        else:
            raise TypeError("expected string or bytes-like object, got '" + type(string).__name__ + "'")
        n = len(string)
        if pos < 0:
            pos = 0
        if endpos is None or endpos > n:
            endpos = n
        return min(pos, n), endpos

    def match(self, string, pos=0, endpos=None):
        pos, endpos = self._bounds(string, pos, endpos)
        return self._try(string, pos, pos, endpos)

    def fullmatch(self, string, pos=0, endpos=None):
        pos, endpos = self._bounds(string, pos, endpos)
        return self._try(string, pos, pos, endpos, full=True)

    def search(self, string, pos=0, endpos=None):
        pos, endpos = self._bounds(string, pos, endpos)
        return self._search(string, pos, pos, endpos, False)

    def _search(self, string, start, pos, endpos, must_advance):
        while start <= endpos:
            m = self._try(string, start, pos, endpos, must_advance)
            if m is not None:
                return m
            must_advance = False
            start += 1
        return None

    def _iter(self, string, pos, endpos):
        start = pos
        must_advance = False
        while start <= endpos:
            m = self._search(string, start, pos, endpos, must_advance)
            if m is None:
                return
            yield m
            start = m.end()
            must_advance = m.end() == m.start()

    def finditer(self, string, pos=0, endpos=None):
        pos, endpos = self._bounds(string, pos, endpos)
        return self._iter(string, pos, endpos)

    def findall(self, string, pos=0, endpos=None):
        pos, endpos = self._bounds(string, pos, endpos)
        result = []
        for m in self._iter(string, pos, endpos):
            if self.groups == 0:
                result.append(m.group(0))
            elif self.groups == 1:
                result.append(m.group(1) or self._empty)
            else:
                result.append(tuple(g or self._empty for g in m.groups()))
        return result

    def subn(self, repl, string, count=0):
        pos, endpos = self._bounds(string, 0, None)
        if callable(repl):
            func = repl
        elif isinstance(repl, (str,) + _BYTES_TYPES):
            if isinstance(repl, str) != (not self._bytes):
                func = lambda m: repl
            elif (b'\\' if self._bytes else '\\') in repl:
                func = lambda m: _expand(m, repl)
            else:
                func = lambda m: repl
        else:
            raise TypeError('decoding to str: need a bytes-like object, ' + type(repl).__name__ + ' found')
        out = []
        last = 0
        n = 0
        for m in self._iter(string, pos, endpos):
            if count and n >= count:
                break
            if last < m.start():
                out.append(string[last:m.start()])
            out.append(func(m))
            last = m.end()
            n += 1
        if last < len(string):
            out.append(string[last:])
        return self._empty.join(out), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def split(self, string, maxsplit=0):
        pos, endpos = self._bounds(string, 0, None)
        out = []
        last = 0
        n = 0
        for m in self._iter(string, pos, endpos):
            if maxsplit and n >= maxsplit:
                break
            out.append(string[last:m.start()])
            out.extend(m.groups())
            last = m.end()
            n += 1
        out.append(string[last:])
        return out

    def scanner(self, string, pos=0, endpos=None):
        raise NotImplementedError('Pattern.scanner')

    def __repr__(self):
        text = repr(self.pattern)
        if len(text) > 200:
            text = text[:200]
        flags = self.flags
        if isinstance(self.pattern, str):
            flags &= ~UNICODE
        if not flags:
            return 're.compile(' + text + ')'
        names = []
        for value, name in _FLAG_NAMES:
            if flags & value:
                names.append('re.' + name)
                flags &= ~value
        if flags:
            names.append(hex(flags))
        return 're.compile(' + text + ', ' + '|'.join(names) + ')'

    def __eq__(self, other):
        return isinstance(other, Pattern) and self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))


Pattern.__module__ = 're'
_cache = {}


def compile(pattern, flags=0):
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError('first argument must be string or compiled pattern')
    key = (type(pattern), pattern, int(flags))
    cached = _cache.get(key)
    if cached is None:
        cached = Pattern(pattern, int(flags))
        if len(_cache) > 512:
            _cache.clear()
        _cache[key] = cached
    return cached


def purge():
    _cache.clear()


def match(pattern, string, flags=0):
    return compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return compile(pattern, flags).finditer(string)


_SPECIAL_CHARS = frozenset('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')


def escape(pattern):
    if isinstance(pattern, str):
        return ''.join('\\' + c if c in _SPECIAL_CHARS else c for c in pattern)
    return escape(str(pattern, 'latin1')).encode('latin1')
)PY";

}  // namespace glasspy
