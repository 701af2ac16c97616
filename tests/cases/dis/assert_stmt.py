# assert with and without a message.
assert x
assert x, 'message'
assert x > 0, f'{x} must be positive'
assert not x
assert a and b
def f(v):
    assert isinstance(v, int), v
    return v
