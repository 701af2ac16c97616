transforms = [lambda x: x + 1, lambda x: x / 0]
value = 1
for t in transforms:
    value = t(value)
