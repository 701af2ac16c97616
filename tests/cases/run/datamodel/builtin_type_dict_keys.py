# The own namespace (vars()) of built-in types holds exactly CPython's names, and
# inherited attribute access resolves to the same objects.
import types
for t in (object, type, int, bool, float, complex, str, bytes, bytearray, list, tuple, dict, set,
          frozenset, range, slice, memoryview, property, staticmethod, classmethod, super,
          BaseException, Exception, KeyError, OSError, StopIteration, enumerate, zip, map, filter,
          reversed, types.FunctionType, types.MethodType, types.ModuleType, types.SimpleNamespace,
          types.MappingProxyType, types.GenericAlias, types.UnionType, type(None), type(...),
          type(NotImplemented), types.BuiltinFunctionType, types.WrapperDescriptorType,
          types.MethodWrapperType, types.MethodDescriptorType, types.GetSetDescriptorType,
          types.MemberDescriptorType, types.CellType, type(iter([])), type({}.keys())):
    own = sorted(vars(t))
    print(t.__name__, len(own))
    print("  ", " ".join(own))

# slot wrappers inherited from object are shared, not copied
print(classmethod.__getattribute__ is object.__getattribute__,
      staticmethod.__setattr__ is object.__setattr__,
      types.FunctionType.__delattr__ is object.__delattr__,
      list.__getattribute__ is object.__getattribute__,
      type.__getattribute__ is object.__getattribute__,
      types.ModuleType.__getattribute__ is object.__getattribute__)
print(int.__hash__ is object.__hash__, bool.__add__ is int.__add__, bool.__repr__ is int.__repr__,
      KeyError.__init__ is BaseException.__init__, KeyError.__str__ is BaseException.__str__)

# SimpleNamespace copies and pickles through its __reduce__
import copy, pickle
ns = types.SimpleNamespace(a=1, b=[2])
red = ns.__reduce__()
print(red[0] is types.SimpleNamespace, red[1], red[2], red[2] is ns.__dict__)
c = copy.copy(ns)
d = copy.deepcopy(ns)
print(c, c.b is ns.b, d.b is ns.b, d == ns, pickle.loads(pickle.dumps(ns)))
class Sub(types.SimpleNamespace): pass
s = Sub(x=1)
print(type(copy.copy(s)).__name__, copy.copy(s))
