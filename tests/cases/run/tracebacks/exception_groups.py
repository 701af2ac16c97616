def inner():
    raise ExceptionGroup("inner group", [ValueError("v1"), TypeError("t1")])
try:
    inner()
except ExceptionGroup as e:
    import traceback
    traceback.print_exc()
try:
    raise ExceptionGroup("outer", [KeyError("k"), ExceptionGroup("nested", [IndexError("i")])])
except* KeyError:
    print("handled key")
