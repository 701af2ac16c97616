"""Module docstring."""

def f():
    """Function docstring."""
    return 1

class C:
    """Class docstring."""
    def m(self):
        "method docstring"

def not_doc():
    x = 1
    "just a string"

def folded():
    'not' ' a ' 'docstring' + ''
