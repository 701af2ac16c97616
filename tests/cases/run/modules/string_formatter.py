# string.Formatter and Template from CPython's string.py on the native
# _string parser.
import string, _string

class Upper(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
print(string.Formatter().format("{0} {x.real} {y[1]:>4} {0!r} {z:{w}}", "a", x=2, y="ab", z=3.14159, w=".2f"))
print(Upper().format("{greeting}, {0}!", "world", greeting="hi"), string.Formatter().vformat("{}{}", (1, 2), {}))
print(list(string.Formatter().parse("a{0!r:>10}b{x.y[1]}c{{}}d}}")))
print(string.Template("$who likes ${what} $$").substitute(who="tim", what="tea"))
print(string.Template("$a $b").safe_substitute(a=1), string.capwords(" hello   world "), string.ascii_letters[:5])
for template in ["{", "}", "a{0!}", "a{0!rr}", "{0[}", "x{0:"]:
    try:
        list(_string.formatter_parser(template))
    except ValueError as e:
        print(repr(template), e)
first, rest = _string.formatter_field_name_split("a.b[0][key].c")
print(first, list(rest), _string.formatter_field_name_split("12.x")[0])
for name in ["a.", "a[", "a[]", "a..b", "a[1]x"]:
    try:
        list(_string.formatter_field_name_split(name)[1])
    except ValueError as e:
        print(repr(name), e)
try:
    string.Formatter().format("{0}")
except IndexError as e:
    print("IndexError", e)
try:
    _string.formatter_parser(5)
except TypeError as e:
    print("TypeError", e)
