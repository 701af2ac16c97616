class Greeter:
    prefix = "Hi"
    def __init__(self, name):
        self.name = name
    def greet(self, other="world"):
        return f"{self.prefix} {other}, I am {self.name}"
    @classmethod
    def create(cls, name):
        return cls(name)
    @staticmethod
    def shout(text):
        return text.upper()
g = Greeter("ann")
print(g.greet(), Greeter.greet(g, "bob"), getattr(g, "greet")("cy"), Greeter.__dict__["greet"](g))
m = g.greet
print(m("di"), m.__self__.name, m.__func__.__name__)
print(Greeter.create("ed").name, g.create("fay").name, type(g).create("gus").name)
print(Greeter.shout("x"), g.shout("y"), Greeter.__dict__["shout"].__func__("z"))
methods = [g.greet, Greeter.shout, str.upper, "abc".upper, len]
print([methods[0]("q"), methods[1]("q"), methods[2]("q"), methods[3]()], methods[-1]("four"))
print((lambda self: self.name)(g), Greeter.greet.__get__(g)("via __get__"))
print(list(map(Greeter.shout, ["a", "b"])), list(map(str.strip, [" a ", "b "])))
print(sorted(["b", "A", "c"], key=str.lower), max([g, Greeter("zed")], key=lambda x: x.name).name)
call_by_name = {"greet": g.greet, "shout": Greeter.shout}
print(call_by_name["greet"](other="dict"), call_by_name["shout"]("dispatch"))
print(g.__class__.greet(g), super(Greeter, g).__repr__().startswith("<__main__.Greeter"))
