d = {"known": 1}
d["unknown key with 'quotes'"]
