# Statements and expressions spread over several lines.
x = (1 +
     2 +
     y)
result = func(
    a,
    b=c,
)
value = obj \
    .method(
        arg) \
    .other
if (a and
        b):
    pass
data = [
    1,
    f(2),
]
