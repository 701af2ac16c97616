eg = ExceptionGroup("top", [ValueError(1), ExceptionGroup("sub", [TypeError(2), ValueError(3)]), KeyError(4)])
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
print(repr(eg.subgroup(lambda e: isinstance(e, (TypeError, KeyError)))))
print(eg.subgroup(OSError))
print(eg.split(BaseException)[1])
print(eg.message, len(eg.exceptions), str(eg))
class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + "!", excs)
mg = MyGroup("mine", [ValueError(), KeyError()])
print(repr(mg.subgroup(ValueError)), type(mg.split(KeyError)[0]).__name__)
for bad in [lambda: ExceptionGroup("x", []), lambda: ExceptionGroup("x", [1]), lambda: ExceptionGroup(1, [ValueError()]),
            lambda: ExceptionGroup("x", ValueError())]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
beg = BaseExceptionGroup("b", [KeyboardInterrupt()])
print(type(beg).__name__, type(BaseExceptionGroup("e", [ValueError()])).__name__)
try:
    ExceptionGroup("x", [KeyboardInterrupt()])
except TypeError as e:
    print(e)
