class User:
    @property
    def name(self):
        return self._name.title()
u = User()
print(u.name)
