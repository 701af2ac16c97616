assert True
assert 1 == 1, "never shown"
try:
    assert False
except AssertionError as e:
    print(repr(e), e.args)
try:
    assert 1 > 2, "custom message"
except AssertionError as e:
    print(repr(e))
try:
    assert [], ["list", "message"]
except AssertionError as e:
    print(e.args)
calls = []
def msg():
    calls.append(1)
    return "lazy"
assert True, msg()
print(calls)
try:
    assert 0, msg()
except AssertionError as e:
    print(e, calls)
print(__debug__)
class Trick:
    def __bool__(self):
        raise ValueError("bool of assert test")
try:
    assert Trick()
except ValueError as e:
    print(e)
import sys
print(sys.flags.optimize)
AssertionError_backup = AssertionError
