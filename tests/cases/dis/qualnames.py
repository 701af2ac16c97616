# Qualified names of nested functions, classes, lambdas and comprehensions.
def outer():
    def inner():
        class Local:
            def method(self):
                return [lambda: 0 for _ in range(1)]
        return Local
    return inner

class Top:
    def m(self):
        def helper():
            pass
        return helper

def g():
    global Forced
    class Forced:
        pass
