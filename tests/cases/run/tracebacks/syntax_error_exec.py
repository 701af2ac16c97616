exec("x = (1,")
