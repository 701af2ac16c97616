def work():
    try:
        raise ValueError("lost in finally")
    finally:
        cleanup()
def cleanup():
    raise RuntimeError("cleanup failed")
work()
