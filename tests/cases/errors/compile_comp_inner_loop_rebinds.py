xs = [(y := 1) for x in range(3) for y in range(x)]
