# Method calls use LOAD_METHOD, except on imported modules.
import os
obj.method()
obj.method(1, 2)
obj.method(a=1)
obj.attr.method(x)
obj.method(*args)
obj.method(**kw)
os.path.join('a', 'b')
os.getcwd()
def f(self, items):
    self.helper(items)
    items.append(self.value)
    return ''.join(items)
s = 'x'.upper()
