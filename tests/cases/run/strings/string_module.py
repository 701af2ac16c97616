# the string module's constants, capwords, Template and Formatter over unicode text
import string
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits, repr(string.whitespace))
print(repr(string.punctuation), len(string.printable), string.ascii_lowercase + string.ascii_uppercase == string.ascii_letters)
print(string.capwords('hello   wörld  ǆungla'), string.capwords('a-b c-d', '-'), repr(string.capwords('  x  ')))
t = string.Template('$who likes ${what}, $$5, é$x')
print(t.substitute(who='Ωmega', what='ñ', x=1), t.safe_substitute(who='me'))
for tmpl, kw in [('$missing', {}), ('${bad', {}), ('$', {}), ('$1', {}), ('ok $a', {'a': '😀'})]:
    try:
        print(string.Template(tmpl).substitute(**kw))
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
print(string.Template('$é').safe_substitute({'é': 1}), string.Template.delimiter, string.Template('$a $b').get_identifiers())
print(string.Template('$a').is_valid(), string.Template('$').is_valid())
f = string.Formatter()
print(f.format('{0:>6}|{x!r}|{y[1]}', 'é', x='ü', y='ab'), list(f.parse('a{0!s:^3}b{{}}')))
print(f.vformat('{} {}', ('a', 'b'), {}), f.convert_field('x', 'r'), f.format_field('é', '*^5'))
try:
    f.format('{0} {}', 1, 2)
except ValueError as e:
    print(type(e).__name__, e)
try:
    f.format('{!z}', 1)
except ValueError as e:
    print(type(e).__name__, e)
class Upper(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
print(Upper().format('{}-{:>4}', 'ab', 'é'))
