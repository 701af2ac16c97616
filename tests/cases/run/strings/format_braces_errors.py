# brace escaping and parse errors of str.format
def show(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

for t in ['{{', '}}', '{{}}', '{{{}}}', '{{0}}', 'a{{b}}c', '}', '{', 'a}b', 'a{b', '{}}', '{{}', '{0', '{0:', '{0!',
          '{0!r', '{:', '}{', '{}{', '{ {} }', '{{{', '}}}', '{0}}', '{{0}', '{:}}', '{0:>{1}', '{0:{1}}}', '{!}',
          '{:}', '{0[}', '{0.}', '{0]}', '{[}', 'x{', 'x}', '{\n}', '{0!r:', '{:{:{}}}', '{:{}:{}}']:
    show(repr(t), lambda: t.format('A', 3, 'C'))
import string
for t in ['{', '}', 'a{{b', '{0!x}']:
    show('Formatter ' + repr(t), lambda: string.Formatter().format(t, 1))
    show('parser ' + repr(t), lambda: list(t._formatter_parser()))
