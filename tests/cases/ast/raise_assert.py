raise
raise E
raise E("msg")
raise E from None
raise E from cause
assert x
assert x, "message"
assert (x, y)
assert not x, f"{x}"
