class Config:
    def __init__(self, path):
        self.path = path
        self.data = self.load()
    def load(self):
        with open(self.path) as f:
            return f.read()
Config("/definitely/not/here.cfg")
