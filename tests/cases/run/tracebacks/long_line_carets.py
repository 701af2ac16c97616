data = {"alpha": {"beta": {"gamma": [1, 2, 3]}}}
value = data["alpha"]["beta"]["gamma"][1] + data["alpha"]["beta"]["delta"][0] + data["alpha"]["beta"]["gamma"][2]
