// Shared helpers for the object-layer unit tests (tests/unit/objects_*):
// bringing the layer up once, reading the pending exception as
// "TypeError: message", checking that reference counts come back exactly,
// and a native "function" type that binds like a Python function, so that
// classes with special methods can be built without a VM.
#pragma once

#include <gtest/gtest.h>

#include <cstdlib>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "objects/abstract.h"
#include "objects/bytearray.h"
#include "objects/bytes.h"
#include "objects/complex.h"
#include "objects/float.h"
#include "objects/list.h"
#include "objects/call.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/gc.h"
#include "objects/int.h"
#include "objects/method.h"
#include "objects/runtime.h"
#include "objects/slice.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace glasspy::testing {

class ObjectsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { ASSERT_EQ(objects_init(), 0); }
  void TearDown() override {
    if (error_occurred()) {
      ADD_FAILURE() << "an exception was left set: " << take_error();
    }
  }

 public:
  // "TypeError: message" for the pending exception (cleared), or "" if none.
  static std::string take_error() {
    Object* e = fetch_error();
    if (!e) return "";
    std::string out = e->type->name;
    Object* s = object_str(e);
    if (s) {
      std::string text = str_to_std(s);
      if (!text.empty()) out += ": " + text;
      decref(s);
    } else {
      clear_error();
      out += ": <str failed>";
    }
    decref(e);
    return out;
  }
};

inline Object* S(const char* s) { return str_from_cstr(s); }
inline Object* I(int64_t v) { return int_from_i64(v); }

// repr(o) as UTF-8; "<error: ...>" when repr fails.
inline std::string repr_of(Object* o) {
  Object* r = object_repr(o);
  if (!r) return "<error: " + ObjectsTest::take_error() + ">";
  std::string s = str_to_std(r);
  decref(r);
  return s;
}
inline std::string str_of(Object* o) {
  Object* r = object_str(o);
  if (!r) return "<error: " + ObjectsTest::take_error() + ">";
  std::string s = str_to_std(r);
  decref(r);
  return s;
}

// Consumes a new reference: its repr, or the error text if it is null.
inline std::string R(Object* o) {
  if (!o) return "!" + ObjectsTest::take_error();
  std::string s = repr_of(o);
  decref(o);
  return s;
}

// obj.name(args...) with borrowed arguments; new reference or null.
template <class... Args>
Object* callm(Object* obj, const char* name, Args*... args) {
  Object* n = str_intern_cstr(name);
  Object* r = call_method(obj, n, args...);
  decref(n);
  return r;
}

// Checks that the listed objects' counts are the same at scope exit.
class RefcountGuard {
 public:
  explicit RefcountGuard(std::initializer_list<Object*> objects) {
    for (Object* o : objects) saved_.push_back({o, o->refcnt});
  }
  ~RefcountGuard() {
    for (auto& [o, count] : saved_) EXPECT_EQ(o->refcnt, count) << "count changed for " << repr_of(o);
  }

 private:
  std::vector<std::pair<Object*, ssize>> saved_;
};

// A native callable that binds to instances like a Python function.
using NativeFn = std::function<Object*(Object* const* args, ssize nargs)>;

struct TestFunctionObject : Object {
  NativeFn* fn;
  Object* name;
  vectorcallfunc vectorcall;
};

Type& test_function_type();

inline Object* test_function_call(Object* self, Object* const* args, size_t nargsf, Object* kwnames) {
  TestFunctionObject* f = static_cast<TestFunctionObject*>(self);
  return (*f->fn)(args, vectorcall_nargs(nargsf));
}

inline void test_function_dealloc(Object* o) {
  TestFunctionObject* f = static_cast<TestFunctionObject*>(o);
  delete f->fn;
  xdecref(f->name);
  free_object(o);
}

inline Object* test_function_get(Object* self, Object* obj, Object* type) {
  if (!obj || obj == None) return newref(self);
  return method_new(self, obj);
}

inline Object* test_function_qualname(Object* self, void*) {
  return newref(static_cast<TestFunctionObject*>(self)->name);
}

inline Object* test_function_repr(Object* self) {
  return str_from_format("<function %U>", static_cast<TestFunctionObject*>(self)->name);
}

inline GetSetDef test_function_getset[] = {
    {"__qualname__", test_function_qualname},
    {"__name__", test_function_qualname},
    {},
};

inline Type& test_function_type() {
  static Type type{{
      .name = "function",
      .basicsize = sizeof(TestFunctionObject),
      .dealloc = test_function_dealloc,
      .vectorcall_offset = offsetof(TestFunctionObject, vectorcall),
      .repr = test_function_repr,
      .call = vectorcall_with_tuple,
      .getattro = generic_getattr,
      .flags = tpflags::kHaveVectorcall | tpflags::kMethodDescriptor,
      .getset = test_function_getset,
      .descr_get = test_function_get,
  }};
  static bool ready = (type_ready(&type), function_type = &type, true);
  (void)ready;
  return type;
}

