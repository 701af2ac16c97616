x = 1
if x:
	y = x / 0
