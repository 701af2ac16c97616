try:
    raise KeyError("a")
except KeyError:
    raise ValueError("b") from None
