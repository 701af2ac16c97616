config = {"db": {"host": "x"}}
def port():
    return config["db"]["port"]
print(port())
