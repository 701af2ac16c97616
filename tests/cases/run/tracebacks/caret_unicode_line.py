données = {"clé": 1}
def lire():
    return données["clé"] + données["absente"]
lire()
