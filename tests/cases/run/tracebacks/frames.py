def a(): b()
def b(): c()
def c(): raise ValueError("deep")
try:
    a()
except ValueError as e:
    tb = e.__traceback__
    n = 0
    while tb:
        print(tb.tb_frame.f_code.co_name, tb.tb_lineno)
        tb = tb.tb_next
import sys
def frames():
    f = sys._getframe()
    while f:
        print(f.f_code.co_name, f.f_lineno)
        f = f.f_back
frames()
def g():
    raise KeyError("missing")
try:
    g()
except KeyError:
    print(sys.exc_info()[0].__name__)
d = {}
d["x"]["y"] = 1
