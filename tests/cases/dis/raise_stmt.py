# raise in its three forms.
def f(x):
    if x:
        raise
    if x > 1:
        raise ValueError
    raise TypeError('bad') from x

def g():
    raise RuntimeError() from None
