import sys
def hook(exc_type, exc, tb):
    depth = 0
    while tb:
        depth += 1
        tb = tb.tb_next
    print(f"custom hook: {exc_type.__name__}: {exc} (depth {depth})", file=sys.stderr)
sys.excepthook = hook
def fail():
    raise LookupError("handled by hook")
print("before")
fail()
