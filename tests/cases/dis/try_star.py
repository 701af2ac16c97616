# except* handlers for exception groups.
try:
    work()
except* ValueError:
    handle_value()
except* TypeError as eg:
    handle_type(eg)

def f():
    try:
        g()
    except* OSError as e:
        log(e)
    else:
        ok()
    finally:
        done()
