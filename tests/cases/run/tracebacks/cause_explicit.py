class ConfigError(Exception):
    pass
def read(name):
    try:
        return open("/nonexistent/" + name).read()
    except FileNotFoundError as e:
        raise ConfigError(f"cannot read {name}") from e
read("app.cfg")