// A "function" object (new reference).
inline Object* make_function(const char* name, NativeFn fn) {
  Type& t = test_function_type();
  Object* o = allocate_object(&t, sizeof(TestFunctionObject));
  TestFunctionObject* f = static_cast<TestFunctionObject*>(o);
  f->fn = new NativeFn(std::move(fn));
  f->name = str_from_cstr(name);
  f->vectorcall = test_function_call;
  return o;
}

// class name(*bases): with the given namespace entries (values stolen).
inline Object* make_class(const char* name, std::initializer_list<Object*> bases,
                          std::initializer_list<std::pair<const char*, Object*>> ns,
                          Type* metatype = &TypeType) {
  Object* dict = dict_new();
  Object* module = str_from_cstr("__main__");
  dict_set_item_cstr(dict, "__module__", module);
  decref(module);
  for (auto& [k, v] : ns) {
    dict_set_item_cstr(dict, k, v);
    decref(v);
  }
  Object* bases_tuple = tuple_pack(bases);
  Object* n = str_from_cstr(name);
  Object* args = tuple_pack({n, bases_tuple, dict});
  decref(n);
  decref(bases_tuple);
  decref(dict);
  Object* cls = call(metatype, args, nullptr);
  decref(args);
  return cls;
}

// Frees a class made at run time: classes sit in reference cycles (their
// MRO holds them, their descriptors point back) that only the cycle
// collector, a later stage, can break; tp_clear does what it will do.
inline void destroy_class(Object* cls) {
  if (!cls) return;
  cls->type->clear(cls);
  decref(cls);
}

// Decodes one value of the generated test tables, <tag><length>:<payload>
// (n None, b bool, i int, f float (hex), c complex, s str, y bytes (hex),
// B bytearray (hex), t tuple, l list, I iterator over a list, d dict,
// S slice), from the front of `s`; a new reference.
inline Object* decode_value(std::string_view& s) {
  const char tag = s[0];
  const size_t colon = s.find(':');
  const size_t len = std::strtoul(std::string(s.substr(1, colon - 1)).c_str(), nullptr, 10);
  std::string_view payload = s.substr(colon + 1, len);
  s.remove_prefix(colon + 1 + len);
  switch (tag) {
    case 'n': return newref(None);
    case 'b': return bool_from(payload == "1");
    case 'i': return int_from_text(payload, 10, nullptr);
    case 'f': return float_from_double(std::strtod(std::string(payload).c_str(), nullptr));
    case 'c': {
      Object* re = decode_value(payload);
      Object* im = decode_value(payload);
      Object* c = complex_from_doubles(float_value(re), float_value(im));
      decref(re);
      decref(im);
      return c;
    }
    case 's': return str_from_utf8(payload);
    case 'y':    // bytes, hex digits
    case 'B': {  // bytearray, hex digits
      std::string raw;
      for (size_t i = 0; i + 1 < payload.size(); i += 2)
        raw.push_back(static_cast<char>(std::stoi(std::string(payload.substr(i, 2)), nullptr, 16)));
      if (tag == 'B') return bytearray_from_data(raw.data(), static_cast<ssize>(raw.size()));
      return bytes_from_data(raw.data(), static_cast<ssize>(raw.size()));
    }
    case 'S': {  // slice(start, stop, step)
      Object* start = decode_value(payload);
      Object* stop = decode_value(payload);
      Object* step = decode_value(payload);
      Object* r = slice_new(start, stop, step);
      for (Object* o : {start, stop, step}) decref(o);
      return r;
    }
    case 't':
    case 'l':
    case 'I': {  // tuple, list, iterator over a list
      std::vector<Object*> items;
      while (!payload.empty()) items.push_back(decode_value(payload));
      Object* r = tag == 't' ? tuple_from_array(items.data(), static_cast<ssize>(items.size()))
                             : list_from_array(items.data(), static_cast<ssize>(items.size()));
      for (Object* o : items) decref(o);
      if (tag == 'I') {
        Object* it = get_iter(r);
        decref(r);
        return it;
      }
      return r;
    }
    case 'd': {
      Object* d = dict_new();
      while (!payload.empty()) {
        Object* k = decode_value(payload);
        Object* v = decode_value(payload);
        dict_set_item(d, k, v);
        decref(k);
        decref(v);
      }
      return d;
    }
  }
  ADD_FAILURE() << "bad encoded value " << s;
  return newref(None);
}

inline Object* decode_test_value(const char* text) {
  std::string_view s(text);
  return decode_value(s);
}

}  // namespace glasspy::testing
