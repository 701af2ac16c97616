# try / finally, including return and break through finally.
try:
    a()
finally:
    cleanup()

def f():
    try:
        return compute()
    finally:
        release()

def g(items):
    for x in items:
        try:
            if x:
                break
            continue
        finally:
            note(x)
