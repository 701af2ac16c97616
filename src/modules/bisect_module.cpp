// `_bisect`: binary search in sorted sequences, behind bisect.py (which
// imports these over its Python versions).
//
// The search reads items with the sequence protocol and compares with `<`
// only, so it works on any sequence and any ordering; the optional key is
// applied to the items read (not to x: for insort the caller's x goes
// through the key once, before the search).
#include "modules/bisect_module.h"
#include "objects/abstract.h"
#include "objects/call.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/known_strings.h"
#include "objects/list.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/type.h"
#include "vm/module_object.h"

namespace glasspy {

namespace {

// The parsed (a, x, lo, hi, key) of the four functions.
struct SearchArgs {
  Object* a;
  Object* x;
  ssize lo;
  ssize hi;  // -1: len(a)
  Object* key;  // null: none
};

bool parse_search_args(const char* fname, Object* const* args, ssize nargs, Object* kwnames, SearchArgs* out) {
  ArgParser parser{fname, {"a", "x", "lo", "hi", "key"}, 2, 4};
  Object* a[5];
  if (!parse_args(parser, args, nargs, kwnames, a)) return false;
  out->a = a[0];
  out->x = a[1];
  out->lo = 0;
  out->hi = -1;
  out->key = a[4] && a[4] != None ? a[4] : nullptr;
  if (a[2] && !arg_to_ssize(a[2], &out->lo)) return false;
  if (a[3] && a[3] != None) {
    if (!has_index(a[3])) {
      format_error(&exc::TypeError, "argument should be integer or None, not '%.200s'", type_name(a[3]->type));
      return false;
    }
    if (!arg_to_ssize(a[3], &out->hi)) return false;
  }
  if (out->lo < 0) {
    set_error(&exc::ValueError, "lo must be non-negative");
    return false;
  }
  if (out->hi == -1) {
    out->hi = object_length(out->a);
    if (out->hi < 0) return false;
  }
  return true;
}

// The insertion point of x in a[lo:hi]: before equal items (left) or after
// them (right).  -1 on error.
ssize search(const SearchArgs& s, Object* x, bool right) {
  ssize lo = s.lo, hi = s.hi;
  while (lo < hi) {
    ssize mid = static_cast<ssize>((static_cast<size_t>(lo) + static_cast<size_t>(hi)) / 2);
    Object* item = sequence_get_item(s.a, mid);
    if (!item) return -1;
    if (s.key) {
      Object* keyed = call_function(s.key, item);
      decref(item);
      if (!keyed) return -1;
      item = keyed;
    }
    int below = right ? rich_compare_bool(x, item, kLT) : rich_compare_bool(item, x, kLT);
    decref(item);
    if (below < 0) return -1;
    if (right ? below : !below) {
      hi = mid;
    } else {
      lo = mid + 1;
    }
  }
  return lo;
}

Object* bisect_common(const char* fname, Object* const* args, ssize nargs, Object* kwnames, bool right) {
  SearchArgs s;
  if (!parse_search_args(fname, args, nargs, kwnames, &s)) return nullptr;
  ssize index = search(s, s.x, right);
  return index < 0 ? nullptr : int_from_ssize(index);
}

Object* insort_common(const char* fname, Object* const* args, ssize nargs, Object* kwnames, bool right) {
  SearchArgs s;
  if (!parse_search_args(fname, args, nargs, kwnames, &s)) return nullptr;
  ssize index;
  if (s.key) {
    ObjRef keyed = ObjRef::steal(call_function(s.key, s.x));
    if (!keyed) return nullptr;
    index = search(s, keyed.get(), right);
  } else {
    index = search(s, s.x, right);
  }
  if (index < 0) return nullptr;
  if (is_list_exact(s.a)) {
    if (list_insert(s.a, index, s.x) < 0) return nullptr;
    return newref(None);
  }
  ObjRef position = ObjRef::steal(int_from_ssize(index));
  if (!position) return nullptr;
  ObjRef insert_name = ObjRef::steal(str_from_cstr("insert"));
  if (!insert_name) return nullptr;
  Object* r = call_method(s.a, insert_name.get(), position.get(), s.x);
  if (!r) return nullptr;
  decref(r);
  return newref(None);
}

Object* bisect_left(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  return bisect_common("bisect_left", args, nargs, kwnames, false);
}
Object* bisect_right(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  return bisect_common("bisect_right", args, nargs, kwnames, true);
}
Object* insort_left(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  return insort_common("insort_left", args, nargs, kwnames, false);
}
Object* insort_right(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  return insort_common("insort_right", args, nargs, kwnames, true);
}

MethodDef bisect_functions[] = {
    MethodDef("bisect_left", static_cast<FastKeywordsMethod>(bisect_left),
              "The index where x would go in sorted a[lo:hi], before any items equal to it."),
    MethodDef("bisect_right", static_cast<FastKeywordsMethod>(bisect_right),
              "The index where x would go in sorted a[lo:hi], after any items equal to it."),
    MethodDef("insort_left", static_cast<FastKeywordsMethod>(insort_left),
              "Inserts x into sorted a, before any items equal to it."),
    MethodDef("insort_right", static_cast<FastKeywordsMethod>(insort_right),
              "Inserts x into sorted a, after any items equal to it."),
    {},
};

}  // namespace

Object* bisect_module_create() {
  Object* m = module_new_cstr("_bisect");
  if (!m) return nullptr;
  as_module(m)->md_builtin = true;
  Object* doc = str_from_cstr("Binary search in sorted sequences, and insertion that keeps them sorted.");
  int ok = doc ? module_add_object(m, "__doc__", doc) : -1;
  xdecref(doc);
  if (ok < 0 || module_add_functions(m, bisect_functions) < 0) {
    decref(m);
    return nullptr;
  }
  return m;
}

}  // namespace glasspy
