x = ²
y = ٣ + 1
z = a·b
w = ²x
v = Ⅷ
　u = 1
t =   1
