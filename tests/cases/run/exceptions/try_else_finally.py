def attempt(x):
    log = []
    try:
        log.append("try")
        result = 10 / x
    except ZeroDivisionError as e:
        log.append("except " + str(e))
        result = None
    else:
        log.append("else")
    finally:
        log.append("finally")
    return result, log
print(attempt(2))
print(attempt(0))
def multiple(v):
    try:
        if v == 1:
            raise KeyError(v)
        if v == 2:
            raise IndexError(v)
        if v == 3:
            raise TypeError(v)
        return "none"
    except (KeyError, IndexError) as e:
        return "lookup " + type(e).__name__
    except TypeError:
        return "type"
print([multiple(v) for v in range(4)])
def name_cleared():
    try:
        raise ValueError
    except ValueError as err:
        pass
    try:
        err
    except UnboundLocalError as e:
        return str(e)
print(name_cleared())
def else_exception():
    try:
        pass
    except ValueError:
        return "no"
    else:
        raise KeyError("from else")
try:
    else_exception()
except KeyError as e:
    print("else raised", e)
def finally_raises():
    try:
        raise ValueError("original")
    finally:
        raise KeyError("replacement")
try:
    finally_raises()
except KeyError as e:
    print(repr(e), repr(e.__context__))
def bad_except_clause():
    try:
        raise ValueError
    except "not a class":
        pass
try:
    bad_except_clause()
except TypeError as e:
    print(e)
def tuple_with_bad():
    try:
        raise ValueError
    except (KeyError, 3):
        pass
try:
    tuple_with_bad()
except TypeError as e:
    print(e)
def no_error_bad_clause():
    try:
        return "fine"
    except 5:
        pass
print(no_error_bad_clause())
try:
    raise BaseException("base")
except Exception:
    print("not here")
except BaseException as e:
    print("base caught", e)
