try:
    raise ExceptionGroup("first", [ValueError("a")])
except ExceptionGroup as eg:
    raise RuntimeError("after group") from eg
