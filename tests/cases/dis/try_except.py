# try / except with several handlers.
try:
    a()
except ValueError:
    b()
except (TypeError, KeyError):
    c()
except:
    d()

def f():
    try:
        return g()
    except Exception:
        return None

def nested():
    try:
        try:
            x()
        except A:
            y()
    except B:
        z()
