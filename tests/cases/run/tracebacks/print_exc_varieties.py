def f(d):
    return d['a']['b']['c']
try:
    f({'a': {'b': {}}})
except KeyError as e:
    import traceback
    traceback.print_exc()
x = [1, 2, 3]
def g():
    return x[1] + x[5]
try:
    g()
except IndexError:
    import traceback, sys
    traceback.print_exc(file=sys.stdout)
class C:
    def method(self):
        return self.missing_attr.other
def h():
    obj = C()
    result = obj.method(
    )
    return result
try:
    h()
except AttributeError:
    traceback.print_exc()
def long_expr():
    a = 1
    b = 0
    return (a +
            a) / (b *
                  b)
try:
    long_expr()
except ZeroDivisionError:
    traceback.print_exc()
def calls():
    return int('x') if True else None
try:
    calls()
except ValueError:
    traceback.print_exc()
lst = [lambda: 1 / 0]
try:
    lst[0]()
except ZeroDivisionError:
    traceback.print_exc()
try:
    {}.get(1)[2]
except TypeError:
    traceback.print_exc()
def deep(n):
    if n == 0:
        raise RuntimeError('bottom')
    deep(n - 1)
try:
    deep(30)
except RuntimeError:
    traceback.print_exc()
try:
    assert 1 == 2, 'nope'
except AssertionError:
    traceback.print_exc()
print(sum(1 for _ in range(3)))
def gen():
    yield 1
    raise ValueError('in gen')
try:
    list(gen())
except ValueError:
    traceback.print_exc()
try:
    [1/0 for i in range(2)]
except ZeroDivisionError:
    traceback.print_exc()
def kw(a, *, b): pass
try:
    kw(1, 2)
except TypeError:
    traceback.print_exc()
try:
    x = 1 + 'a' * 2 - 3
except TypeError:
    traceback.print_exc()
try:
    print(undefined_name_here)
except NameError:
    traceback.print_exc()
try:
    with open('/nonexistent/file') as fh:
        pass
except FileNotFoundError:
    traceback.print_exc()
def outer():
    def inner():
        raise KeyError('k')
    try:
        inner()
    except KeyError as e:
        raise ValueError('wrapped') from e
try:
    outer()
except ValueError:
    traceback.print_exc()
def ctx():
    try:
        1/0
    except ZeroDivisionError:
        raise TypeError('during')
try:
    ctx()
except TypeError:
    traceback.print_exc()
x = {'key': [1, 2]}
try:
    x['key'][1]['sub']
except TypeError:
    traceback.print_exc()
try:
    a = b = None
    a.b.c = 3
except AttributeError:
    traceback.print_exc()
try:
    (lambda: [][0])()
except IndexError:
    traceback.print_exc()
raise SystemExit('final message')
