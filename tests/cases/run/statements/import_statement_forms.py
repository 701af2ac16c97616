import sys
import sys as system
from sys import maxsize, version_info as vi
from sys import (
    platform,
    byteorder,
)
print(system is sys, maxsize == sys.maxsize, vi[0], platform, byteorder)
def local_import():
    import sys as s
    from sys import path
    return s.platform, type(path).__name__
print(local_import())
try:
    import nonexistent_module_xyz
except ModuleNotFoundError as e:
    print(e, e.name)
try:
    from sys import no_such_name
except ImportError as e:
    print(e, e.name)
try:
    import sys.nothing
except ModuleNotFoundError as e:
    print(e)
try:
    exec("from sys import *\ndef f():\n    from sys import *\n")
except SyntaxError as e:
    print(e.msg)
ns = {}
exec("from sys import *", ns)
print("maxsize" in ns, "_getframe" in ns)
try:
    from . import something
except ImportError as e:
    print(type(e).__name__, e)
print(__import__("sys") is sys, __import__("sys", fromlist=["path"]) is sys)
