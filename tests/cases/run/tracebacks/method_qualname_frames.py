class Outer:
    class Inner:
        def method(self):
            def local():
                raise KeyError("deep")
            return local()
    def go(self):
        return self.Inner().method()
Outer().go()
