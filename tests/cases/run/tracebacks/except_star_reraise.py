def tasks():
    raise ExceptionGroup("tasks", [ValueError("bad value"), TypeError("bad type"), KeyError("k")])
try:
    tasks()
except* ValueError as eg:
    print("handled", eg.exceptions)
except* TypeError:
    raise
