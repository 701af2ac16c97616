import helper
print(helper.VALUE, helper.double(4), helper.__name__)
import helper as h
print(h is helper)
from helper import double, VALUE
print(double(VALUE))
from helper import *
print(VALUE)
import pkg
print(pkg.sub.hello())
from pkg.sub import hello
print(hello())
import pkg.sub
print(pkg.sub.__name__)
import sys
print("helper" in sys.modules, type(sys.modules["helper"]))
try:
    import nonexistent
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from helper import nothing
except ImportError as e:
    print(e)
print(sorted(k for k in dir(helper) if not k.startswith("__")))
import badmod
