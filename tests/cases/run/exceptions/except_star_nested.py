def fail_many():
    raise ExceptionGroup("outer", [
        ValueError("v1"),
        ExceptionGroup("inner", [TypeError("t1"), ValueError("v2")]),
        OSError("o1"),
    ])
try:
    fail_many()
except* ValueError as eg:
    print("values:", [str(e) for e in eg.exceptions], repr(eg))
except* TypeError as eg:
    print("types:", repr(eg))
except* OSError as eg:
    print("os:", repr(eg))
log = []
try:
    try:
        fail_many()
    except* TypeError:
        log.append("TypeError handled")
except ExceptionGroup as rest:
    log.append(repr(rest))
print(log)
def handler_order():
    result = None
    try:
        raise ExceptionGroup("g", [KeyError(1), KeyError(2)])
    except* LookupError as eg:
        result = ("LookupError got", len(eg.exceptions))
    except* KeyError:
        result = "never"
    return result
print(handler_order())
try:
    try:
        raise ExceptionGroup("g", [ValueError("a")])
    except* ValueError as eg:
        raise eg.exceptions[0]
except ExceptionGroup as e:
    print("wrapped:", repr(e))
except ValueError as e:
    print("bare:", repr(e))
try:
    raise ExceptionGroup("g", [ValueError(1)])
except* ValueError:
    pass
else:
    print("else never runs")
finally:
    print("finally runs")
def in_loop():
    out = []
    for i in range(3):
        try:
            raise ExceptionGroup("g", [ValueError(i)])
        except* ValueError as eg:
            out.append(eg.exceptions[0].args[0])
    return out
print(in_loop())
