class D:
    def __del__(self):
        x = 1
        y = 0
        print(x + x / y)
def helper():
    return {}['k']
class E:
    def __del__(self):
        helper()
d = D()
del d
e = E()
del e
class F:
    def __del__(self):
        try:
            1/0
        except ZeroDivisionError:
            raise ValueError('ctx')
f = F()
del f
print('end')
import sys
def hook(args):
    print('HOOK', args.exc_type.__name__, args.exc_value, args.err_msg, type(args.object).__name__, args.exc_traceback is not None)
    print(type(args).__name__, len(args))
class D:
    def __del__(self):
        raise ValueError('x')
sys.unraisablehook = hook
D()
def bad_hook(args):
    raise KeyError('hook failed')
sys.unraisablehook = bad_hook
D()
sys.unraisablehook = sys.__unraisablehook__
D()
sys.unraisablehook = None
D()
print('done')
class BadStr(Exception):
    def __str__(self):
        raise ValueError('bad str')
print('after del')
class R:
    def __repr__(self):
        return 'R' + 1
try:
    print(R())
except TypeError as e:
    print('caught', e)
def gen():
    try:
        yield 1
    finally:
        raise KeyError('gen finally')
g = gen()
next(g)
del g
print('after gen')
class MyErr(Exception):
    def __init__(self, code):
        super().__init__(f'code {code}')
        self.code = code
try:
    raise MyErr(5)
except MyErr as e:
    print(e, e.code, e.args, repr(e))
e = ValueError('multi\nline')
print(repr(e), str(e))
try:
    raise ExceptionGroup('grp', [ValueError(1), TypeError(2)])
except* ValueError as eg:
    print('vals', eg.exceptions)
except* TypeError as eg:
    print('types', eg.exceptions)
print(BaseExceptionGroup('x', [KeyboardInterrupt()]).__class__.__name__)
raise BadStr()
