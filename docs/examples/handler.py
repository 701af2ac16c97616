def ratio(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return None
