def a():
    try:
        raise KeyError("original")
    except KeyError:
        try:
            raise TypeError("context of the cause")
        except TypeError as t:
            raise ValueError("final") from OSError("explicit cause")
a()
