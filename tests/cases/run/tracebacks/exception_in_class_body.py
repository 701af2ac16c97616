class Settings:
    debug = True
    level = int("high")
