# leading comment

x = 1  # trailing comment


def f():
    # inside
    pass  # after

    # more

    return 1
# final comment
