// object.__reduce_ex__ / __reduce__ / __getstate__ with a stand-in for the
// copyreg module (served through import_module_hook): which copyreg entry
// is used, the (cls, *args) tuple, the state with __dict__ and __slots__
// values, the list/dict item iterators, and CPython's errors.
#include "objects_test_support.h"

namespace glasspy::testing {
namespace {

// A copyreg module: an instance whose attributes are native functions.
Object* fake_copyreg = nullptr;

Object* serve_copyreg(const char* name) {
  if (std::string(name) != "copyreg" || !fake_copyreg)
    return format_error(&exc::ImportError, "No module named '%s'", name);
  return newref(fake_copyreg);
}

// copyreg._slotnames: __slots__ names over the MRO, private names mangled.
Object* slotnames(Object* const* args, ssize) {
  Type* cls = static_cast<Type*>(args[0]);
  Object* names = list_new(0);
  for (ssize i = 0; i < tuple_size(cls->mro); ++i) {
    Type* c = static_cast<Type*>(tuple_item(cls->mro, i));
    Object* slots = dict_get_item_cstr(c->dict, "__slots__");
    if (!slots) continue;
    for (ssize k = 0; k < tuple_size(slots); ++k) {
      Object* name = tuple_item(slots, k);
      std::string text = str_to_std(name);
      if (text == "__dict__" || text == "__weakref__") continue;
      if (text.rfind("__", 0) == 0 && text.substr(text.size() - 2) != "__") {
        std::string mangled = "_" + std::string(c->name) + text;
        Object* m = str_from_utf8(mangled);
        list_append(names, m);
        decref(m);
      } else {
        list_append(names, name);
      }
    }
  }
  if (set_attr_cstr(cls, "__slotnames__", names) < 0) clear_error();
  return names;
}

class ObjectsReduce : public ObjectsTest {
 protected:
  static inline Object* module_class = nullptr;

