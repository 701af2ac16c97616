def ping(n):
    return pong(n + 1)
def pong(n):
    if n > 20:
        return None.attr
    return ping(n)
ping(0)
