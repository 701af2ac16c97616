# Named exception handlers: the name is deleted when the handler ends.
try:
    risky()
except ValueError as e:
    log(e)
except OSError as err:
    if err.errno:
        raise
    print(err)

def f():
    try:
        g()
    except Exception as exc:
        return exc.args
