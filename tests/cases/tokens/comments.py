# first
x = 1  # trailing
    # indented comment
#
#!shebang-like
if x:  # c
    # inside
    y = 2 # c2
# last
