expr = "1 + [][0]"
eval(expr)
