try:
    e = ValueError("with note")
    e.add_note("first note")
    e.add_note("second\nmultiline")
    raise e
except ValueError as err:
    print(err.__notes__)
    raise
