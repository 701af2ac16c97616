import warnings
def old():
    warnings.warn("old is deprecated", DeprecationWarning, stacklevel=2)
    return 1
old()
for i in range(3):
    warnings.warn("loop warning")
warnings.warn("custom", RuntimeWarning)
class MyWarning(UserWarning): pass
warnings.warn(MyWarning("instance warning"))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("recorded 1")
    warnings.warn("recorded 2", FutureWarning)
    print(len(w), [str(x.message) for x in w], [x.category.__name__ for x in w], w[0].lineno)
    print(str(w[0])[:40])
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error")
    except UserWarning as e:
        print("caught", repr(e))
warnings.filterwarnings("ignore", message="ign.*")
warnings.warn("ignore me")
warnings.warn("Ignored too")
warnings.warn("shown")
def fmt(message, category, filename, lineno, line=None):
    return f"FMT {category.__name__}: {message}\n"
warnings.formatwarning = fmt
warnings.warn("formatted")
warnings.formatwarning = warnings._formatwarning_orig
def show(message, category, filename, lineno, file=None, line=None):
    print("SHOW", message, category.__name__, lineno)
warnings.showwarning = show
warnings.warn("showed")
warnings.showwarning = warnings._showwarning_orig
warnings.simplefilter("once")
for i in range(2):
    warnings.warn("once only")
print(warnings.filters[:2])
with warnings.catch_warnings(action="ignore"):
    warnings.warn("suppressed")
print(warnings.formatwarning("m", UserWarning, "f.py", 3, "  code  "))
warnings.resetwarnings()
print(warnings.filters)
import sys
print('__warningregistry__' in globals())
try:
    warnings.warn("x", int)
except TypeError as e:
    print(e)
print("end")
x = 5
print(x is 5)
s = '\d'
print(s)
exec("y = 3 is 3")
def f():
    return '\q'
warnings.simplefilter('error')
try:
    exec("z = 1 is 1")
except SyntaxError as e:
    print('err', e)
warnings.simplefilter('always')
exec("a = 1 is 1")
exec("b = 1 is 1")
warnings.simplefilter('error')
try:
    compile("x = 2 is 2", "fake.py", "exec")
except SyntaxError as e:
    print('SE', e, e.filename, e.lineno)
warnings.simplefilter('ignore')
exec("c = 1 is 1")
print('done')
