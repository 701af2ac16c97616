bits = 0b1_
