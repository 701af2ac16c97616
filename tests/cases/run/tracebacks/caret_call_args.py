def parse(text):
    return int(text)
values = ["1", "2", "x"]
total = sum(parse(v) for v in values)
