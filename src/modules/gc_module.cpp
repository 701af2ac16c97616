// The `gc` module: the interface of the cycle collector (memory/collector.h).
//
// Argument handling follows CPython's, whose functions mix conventions:
// collect() and get_objects() take an optional keyword `generation`;
// set_threshold() and get_referrers()/get_referents() take a plain tuple
// (no keywords); the rest take no argument or exactly one.  Integers go
// through operator.index and must fit a C int, with CPython's two wordings
// of the overflow (Argument Clinic's and PyArg_ParseTuple's "i").
#include "modules/gc_module.h"

#include <climits>

#include "memory/collector.h"
#include "objects/abstract.h"
#include "objects/call.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/gc.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/module_object.h"

namespace glasspy {

namespace {

// An int argument as Argument Clinic converts it (_PyLong_AsInt).
bool clinic_int(Object* o, int* out) {
  ssize v;
  if (!arg_to_ssize(o, &v)) {
    if (!error_matches(&exc::OverflowError)) return false;
    clear_error();
    v = INT_MAX + ssize(1);
  }
  if (v > INT_MAX || v < INT_MIN) {
    set_error(&exc::OverflowError, "Python int too large to convert to C int");
    return false;
  }
  *out = static_cast<int>(v);
  return true;
}

// An int argument as PyArg_ParseTuple's "i" converts it.
bool tuple_format_int(Object* o, int* out) {
  Object* i = number_index(o);
  if (!i) return false;
  Object* zero = int_from_ssize(0);
  int negative = zero ? rich_compare_bool(i, zero, kLT) : -1;
  xdecref(zero);
  ssize v = negative < 0 ? -1 : int_as_ssize(i);
  decref(i);
  if (negative < 0) return false;
  if ((v == -1 && error_occurred()) || v > INT_MAX || v < INT_MIN) {
    if (error_occurred()) clear_error();
    set_error(&exc::OverflowError,
              negative ? "signed integer is less than minimum" : "signed integer is greater than maximum");
    return false;
  }
  *out = static_cast<int>(v);
  return true;
}

Object* gc_enable(Object*) {
  gc_set_enabled(true);
  return newref(None);
}

Object* gc_disable(Object*) {
  gc_set_enabled(false);
  return newref(None);
}

Object* gc_isenabled(Object*) { return bool_from(gc_enabled()); }

Object* gc_collect_function(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  static ArgParser parser{"collect", {"generation"}, 0, 1};
  Object* out[1];
  if (!parse_args(parser, args, nargs, kwnames, out)) return nullptr;
  int generation = kNumGenerations - 1;
  if (out[0] && !clinic_int(out[0], &generation)) return nullptr;
  if (generation < 0 || generation >= kNumGenerations) {
    set_error(&exc::ValueError, "invalid generation");
    return nullptr;
  }
  return int_from_ssize(gc_collect(generation));
}

Object* gc_set_debug_function(Object*, Object* flags) {
  int value;
  if (!clinic_int(flags, &value)) return nullptr;
  gc_set_debug_flags(value);
  return newref(None);
}

Object* gc_get_debug(Object*) { return int_from_ssize(gc_debug_flags()); }

Object* gc_set_threshold_function(Object*, Object* args, Object* kwargs) {
  if (!check_no_kwargs("set_threshold", kwargs)) return nullptr;
  ssize n = tuple_size(args);
  if (n < 1) {
    format_error(&exc::TypeError, "set_threshold() takes at least 1 argument (%zd given)", n);
    return nullptr;
  }
  if (n > kNumGenerations) {
    format_error(&exc::TypeError, "set_threshold() takes at most 3 arguments (%zd given)", n);
    return nullptr;
  }
  // Each threshold is stored as it is parsed, as PyArg_ParseTuple does.
  for (ssize i = 0; i < n; ++i) {
    int value;
    if (!tuple_format_int(tuple_item(args, i), &value)) return nullptr;
    gc_set_threshold(static_cast<int>(i), value);
  }
  return newref(None);
}

Object* gc_get_threshold(Object*) {
  Object* items[kNumGenerations] = {};
  for (int g = 0; g < kNumGenerations; ++g) items[g] = int_from_ssize(gc_threshold(g));
  Object* t = (items[0] && items[1] && items[2]) ? tuple_pack({items[0], items[1], items[2]}) : nullptr;
  for (Object* o : items) xdecref(o);
  return t;
}

Object* gc_get_count(Object*) {
  // The counts are read before the result is allocated (which counts).
  int counts[kNumGenerations];
  for (int g = 0; g < kNumGenerations; ++g) counts[g] = gc_count(g);
  Object* items[kNumGenerations] = {};
  for (int g = 0; g < kNumGenerations; ++g) items[g] = int_from_ssize(counts[g]);
  Object* t = (items[0] && items[1] && items[2]) ? tuple_pack({items[0], items[1], items[2]}) : nullptr;
  for (Object* o : items) xdecref(o);
  return t;
}

struct CollectInto {
  Object* list;
  bool ok;
};

bool append_tracked(Object* obj, void* ctx) {
  CollectInto* c = static_cast<CollectInto*>(ctx);
  if (obj == c->list) return true;  // the result itself is tracked
  if (list_append(c->list, obj) < 0) {
    c->ok = false;
    return false;
  }
  return true;
}

Object* gc_get_objects(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  static ArgParser parser{"get_objects", {"generation"}, 0, 1};
  Object* out[1];
  if (!parse_args(parser, args, nargs, kwnames, out)) return nullptr;
  ssize generation = -1;
  if (out[0] && out[0] != None) {
    if (!is_int(out[0])) {
      format_error(&exc::TypeError, "argument should be integer or None, not '%.200s'", out[0]->type->name);
      return nullptr;
    }
    generation = number_as_ssize(out[0], &exc::OverflowError);
    if (generation == -1 && error_occurred()) return nullptr;
    if (generation >= kNumGenerations) {
      format_error(&exc::ValueError,
                   "generation parameter must be less than the number of available generations (%i)",
                   kNumGenerations);
      return nullptr;
    }
    if (generation < -1) {
      set_error(&exc::ValueError, "generation parameter cannot be negative");
      return nullptr;
    }
  }
  Object* result = list_new(0);
  if (!result) return nullptr;
  CollectInto c{result, true};
  if (generation >= 0) {
    gc_for_each_tracked(static_cast<int>(generation), append_tracked, &c);
  } else {
    for (int g = 0; g < kNumGenerations && c.ok; ++g) gc_for_each_tracked(g, append_tracked, &c);
  }
  if (!c.ok) {
    decref(result);
    return nullptr;
  }
  return result;
}

Object* gc_get_stats(Object*) {
  // Copied first: building the result may trigger a collection.
  GenerationStats copy[kNumGenerations];
  for (int g = 0; g < kNumGenerations; ++g) copy[g] = gc_stats(g);
  Object* result = list_new(0);
  if (!result) return nullptr;
  for (const GenerationStats& s : copy) {
    Object* d = dict_new();
    if (!d) {
      decref(result);
      return nullptr;
    }
    const struct {
      const char* key;
      ssize value;
    } fields[] = {{"collections", s.collections}, {"collected", s.collected}, {"uncollectable", s.uncollectable}};
    for (const auto& f : fields) {
      Object* v = int_from_ssize(f.value);
      if (!v || dict_set_item_cstr(d, f.key, v) < 0) {
        xdecref(v);
        decref(d);
        decref(result);
        return nullptr;
      }
      decref(v);
    }
    int r = list_append(result, d);
    decref(d);
    if (r < 0) {
      decref(result);
      return nullptr;
    }
  }
  return result;
}

// get_referrers: which tracked objects reference one of `objs`.
struct ReferrersSearch {
  Object* objs;  // the argument tuple
  Object* result;
  bool ok;
};

int visit_is_target(Object* referent, void* arg) {
  Object* objs = static_cast<Object*>(arg);
  for (ssize i = 0; i < tuple_size(objs); ++i) {
    if (tuple_item(objs, i) == referent) return 1;
  }
  return 0;
}

bool check_referrer(Object* obj, void* ctx) {
  ReferrersSearch* s = static_cast<ReferrersSearch*>(ctx);
  if (obj == s->objs || obj == s->result) return true;
  traverseproc traverse = obj->type->traverse;
  if (traverse && traverse(obj, visit_is_target, s->objs)) {
    if (list_append(s->result, obj) < 0) {
      s->ok = false;
      return false;
    }
  }
  return true;
}

Object* gc_get_referrers(Object*, Object* args, Object* kwargs) {
  if (!check_no_kwargs("get_referrers", kwargs)) return nullptr;
  Object* result = list_new(0);
  if (!result) return nullptr;
  ReferrersSearch s{args, result, true};
  for (int g = 0; g < kNumGenerations && s.ok; ++g) gc_for_each_tracked(g, check_referrer, &s);
  if (!s.ok) {
    decref(result);
    return nullptr;
  }
  return result;
}

int visit_append(Object* referent, void* arg) {
  return list_append(static_cast<Object*>(arg), referent) < 0 ? -1 : 0;
}

Object* gc_get_referents(Object*, Object* args, Object* kwargs) {
  if (!check_no_kwargs("get_referents", kwargs)) return nullptr;
  Object* result = list_new(0);
  if (!result) return nullptr;
  for (ssize i = 0; i < tuple_size(args); ++i) {
    Object* obj = tuple_item(args, i);
    if (!object_is_gc(obj)) continue;
    traverseproc traverse = obj->type->traverse;
    if (traverse && traverse(obj, visit_append, result)) {
      decref(result);
      return nullptr;
    }
  }
  return result;
}

Object* gc_is_tracked_function(Object*, Object* obj) {
  return bool_from(object_is_gc(obj) && gc_is_tracked(obj));
}

Object* gc_is_finalized_function(Object*, Object* obj) {
  return bool_from(object_is_gc(obj) && gc_is_finalized(obj));
}

Object* gc_freeze_function(Object*) {
  gc_freeze();
  return newref(None);
}

Object* gc_unfreeze_function(Object*) {
  gc_unfreeze();
  return newref(None);
}

Object* gc_get_freeze_count(Object*) { return int_from_ssize(gc_freeze_count()); }

MethodDef gc_functions[] = {
    MethodDef("enable", static_cast<NoArgsMethod>(gc_enable), "Enable automatic garbage collection."),
    MethodDef("disable", static_cast<NoArgsMethod>(gc_disable), "Disable automatic garbage collection."),
    MethodDef("isenabled", static_cast<NoArgsMethod>(gc_isenabled),
              "Whether automatic garbage collection is enabled."),
    MethodDef("collect", static_cast<FastKeywordsMethod>(gc_collect_function),
              "collect($module, /, generation=2)\n--\n\n"
              "Collect `generation` and the younger ones (all of them by default).\n\n"
              "Returns the number of unreachable objects found."),
    MethodDef("set_debug", static_cast<OneArgMethod>(gc_set_debug_function),
              "set_debug($module, flags, /)\n--\n\n"
              "Set the debugging flags (DEBUG_STATS, DEBUG_COLLECTABLE, DEBUG_UNCOLLECTABLE,\n"
              "DEBUG_SAVEALL, DEBUG_LEAK); the output goes to sys.stderr."),
    MethodDef("get_debug", static_cast<NoArgsMethod>(gc_get_debug), "The debugging flags."),
    MethodDef("get_stats", static_cast<NoArgsMethod>(gc_get_stats),
              "Per generation: the number of collections and of objects collected and\n"
              "found uncollectable."),
    MethodDef("set_threshold", static_cast<VarargsKeywordsMethod>(gc_set_threshold_function),
              "set_threshold(threshold0, [threshold1, threshold2]) -> None\n\n"
              "Set the collection thresholds; a threshold0 of zero turns automatic\n"
              "collection off."),
    MethodDef("get_threshold", static_cast<NoArgsMethod>(gc_get_threshold), "The collection thresholds."),
    MethodDef("get_count", static_cast<NoArgsMethod>(gc_get_count), "The collection counts."),
    MethodDef("get_objects", static_cast<FastKeywordsMethod>(gc_get_objects),
              "get_objects($module, /, generation=None)\n--\n\n"
              "The objects the collector tracks (but the returned list), all of them or\n"
              "those of one generation."),
    MethodDef("get_referrers", static_cast<VarargsKeywordsMethod>(gc_get_referrers),
              "get_referrers(*objs) -> list\n"
              "The tracked objects that refer to one of objs."),
    MethodDef("get_referents", static_cast<VarargsKeywordsMethod>(gc_get_referents),
              "get_referents(*objs) -> list\n"
              "The objects that objs refer to."),
    MethodDef("is_tracked", static_cast<OneArgMethod>(gc_is_tracked_function),
              "is_tracked($module, obj, /)\n--\n\n"
              "Whether the collector tracks obj (atoms are never tracked)."),
    MethodDef("is_finalized", static_cast<OneArgMethod>(gc_is_finalized_function),
              "is_finalized($module, obj, /)\n--\n\n"
              "Whether obj's finalizer has already run."),
    MethodDef("freeze", static_cast<NoArgsMethod>(gc_freeze_function),
              "Move every tracked object to the permanent generation, which collections\n"
              "ignore."),
    MethodDef("unfreeze", static_cast<NoArgsMethod>(gc_unfreeze_function),
              "Move the permanent generation back into the oldest one."),
    MethodDef("get_freeze_count", static_cast<NoArgsMethod>(gc_get_freeze_count),
              "The number of objects in the permanent generation."),
    {},
};

}  // namespace

Object* gc_module_create() {
  Object* m = module_new_cstr("gc");
  if (!m) return nullptr;
  as_module(m)->md_builtin = true;
  if (module_add_functions(m, gc_functions) < 0) {
    decref(m);
    return nullptr;
  }
  Object* doc = str_from_cstr(
      "Interface to the cycle collector, which frees groups of objects that refer\n"
      "to each other but are no longer used.\n");
  bool ok = doc && module_add_object(m, "__doc__", doc) == 0;
  xdecref(doc);
  const struct {
    const char* name;
    int value;
  } constants[] = {{"DEBUG_STATS", gcdebug::kStats},
                   {"DEBUG_COLLECTABLE", gcdebug::kCollectable},
                   {"DEBUG_UNCOLLECTABLE", gcdebug::kUncollectable},
                   {"DEBUG_SAVEALL", gcdebug::kSaveAll},
                   {"DEBUG_LEAK", gcdebug::kLeak}};
  for (const auto& c : constants) {
    Object* v = ok ? int_from_ssize(c.value) : nullptr;
    if (!v || module_add_object(m, c.name, v) < 0) ok = false;
    xdecref(v);
  }
  Object* garbage = gc_garbage_list();
  Object* callbacks = gc_callbacks_list();
  if (!ok || !garbage || !callbacks || module_add_object(m, "garbage", garbage) < 0 ||
      module_add_object(m, "callbacks", callbacks) < 0) {
    decref(m);
    return nullptr;
  }
  return m;
}

}  // namespace glasspy
