@dec
def f(): pass
@dec1
@dec2(arg)
@a.b.c
@x[0]
@(lambda f: f)
@dec if cond else other
def g(): pass
@dec
class C: pass
@dec
async def h(): pass
class D:
    @property
    def p(self): return 1
    @p.setter
    def p(self, v): pass
    @staticmethod
    @functools.wraps(x)
    def s(): pass
