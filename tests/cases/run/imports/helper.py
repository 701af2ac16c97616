print("helper loading", __name__)
VALUE = 42
def double(x):
    return x * 2
_private = 1
