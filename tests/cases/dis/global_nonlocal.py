# global and nonlocal declarations change how names are loaded and stored.
counter = 0
def bump():
    global counter
    counter += 1
    return counter

def outer():
    value = 1
    def inner():
        nonlocal value
        value = value * 2
    inner()
    return value

class C:
    x = 1
    def m(self):
        global x
        x = self
    y = x
