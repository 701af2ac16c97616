errors = []
for n in range(3):
    try:
        if n == 1:
            raise KeyError(n)
        raise ValueError(n)
    except Exception as e:
        e.add_note(f"while processing item {n}")
        errors.append(e)
eg = ExceptionGroup("processing failed", errors)
eg.add_note("3 items attempted")
raise eg
