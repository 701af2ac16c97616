try:
    raise ExceptionGroup("eg", [ValueError(1)])
except* ValueError:
    raise RuntimeError("handler failed")
