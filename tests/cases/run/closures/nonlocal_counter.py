def make_counter(start=0):
    count = start
    def increment(by=1):
        nonlocal count
        count += by
        return count
    def peek():
        return count
    return increment, peek
inc, peek = make_counter(10)
inc(); inc(5)
print(peek())
inc2, peek2 = make_counter()
inc2()
print(peek(), peek2())
print(inc.__code__.co_freevars, make_counter.__code__.co_cellvars)
print([c.cell_contents for c in inc.__closure__])
def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x
    return middle(), x
print(outer())
