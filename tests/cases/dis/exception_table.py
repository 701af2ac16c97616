# Nested handlers produce nested exception-table ranges.
def f():
    try:
        with cm():
            try:
                a()
            except E1:
                b()
            finally:
                c()
    except E2 as e:
        d(e)
    return 1
