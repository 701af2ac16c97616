# numbers and keyword from CPython's library.
import keyword
import numbers
from fractions import Fraction

for value in [1, True, 2.5, 1j, Fraction(1, 3), "x"]:
    print(type(value).__name__, [abc.__name__ for abc in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral) if isinstance(value, abc)])

class Money(numbers.Real):
    pass
try:
    Money()
except TypeError as e:
    print("TypeError:", str(e).split(" with ")[0])
numbers.Integral.register(type("MyInt", (), {}))
print(len(keyword.kwlist), keyword.kwlist[:5], keyword.softkwlist)
print(keyword.iskeyword("lambda"), keyword.iskeyword("match"), keyword.issoftkeyword("match"), keyword.iskeyword("print"))
print(issubclass(bool, numbers.Integral), issubclass(float, numbers.Rational), numbers.Complex.__abstractmethods__ >= {"real", "imag"})
