def ok():
    return 1

class K:
    def m(self):
        return 2

return 3
