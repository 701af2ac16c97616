def fail():
    raise ValueError("the whole line is the expression")
fail()