  static void put(const char* name, NativeFn fn) {
    Object* f = make_function(name, std::move(fn));
    set_attr_cstr(fake_copyreg, name, f);
    decref(f);
  }
  static void SetUpTestSuite() {
    ObjectsTest::SetUpTestSuite();
    module_class = make_class("module", {}, {});
    fake_copyreg = call_no_args(module_class);
    put("__newobj__", [](Object* const*, ssize) { return newref(None); });
    put("__newobj_ex__", [](Object* const*, ssize) { return newref(None); });
    put("_slotnames", slotnames);
    put("_reduce_ex", [](Object* const* a, ssize) {
      Object* tag = S("copyreg._reduce_ex");
      Object* r = tuple_pack({tag, a[0], a[1]});
      decref(tag);
      return r;
    });
    import_module_hook = serve_copyreg;
  }
  static void TearDownTestSuite() {
    import_module_hook = nullptr;
    clear_ref(fake_copyreg);
    destroy_class(module_class);
    module_class = nullptr;
  }
};

std::string reduce_of(Object* obj, int protocol) {
  Object* p = I(protocol);
  std::string r = R(callm(obj, "__reduce_ex__", p));
  decref(p);
  return r;
}

TEST_F(ObjectsReduce, PlainInstances) {
  Object* A = make_class("A", {}, {});
  Object* a = call_no_args(A);
  Object* one = I(1);
  set_attr_cstr(a, "x", one);
  EXPECT_EQ(reduce_of(a, 2), "(<function __newobj__>, (<class '__main__.A'>,), {'x': 1}, None, None)");
  EXPECT_EQ(R(callm(a, "__getstate__")), "{'x': 1}");
  // Protocols 0 and 1 go to copyreg._reduce_ex(self, protocol).
  EXPECT_EQ(reduce_of(a, 1).rfind("('copyreg._reduce_ex', <__main__.A object at ", 0), 0u);
  EXPECT_EQ(R(callm(a, "__reduce__")).substr(0, 23), "('copyreg._reduce_ex', ");
  Object* empty = call_no_args(A);
  EXPECT_EQ(R(callm(empty, "__getstate__")), "None");
  Object* s = S("x");
  EXPECT_EQ(R(callm(a, "__reduce_ex__", s)), "!TypeError: 'str' object cannot be interpreted as an integer");
  EXPECT_EQ(R(callm(a, "__reduce_ex__")), "!TypeError: object.__reduce_ex__() takes exactly one argument (0 given)");
  for (Object* o : {a, one, empty, s}) decref(o);
  destroy_class(A);
}

TEST_F(ObjectsReduce, BuiltinsUseTheirNewArguments) {
  Object* big = int_from_text("1180591620717411303424", 10, nullptr);
  EXPECT_EQ(reduce_of(big, 4), "(<function __newobj__>, (<class 'int'>, 1180591620717411303424), None, None, None)");
  Object* l = list_new(0);
  std::string r = reduce_of(l, 2);
  EXPECT_EQ(r.rfind("(<function __newobj__>, (<class 'list'>,), None, <list_iterator object at ", 0), 0u) << r;
  Object* d = dict_new();
  r = reduce_of(d, 2);
  EXPECT_EQ(r.rfind("(<function __newobj__>, (<class 'dict'>,), None, None, <dict_itemiterator object at ", 0), 0u)
      << r;
  Object* c = complex_from_doubles(1, 2);
  EXPECT_EQ(reduce_of(c, 2), "(<function __newobj__>, (<class 'complex'>, 1.0, 2.0), None, None, None)");
  EXPECT_EQ(reduce_of(None, 2), "(<function __newobj__>, (<class 'NoneType'>,), None, None, None)");
  for (Object* o : {big, l, d, c}) decref(o);
}

TEST_F(ObjectsReduce, SlotsStateAndCaching) {
  Object* p = S("p");
  Object* q = S("__q");
  Object* slots = tuple_pack({p, q});
  Object* Sl = make_class("S", {}, {{"__slots__", slots}});
  Object* s = call_no_args(Sl);
  Object* one = I(1);
  set_attr_cstr(s, "p", one);
  EXPECT_EQ(R(callm(s, "__getstate__")), "(None, {'p': 1})");
  EXPECT_EQ(R(get_attr_cstr(Sl, "__slotnames__")), "['p', '_S__q']");
  EXPECT_EQ(reduce_of(s, 2), "(<function __newobj__>, (<class '__main__.S'>,), (None, {'p': 1}), None, None)");
  for (Object* o : {p, q, s, one}) decref(o);
  destroy_class(Sl);
}

TEST_F(ObjectsReduce, GetnewargsChecksAndOverrides) {
  Object* Bad = make_class("Bad", {}, {{"__getnewargs__", make_function("__getnewargs__", [](Object* const*, ssize) {
                                          return newref(None);
                                        })}});
  Object* b = call_no_args(Bad);
  EXPECT_EQ(reduce_of(b, 2), "!TypeError: __getnewargs__ should return a tuple, not 'NoneType'");
  Object* Ex = make_class("Ex", {}, {{"__getnewargs_ex__", make_function("__getnewargs_ex__", [](Object* const*, ssize) {
                                        Object* one = I(1);
                                        Object* args = tuple_pack({one});
                                        Object* kw = dict_new();
                                        dict_set_item_cstr(kw, "k", one);
                                        Object* r = tuple_pack({args, kw});
                                        for (Object* o : {one, args, kw}) decref(o);
                                        return r;
                                      })}});
  Object* e = call_no_args(Ex);
  EXPECT_EQ(reduce_of(e, 2), "(<function __newobj_ex__>, (<class '__main__.Ex'>, (1,), {'k': 1}), None, None, None)");
  // A class's own __reduce__ wins over object's in __reduce_ex__.
  Object* Own = make_class("Own", {}, {{"__reduce__", make_function("__reduce__", [](Object* const*, ssize) {
                                         return S("mine");
                                       })}});
  Object* o = call_no_args(Own);
  EXPECT_EQ(reduce_of(o, 2), "'mine'");
  for (Object* x : {b, e, o}) decref(x);
  destroy_class(Own);
  destroy_class(Ex);
  destroy_class(Bad);
}

TEST_F(ObjectsReduce, WithoutCopyreg) {
  import_module_hook = nullptr;
  Object* A = make_class("A", {}, {});
  Object* a = call_no_args(A);
  EXPECT_EQ(reduce_of(a, 2), "!ImportError: No module named 'copyreg'");
  decref(a);
  destroy_class(A);
  import_module_hook = serve_copyreg;
}

}  // namespace
}  // namespace glasspy::testing
