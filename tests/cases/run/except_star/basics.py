def raise_group():
    raise ExceptionGroup("batch", [ValueError("v1"), TypeError("t1"), ValueError("v2")])
try:
    raise_group()
except* ValueError as eg:
    print("values:", repr(eg), [str(e) for e in eg.exceptions])
except* TypeError as eg:
    print("types:", eg.exceptions)
try:
    try:
        raise_group()
    except* ValueError:
        print("handled values only")
except ExceptionGroup as rest:
    print("remaining:", repr(rest))
try:
    raise KeyError("naked")
except* KeyError as eg:
    print("naked wrapped:", repr(eg), type(eg).__name__)
try:
    raise ExceptionGroup("g", [OSError("o")])
except* (OSError, KeyError) as eg:
    print("tuple match", eg.exceptions)
def nothing_matches():
    try:
        raise ExceptionGroup("g", [ZeroDivisionError()])
    except* KeyError:
        print("no")
try:
    nothing_matches()
except ExceptionGroup as eg:
    print("propagated", eg.exceptions)
try:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        raise KeyError("new in handler")
except (ExceptionGroup, KeyError) as eg:
    print("raised in handler:", repr(eg), repr(eg.__context__))
