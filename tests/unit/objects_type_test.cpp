// `type` and `object`: readiness of built-in types, MRO, attribute lookup,
// descriptors, class creation at run time and the slots that connect
// special methods to operators.  Expected values are CPython 3.11's.
#include "objects/builtin_function.h"
#include "objects/classmethod.h"
#include "objects/descriptors.h"
#include "objects/float.h"
#include "objects/list.h"
#include "objects/slots.h"
#include "objects_test_support.h"

namespace glasspy::testing {
namespace {

using ObjectsType = ObjectsTest;

Object* GA(Object* o, const char* name) { return get_attr_cstr(o, name); }

TEST_F(ObjectsType, BuiltinTypeReprAndNames) {
  EXPECT_EQ(repr_of(&IntType), "<class 'int'>");
  EXPECT_EQ(repr_of(&TypeType), "<class 'type'>");
  EXPECT_EQ(R(GA(&IntType, "__name__")), "'int'");
  EXPECT_EQ(R(GA(&IntType, "__qualname__")), "'int'");
  EXPECT_EQ(R(GA(&IntType, "__module__")), "'builtins'");
  EXPECT_EQ(R(GA(&BoolType, "__mro__")), "(<class 'bool'>, <class 'int'>, <class 'object'>)");
  EXPECT_EQ(R(GA(&TypeType, "__mro__")), "(<class 'type'>, <class 'object'>)");
  EXPECT_EQ(R(GA(&BoolType, "__base__")), "<class 'int'>");
  EXPECT_EQ(R(GA(&ObjectType, "__base__")), "None");
  EXPECT_EQ(repr_of(IntType.type), "<class 'type'>");
}

TEST_F(ObjectsType, BuiltinDictOrderAndDescriptors) {
  Object* keys = dict_keys_list(IntType.dict);
  Object* first = list_get_slice(keys, 0, 12);
  EXPECT_EQ(R(first),
            "['__new__', '__repr__', '__hash__', '__getattribute__', '__lt__', '__le__', '__eq__', '__ne__', "
            "'__gt__', '__ge__', '__add__', '__radd__']");
  decref(keys);
  EXPECT_EQ(R(GA(&IntType, "__add__")), "<slot wrapper '__add__' of 'int' objects>");
  EXPECT_EQ(R(GA(&IntType, "bit_length")), "<method 'bit_length' of 'int' objects>");
  EXPECT_EQ(R(dict_get_item_cstr(IntType.dict, "real") ? newref(dict_get_item_cstr(IntType.dict, "real")) : nullptr),
            "<attribute 'real' of 'int' objects>");
  EXPECT_EQ(R(GA(&ObjectType, "__init__")), "<slot wrapper '__init__' of 'object' objects>");
  EXPECT_EQ(R(GA(&TypeType, "__call__")), "<slot wrapper '__call__' of 'type' objects>");
  Object* keys2 = dict_keys_list(ObjectType.dict);
  EXPECT_EQ(R(list_get_slice(keys2, list_size(keys2) - 3, list_size(keys2))), "['__dir__', '__class__', '__doc__']");
  decref(keys2);
  Object* maketrans = dict_get_item_cstr(StrType.dict, "maketrans");
  ASSERT_NE(maketrans, nullptr);
  EXPECT_EQ(maketrans->type, &StaticMethodType);
  std::string r = R(GA(&StrType, "maketrans"));
  EXPECT_EQ(r.rfind("<built-in method maketrans of type object at 0x", 0), 0u) << r;
  r = R(GA(&DictType, "fromkeys"));
  EXPECT_EQ(r.rfind("<built-in method fromkeys of type object at 0x", 0), 0u) << r;
  Object* l = list_new(0);
  r = R(GA(l, "append"));
  EXPECT_EQ(r.rfind("<built-in method append of list object at 0x", 0), 0u) << r;
  decref(l);
  r = R(GA(&IntType, "__new__"));
  EXPECT_EQ(r.rfind("<built-in method __new__ of type object at 0x", 0), 0u) << r;
}

TEST_F(ObjectsType, SlotWrapperCalls) {
  Object* one = I(1);
  Object* two = I(2);
  Object* add = GA(one, "__add__");
  EXPECT_EQ(R(call_function(add, two)), "3");
  EXPECT_EQ(R(GA(add, "__qualname__")), "'int.__add__'");
  EXPECT_EQ(R(call_no_args(add)), "!TypeError: expected 1 argument, got 0");
  EXPECT_EQ(R(call_function(add, one, two)), "!TypeError: expected 1 argument, got 2");
  std::string r = repr_of(add);
  EXPECT_EQ(r.rfind("<method-wrapper '__add__' of int object at 0x", 0), 0u) << r;
  decref(add);
  Object* wrapper = GA(&IntType, "__add__");
  EXPECT_EQ(R(call_function(wrapper, one, two)), "3");
  Object* s = S("a");
  EXPECT_EQ(R(call_function(wrapper, s, one)),
            "!TypeError: descriptor '__add__' requires a 'int' object but received a 'str'");
  EXPECT_EQ(R(call_no_args(wrapper)), "!TypeError: descriptor '__add__' of 'int' object needs an argument");
  decref(wrapper);
  Object* pow = GA(two, "__pow__");
  EXPECT_EQ(R(call_no_args(pow)), "!TypeError:  expected at least 1 argument, got 0");
  EXPECT_EQ(R(call_function(pow, two, two, two)), "!TypeError:  expected at most 2 arguments, got 3");
  EXPECT_EQ(R(call_function(pow, two)), "4");
  decref(pow);
  Object* neg = GA(&IntType, "__neg__");
  EXPECT_EQ(R(call_function(neg, one, two)), "!TypeError: expected 0 arguments, got 1");
  decref(neg);
  Object* setattr = GA(&ObjectType, "__setattr__");
  Object* x = S("x");
  EXPECT_EQ(R(call_function(setattr, &StrType, x, two)), "!TypeError: can't apply this __setattr__ to type object");
  EXPECT_EQ(R(call_function(setattr, one, x, two)), "!AttributeError: 'int' object has no attribute 'x'");
  decref(setattr);
  decref(x);
  decref(s);
  decref(one);
  decref(two);
}

TEST_F(ObjectsType, MethodDescriptorMessages) {
  Object* upper = GA(&StrType, "upper");
  Object* one = I(1);
  EXPECT_EQ(R(call_no_args(upper)), "!TypeError: unbound method str.upper() needs an argument");
  EXPECT_EQ(R(call_function(upper, one)),
            "!TypeError: descriptor 'upper' for 'str' objects doesn't apply to a 'int' object");
  Object* a = S("ab");
  EXPECT_EQ(R(call_function(upper, a)), "'AB'");
  EXPECT_EQ(R(call_function(upper, a, one)), "!TypeError: str.upper() takes no arguments (1 given)");
  decref(upper);
  Object* fromkeys = dict_get_item_cstr(DictType.dict, "fromkeys");
  EXPECT_EQ(repr_of(fromkeys), "<method 'fromkeys' of 'dict' objects>");
  EXPECT_EQ(R(call_function(fromkeys, one)),
            "!TypeError: descriptor 'fromkeys' for type 'dict' needs a type, not a 'int' as arg 2");
  EXPECT_EQ(R(call_function(fromkeys, &IntType, a)),
            "!TypeError: descriptor 'fromkeys' requires a subtype of 'dict' but received 'int'");
  EXPECT_EQ(R(call_function(fromkeys, &DictType, a)), "{'a': None, 'b': None}");
  decref(a);
  decref(one);
}

TEST_F(ObjectsType, AttributeErrors) {
  Object* one = I(1);
  Object* x = S("x");
  Object* r = get_attr(one, x);
  EXPECT_EQ(r, nullptr);
  Object* e = fetch_error();
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(str_of(e), "'int' object has no attribute 'x'");
  EXPECT_EQ(R(GA(e, "name")), "'x'");
  EXPECT_EQ(R(GA(e, "obj")), "1");
  decref(e);
  EXPECT_EQ(R(get_attr(&IntType, x)), "!AttributeError: type object 'int' has no attribute 'x'");
  EXPECT_EQ(set_attr(one, x, one), -1);
  EXPECT_EQ(take_error(), "AttributeError: 'int' object has no attribute 'x'");
  Object* real = S("real");
  EXPECT_EQ(set_attr(one, real, one), -1);
  EXPECT_EQ(take_error(), "AttributeError: attribute 'real' of 'int' objects is not writable");
  EXPECT_EQ(set_attr(&IntType, x, one), -1);
  EXPECT_EQ(take_error(), "TypeError: cannot set 'x' attribute of immutable type 'int'");
  EXPECT_EQ(R(get_attr(one, one)), "!TypeError: attribute name must be string, not 'int'");
  Object* obj = call_no_args(&ObjectType);
  EXPECT_EQ(set_attr(obj, x, one), -1);
  EXPECT_EQ(take_error(), "AttributeError: 'object' object has no attribute 'x'");
  decref(obj);
  decref(real);
  decref(x);
  decref(one);
}

TEST_F(ObjectsType, ObjectConstruction) {
  Object* one = I(1);
  Object* o = call_no_args(&ObjectType);
  std::string r = repr_of(o);
  EXPECT_EQ(r.rfind("<object object at 0x", 0), 0u) << r;
  decref(o);
  EXPECT_EQ(R(call_function(&ObjectType, one)), "!TypeError: object() takes no arguments");
  EXPECT_EQ(R(call_function(&TypeType, one, one)), "!TypeError: type() takes 1 or 3 arguments");
  EXPECT_EQ(R(call_function(&TypeType, one)), "<class 'int'>");
  Object* new_ = GA(&ObjectType, "__new__");
  EXPECT_EQ(R(call_function(new_, &IntType)), "!TypeError: object.__new__(int) is not safe, use int.__new__()");
  decref(new_);
  Object* int_new = GA(&IntType, "__new__");
  EXPECT_EQ(R(call_function(int_new, one)), "!TypeError: int.__new__(X): X is not a type object (int)");
  EXPECT_EQ(R(call_function(int_new, &StrType)), "!TypeError: int.__new__(str): str is not a subtype of int");
  EXPECT_EQ(R(call_function(int_new, &BoolType, one)),
            "!TypeError: int.__new__(bool) is not safe, use bool.__new__()");
  EXPECT_EQ(R(call_function(int_new, &IntType, one)), "1");
  decref(int_new);
  // Types without __new__ cannot be instantiated.
  Object* it = get_iter(empty_tuple());
  EXPECT_EQ(R(call_no_args(it->type)), "!TypeError: cannot create 'tuple_iterator' instances");
  decref(it);
  decref(one);
}

TEST_F(ObjectsType, ClassCreationBasics) {
  Object* A = make_class("A", {}, {});
  ASSERT_NE(A, nullptr) << take_error();
  EXPECT_EQ(repr_of(A), "<class '__main__.A'>");
  EXPECT_EQ(R(dict_keys_list(static_cast<Type*>(A)->dict)), "['__module__', '__dict__', '__weakref__', '__doc__']");
  EXPECT_EQ(R(GA(A, "__doc__")), "None");
  EXPECT_EQ(R(GA(A, "__qualname__")), "'A'");
  Object* a = call_no_args(A);
  ASSERT_NE(a, nullptr);
  std::string r = repr_of(a);
  EXPECT_EQ(r.rfind("<__main__.A object at 0x", 0), 0u) << r;
  Object* x = S("x");
  Object* five = I(5);
  EXPECT_EQ(set_attr(a, x, five), 0);
  EXPECT_EQ(R(get_attr(a, x)), "5");
  EXPECT_EQ(R(GA(a, "__dict__")), "{'x': 5}");
  EXPECT_EQ(del_attr(a, x), 0);
  EXPECT_EQ(del_attr(a, x), -1);
  EXPECT_EQ(take_error(), "AttributeError: 'A' object has no attribute 'x'");
  EXPECT_EQ(R(call_function(A, five)), "!TypeError: A() takes no arguments");
  EXPECT_EQ(R(GA(&IntType, "__subclasses__")) .find("built-in method"), 1u);
  decref(a);
  decref(x);
  decref(five);
  destroy_class(A);
}

TEST_F(ObjectsType, MroDiamondAndErrors) {
  Object* A = make_class("A", {}, {});
  Object* B = make_class("B", {A}, {});
  Object* C = make_class("C", {A}, {});
  Object* D = make_class("D", {B, C}, {});
  ASSERT_NE(D, nullptr) << take_error();
  EXPECT_EQ(R(GA(D, "__mro__")),
            "(<class '__main__.D'>, <class '__main__.B'>, <class '__main__.C'>, <class '__main__.A'>, <class "
            "'object'>)");
  EXPECT_EQ(R(make_class("E", {A, B}, {})),
            "!TypeError: Cannot create a consistent method resolution\norder (MRO) for bases A, B");
  EXPECT_EQ(R(make_class("F", {A, A}, {})), "!TypeError: duplicate base class A");
  EXPECT_EQ(R(make_class("G", {&IntType, &StrType}, {})), "!TypeError: multiple bases have instance lay-out conflict");
  EXPECT_EQ(R(make_class("H", {&BoolType}, {})), "!TypeError: type 'bool' is not an acceptable base type");
  Object* one = I(1);
  EXPECT_EQ(R(make_class("J", {one}, {})),
            "!TypeError: metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of "
            "the metaclasses of all its bases");
  decref(one);
  EXPECT_EQ(object_issubclass(D, A), 1);
  EXPECT_EQ(object_issubclass(A, D), 0);
  Object* subs_name = S("__subclasses__");
  Object* subs = call_method(A, subs_name);
  decref(subs_name);
  EXPECT_EQ(R(subs), "[<class '__main__.B'>, <class '__main__.C'>]");
  destroy_class(D);
  destroy_class(C);
  destroy_class(B);
  destroy_class(A);
}

TEST_F(ObjectsType, SpecialMethodsDriveOperators) {
  // class V: __add__ returns "add", __radd__ "radd", __eq__ compares .v
  Object* V = make_class("V", {},
                         {{"__add__", make_function("__add__", [](Object* const* a, ssize n) { return S("add"); })},
                          {"__radd__", make_function("__radd__", [](Object* const* a, ssize n) { return S("radd"); })},
                          {"__neg__", make_function("__neg__", [](Object* const* a, ssize n) { return S("neg"); })},
                          {"__len__", make_function("__len__", [](Object* const* a, ssize n) { return I(3); })}});
  ASSERT_NE(V, nullptr) << take_error();
  Object* v = call_no_args(V);
  Object* one = I(1);
  EXPECT_EQ(R(number_add(v, one)), "'add'");
  EXPECT_EQ(R(number_add(one, v)), "'radd'");
  EXPECT_EQ(R(number_negative(v)), "'neg'");
  EXPECT_EQ(object_length(v), 3);
  EXPECT_EQ(object_is_true(v), 1);
  EXPECT_EQ(R(number_subtract(v, one)), "!TypeError: unsupported operand type(s) for -: 'V' and 'int'");
  // The slot of a class that does not override stays the base's native one.
  Object* MyInt = make_class("MyInt", {&IntType}, {});
  EXPECT_EQ(static_cast<Type*>(MyInt)->as_number->nb_add, IntType.as_number->nb_add);
  EXPECT_NE(static_cast<Type*>(V)->as_number->nb_add, nullptr);
  Object* mi = call_function(MyInt, one);
  ASSERT_NE(mi, nullptr) << take_error();
  EXPECT_EQ(repr_of(mi), "1");
  EXPECT_EQ(R(number_add(mi, one)), "2");
  EXPECT_EQ(R(GA(mi, "__dict__")), "{}");
  // Setting __add__ on the class later updates the slot.
  Object* name = S("__add__");
  Object* patched = make_function("__add__", [](Object* const* a, ssize n) { return S("patched"); });
  EXPECT_EQ(set_attr(MyInt, name, patched), 0);
  decref(patched);
  EXPECT_EQ(R(number_add(mi, one)), "'patched'");
  EXPECT_EQ(del_attr(MyInt, name), 0);
  EXPECT_EQ(R(number_add(mi, one)), "2");
  decref(name);
  decref(mi);
  destroy_class(MyInt);
  decref(v);
  destroy_class(V);
  decref(one);
}

TEST_F(ObjectsType, ReflectedOperandOfSubclassGoesFirst) {
  Object* calls = list_new(0);
  auto recorder = [calls](const char* tag) {
    return make_function(tag, [calls, tag](Object* const* a, ssize n) {
      Object* s = S(tag);
      list_append(calls, s);
      decref(s);
      return newref(NotImplemented);
    });
  };
  Object* A = make_class("A", {}, {{"__add__", recorder("A.add")}, {"__radd__", recorder("A.radd")}});
  Object* B = make_class("B", {A}, {{"__add__", recorder("B.add")}, {"__radd__", recorder("B.radd")}});
  Object* a = call_no_args(A);
  Object* b = call_no_args(B);
  EXPECT_EQ(R(number_add(a, b)), "!TypeError: unsupported operand type(s) for +: 'A' and 'B'");
  EXPECT_EQ(repr_of(calls), "['B.radd', 'A.add']");
  decref(a);
  decref(b);
  destroy_class(B);
  destroy_class(A);
  decref(calls);
}

TEST_F(ObjectsType, EqWithoutHashIsUnhashable) {
  Object* E = make_class("E", {}, {{"__eq__", make_function("__eq__", [](Object* const* a, ssize n) { return newref(True); })}});
  ASSERT_NE(E, nullptr);
  EXPECT_EQ(R(GA(E, "__hash__")), "None");
  Object* e = call_no_args(E);
  EXPECT_EQ(object_hash(e), -1);
  EXPECT_EQ(take_error(), "TypeError: unhashable type: 'E'");
  EXPECT_EQ(rich_compare_bool(e, None, kEQ), 1);
  EXPECT_EQ(rich_compare_bool(e, None, kNE), 0);  // __ne__ inverts __eq__
  decref(e);
  destroy_class(E);
}

TEST_F(ObjectsType, GetattrHookAndInit) {
  Object* log = list_new(0);
  Object* G = make_class(
      "G", {},
      {{"__getattr__", make_function("__getattr__", [](Object* const* a, ssize n) { return newref(a[1]); })},
       {"__init__", make_function("__init__", [log](Object* const* a, ssize n) {
          list_append(log, a[1]);
          return newref(None);
        })}});
  Object* one = I(1);
  Object* g = call_function(G, one);
  ASSERT_NE(g, nullptr) << take_error();
  EXPECT_EQ(repr_of(log), "[1]");
  EXPECT_EQ(R(GA(g, "missing")), "'missing'");
  Object* b = make_class("Bad", {}, {{"__init__", make_function("__init__", [](Object* const* a, ssize n) { return I(1); })}});
  EXPECT_EQ(R(call_no_args(b)), "!TypeError: __init__() should return None, not 'int'");
  destroy_class(b);
  decref(g);
  destroy_class(G);
  decref(log);
  decref(one);
}

TEST_F(ObjectsType, Slots) {
  Object* sb = S("b");
  Object* sa = S("a");
  Object* names = tuple_pack({sb, sa});
  decref(sb);
  decref(sa);
  Object* Sl = make_class("S", {}, {{"__slots__", names}});
  ASSERT_NE(Sl, nullptr) << take_error();
  EXPECT_EQ(R(GA(Sl, "__basicsize__")), "32");
  EXPECT_EQ(R(dict_keys_list(static_cast<Type*>(Sl)->dict)), "['__module__', '__slots__', 'a', 'b', '__doc__']");
  EXPECT_EQ(R(GA(Sl, "a")), "<member 'a' of 'S' objects>");
  Object* s = call_no_args(Sl);
  EXPECT_EQ(R(GA(s, "a")), "!AttributeError: 'S' object has no attribute 'a'");
  Object* a = S("a");
  Object* seven = I(7);
  EXPECT_EQ(set_attr(s, a, seven), 0);
  EXPECT_EQ(R(get_attr(s, a)), "7");
  EXPECT_EQ(del_attr(s, a), 0);
  EXPECT_EQ(del_attr(s, a), -1);
  EXPECT_EQ(take_error(), "AttributeError: a");
  Object* z = S("z");
  EXPECT_EQ(set_attr(s, z, seven), -1);
  EXPECT_EQ(take_error(), "AttributeError: 'S' object has no attribute 'z'");
  EXPECT_EQ(set_attr(s, a, seven), 0);
  decref(s);  // releases the slot value
  decref(z);
  decref(a);
  decref(seven);
  destroy_class(Sl);
  Object* bad = S("1x");
  EXPECT_EQ(R(make_class("T", {}, {{"__slots__", bad}})), "!TypeError: __slots__ must be identifiers");
  Object* clash = S("x");
  EXPECT_EQ(R(make_class("U", {}, {{"__slots__", clash}, {"x", I(1)}})),
            "!ValueError: 'x' in __slots__ conflicts with class variable");
}

TEST_F(ObjectsType, FinalizerRunsOnce) {
  int* count = new int(0);
  Object* F = make_class("F", {}, {{"__del__", make_function("__del__", [count](Object* const* a, ssize n) {
                                      ++*count;
                                      return newref(None);
                                    })}});
  Object* f = call_no_args(F);
  decref(f);
  EXPECT_EQ(*count, 1);
  destroy_class(F);
  delete count;
}

TEST_F(ObjectsType, RefcountsOfClassMachinery) {
  Object* A = make_class("A", {}, {{"__add__", make_function("__add__", [](Object* const* a, ssize n) { return newref(a[1]); })}});
  Object* a = call_no_args(A);
  Object* one = I(1000);
  {
    RefcountGuard guard({A, a, one});
    for (int k = 0; k < 3; ++k) {
      Object* r = number_add(a, one);
      EXPECT_EQ(r, one);
      decref(r);
      Object* d = GA(a, "__dict__");
      decref(d);
      Object* m = GA(a, "__add__");
      decref(m);
    }
  }
  decref(a);
  // The class itself: our reference, its MRO, its __dict__ and __weakref__
  // descriptors (CPython counts the same).
  EXPECT_EQ(A->refcnt, 4);
  destroy_class(A);
  decref(one);
}

TEST_F(ObjectsType, PropertyAndClassmethod) {
  Object* getter = make_function("x", [](Object* const* a, ssize n) { return I(42); });
  Object* prop = call_function(&PropertyType, getter);
  decref(getter);
  ASSERT_NE(prop, nullptr) << take_error();
  Object* P = make_class("P", {}, {{"x", prop}});
  Object* p = call_no_args(P);
  EXPECT_EQ(R(GA(p, "x")), "42");
  Object* x = S("x");
  Object* one = I(1);
  EXPECT_EQ(set_attr(p, x, one), -1);
  EXPECT_EQ(take_error(), "AttributeError: property 'x' of 'P' object has no setter");
  EXPECT_EQ(del_attr(p, x), -1);
  EXPECT_EQ(take_error(), "AttributeError: property 'x' of 'P' object has no deleter");
  Object* cm_fn = make_function("c", [](Object* const* a, ssize n) { return newref(a[0]); });
  Object* cm = classmethod_new(cm_fn);
  decref(cm_fn);
  Object* cname = S("c");
  EXPECT_EQ(set_attr(P, cname, cm), 0);
  decref(cname);
  decref(cm);
  Object* c = GA(p, "c");
  EXPECT_EQ(R(call_no_args(c)), "<class '__main__.P'>");
  decref(c);
  decref(p);
  destroy_class(P);
  decref(x);
  decref(one);
}

TEST_F(ObjectsType, SuperLookup) {
  Object* A = make_class("A", {}, {{"f", make_function("f", [](Object* const* a, ssize n) { return S("A.f"); })}});
  Object* B = make_class("B", {A}, {{"f", make_function("f", [](Object* const* a, ssize n) { return S("B.f"); })}});
  Object* b = call_no_args(B);
  Object* sup = call_function(&SuperType, B, b);
  ASSERT_NE(sup, nullptr) << take_error();
  Object* f = GA(sup, "f");
  EXPECT_EQ(R(call_no_args(f)), "'A.f'");
  decref(f);
  std::string r = repr_of(sup);
  EXPECT_EQ(r, "<super: <class 'B'>, <B object>>");
  decref(sup);
  Object* one = I(1);
  EXPECT_EQ(R(call_function(&SuperType, B, one)), "!TypeError: super(type, obj): obj must be an instance or subtype of type");
  EXPECT_EQ(R(call_function(&SuperType, one, one)), "!TypeError: super() argument 1 must be a type, not int");
  decref(one);
  decref(b);
  destroy_class(B);
  destroy_class(A);
}

TEST_F(ObjectsType, InitSubclassKeywords) {
  Object* A = make_class("A", {}, {});
  Object* name = S("B");
  Object* bases = tuple_pack({A});
  Object* dict = dict_new();
  Object* args = tuple_pack({name, bases, dict});
  Object* kwds = dict_new();
  dict_set_item_cstr(kwds, "x", None);
  EXPECT_EQ(R(type_call(&TypeType, args, kwds)), "!TypeError: B.__init_subclass__() takes no keyword arguments");
  decref(kwds);
  decref(args);
  decref(dict);
  decref(bases);
  decref(name);
  destroy_class(A);
}

TEST_F(ObjectsType, ClassAssignmentAndNames) {
  Object* A = make_class("A", {}, {});
  Object* B = make_class("B", {}, {});
  Object* x = S("x");
  Object* slots = tuple_pack({x});
  Object* Sl = make_class("S", {}, {{"__slots__", slots}});
  Object* a = call_no_args(A);
  EXPECT_EQ(set_attr_cstr(a, "__class__", B), 0);
  EXPECT_EQ(a->type, static_cast<Type*>(B));
  EXPECT_EQ(set_attr_cstr(a, "__class__", &IntType), -1);
  EXPECT_EQ(take_error(), "TypeError: __class__ assignment only supported for mutable types or ModuleType subclasses");
  Object* s = call_no_args(Sl);
  EXPECT_EQ(set_attr_cstr(s, "__class__", A), -1);
  EXPECT_EQ(take_error(), "TypeError: __class__ assignment: 'A' object layout differs from 'S'");
  Object* five = I(5);
  EXPECT_EQ(set_attr_cstr(A, "__name__", five), -1);
  EXPECT_EQ(take_error(), "TypeError: can only assign string to A.__name__, not 'int'");
  Object* z = S("Z");
  EXPECT_EQ(set_attr_cstr(A, "__name__", z), 0);
  EXPECT_EQ(repr_of(A), "<class '__main__.A'>");
  EXPECT_STREQ(static_cast<Type*>(A)->name, "Z");
  EXPECT_EQ(set_attr_cstr(&IntType, "__name__", z), -1);
  EXPECT_EQ(take_error(), "TypeError: cannot set '__name__' attribute of immutable type 'int'");
  for (Object* o : {a, s, x, slots, five, z}) decref(o);
  destroy_class(Sl);
  destroy_class(B);
  destroy_class(A);
}

TEST_F(ObjectsType, SetNameAndInitSubclass) {
  Object* D = make_class("D", {}, {{"__set_name__", make_function("__set_name__", [](Object* const* a, ssize n) {
                                      set_error(&exc::ValueError, "x");
                                      return static_cast<Object*>(nullptr);
                                    })}});
  Object* d = call_no_args(D);
  Object* C = make_class("C", {}, {{"d", d}});
  EXPECT_EQ(C, nullptr);
  Object* e = fetch_error();
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(repr_of(e->type), "<class 'RuntimeError'>");
  EXPECT_EQ(str_of(e), "Error calling __set_name__ on 'D' instance 'd' in 'C'");
  EXPECT_EQ(R(get_attr_cstr(e, "__cause__")), "ValueError('x')");
  decref(e);
  destroy_class(D);
  // __init_subclass__ as a plain function is made a classmethod.
  Object* seen = list_new(0);
  Object* Base = make_class("Base", {}, {{"__init_subclass__", make_function("__init_subclass__", [seen](Object* const* a, ssize n) {
                                           list_append(seen, a[0]);
                                           return newref(None);
                                         })}});
  test_function_type();  // registers the "function" type
  Object* Sub = make_class("Sub", {Base}, {});
  EXPECT_EQ(list_size(seen), 1);
  EXPECT_EQ(list_item(seen, 0), Sub);
  list_set_slice(seen, 0, 1, nullptr);
  decref(seen);
  destroy_class(Sub);
  destroy_class(Base);
}

TEST_F(ObjectsType, CustomMroIsChecked) {
  Object* meta = make_class("M", {&TypeType},
                            {{"mro", make_function("mro", [](Object* const* a, ssize n) {
                                Object* items[] = {a[0], &IntType, &ObjectType};
                                return list_from_array(items, 3);
                              })}});
  ASSERT_NE(meta, nullptr) << take_error();
  {
    RefcountGuard guard({meta});
    EXPECT_EQ(R(make_class("X", {}, {}, static_cast<Type*>(meta))),
              "!TypeError: mro() returned base with unsuitable layout ('int')");
  }
  // A class of a heap metaclass holds one reference to it, dropped when the
  // class goes away.
  Object* plain_meta = make_class("PM", {&TypeType}, {});
  ssize before = plain_meta->refcnt;
  Object* Y = make_class("Y", {}, {}, static_cast<Type*>(plain_meta));
  ASSERT_NE(Y, nullptr) << take_error();
  EXPECT_EQ(plain_meta->refcnt, before + 1);
  destroy_class(Y);
  EXPECT_EQ(plain_meta->refcnt, before);
  destroy_class(plain_meta);
  destroy_class(meta);
}

}  // namespace
}  // namespace glasspy::testing
