try:
    int("abc")
except ValueError as e:
    e.add_note("while parsing the config")
    e.add_note("line 3")
    raise
