// functools._lru_cache_wrapper: the memoizing callable behind lru_cache and
// cache (functools.py wraps it with update_wrapper, which fills its
// __dict__: __wrapped__, __name__, __doc__...).
//
// Keys: the positional arguments, then a marker and the keyword pairs, then
// (typed) the types of all the values; a lone int or str argument is its
// own key.  The cache is a dict from key to value (maxsize None) or to a
// link of a circular doubly linked list ordered from least to most recently
// used (maxsize > 0); maxsize 0 caches nothing.
//
// The user function may call the wrapper again, or clear it, before it
// returns.  So after the call the key is looked up again (a nested call
// may have stored it), and links are unlinked from the list before any
// reference is released.
#include "modules/functools_module.h"
#include "modules/native_type_support.h"
#include "objects/abstract.h"
#include "objects/call.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/method.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace glasspy {

namespace {

// ---- list links ------------------------------------------------------------------------

struct LinkObject : Object {
  LinkObject* prev;  // borrowed: the list does not own its links, the dict does
  LinkObject* next;
  hash_t hash;
  Object* key;
  Object* result;
};
using LinkFields = ObjectFields<LinkObject, &LinkObject::key, &LinkObject::result>;

Type LruLinkType{{
    .name = "functools._lru_list_elem",
    .basicsize = sizeof(LinkObject),
    .dealloc = LinkFields::dealloc,
    .flags = tpflags::kHaveGC,
    .traverse = LinkFields::traverse,
    .clear = LinkFields::clear,
}};

// ---- the wrapper ---------------------------------------------------------------------

struct LruCacheObject : Object {
  Object* func;
  Object* cache;  // dict
  Object* cache_info_type;
  Object* dict;   // __dict__
  ssize maxsize;  // -1: unbounded
  bool typed;
  ssize hits;
  ssize misses;
  LinkObject root;  // sentinel of the recency list (never a Python object)
  vectorcallfunc vectorcall;
};
using LruFields = ObjectFields<LruCacheObject, &LruCacheObject::func, &LruCacheObject::cache,
                               &LruCacheObject::cache_info_type, &LruCacheObject::dict>;
LruCacheObject* as_lru(Object* o) { return static_cast<LruCacheObject*>(o); }

// Separates positional arguments from keyword pairs in keys.
Object* keyword_marker() {
  static Object* marker = type_generic_alloc(&ObjectType, 0);
  return marker;
}

Object* make_key(Object* const* args, ssize nargs, Object* kwnames, bool typed) {
  ssize nkw = kwnames ? tuple_size(kwnames) : 0;
  if (!typed && nkw == 0) {
    if (nargs == 1 && (is_str_exact(args[0]) || is_int_exact(args[0]))) return newref(args[0]);
    return tuple_from_array(args, nargs);
  }
  ssize size = nargs + (nkw ? 2 * nkw + 1 : 0) + (typed ? nargs + nkw : 0);
  Object* key = tuple_new(size);
  if (!key) return nullptr;
  ssize k = 0;
  for (ssize i = 0; i < nargs; ++i) tuple_set_item(key, k++, newref(args[i]));
  if (nkw) {
    tuple_set_item(key, k++, newref(keyword_marker()));
    for (ssize i = 0; i < nkw; ++i) {
      tuple_set_item(key, k++, newref(tuple_item(kwnames, i)));
      tuple_set_item(key, k++, newref(args[nargs + i]));
    }
  }
  if (typed) {
    for (ssize i = 0; i < nargs + nkw; ++i) tuple_set_item(key, k++, newref(static_cast<Object*>(args[i]->type)));
  }
  return key;
}

void link_append(LruCacheObject* c, LinkObject* link) {
  LinkObject* last = c->root.prev;
  last->next = link;
  link->prev = last;
  link->next = &c->root;
  c->root.prev = link;
}

void link_unlink(LinkObject* link) {
  link->prev->next = link->next;
  link->next->prev = link->prev;
}

Object* call_function_with(LruCacheObject* c, Object* const* args, size_t nargsf, Object* kwnames) {
  return vectorcall(c->func, args, nargsf, kwnames);
}

Object* lru_vectorcall(Object* self, Object* const* args, size_t nargsf, Object* kwnames) {
  LruCacheObject* c = as_lru(self);
  ssize nargs = vectorcall_nargs(nargsf);
  if (c->maxsize == 0) {
    ++c->misses;
    return call_function_with(c, args, nargsf, kwnames);
  }
  ObjRef key = ObjRef::steal(make_key(args, nargs, kwnames, c->typed));
  if (!key) return nullptr;
  hash_t hash = object_hash(key.get());
  if (hash == -1) return nullptr;
  Object* found = dict_get_item_known_hash(c->cache, key.get(), hash);
  if (found) {
    ++c->hits;
    if (c->maxsize < 0) return newref(found);
    LinkObject* link = static_cast<LinkObject*>(found);
    link_unlink(link);
    link_append(c, link);
    return newref(link->result);
  }
  if (error_occurred()) return nullptr;
  ++c->misses;
  ObjRef result = ObjRef::steal(call_function_with(c, args, nargsf, kwnames));
  if (!result) return nullptr;
  if (c->maxsize < 0) {
    if (dict_set_item_known_hash(c->cache, key.get(), result.get(), hash) < 0) return nullptr;
    return result.release();
  }
  // A nested call may have cached the key meanwhile: keep its link.
  Object* again = dict_get_item_known_hash(c->cache, key.get(), hash);
  if (again) return result.release();
  if (error_occurred()) return nullptr;
  if (dict_size(c->cache) < c->maxsize || c->root.next == &c->root) {
    Object* o = type_generic_alloc(&LruLinkType, 0);
    if (!o) return nullptr;
    LinkObject* link = static_cast<LinkObject*>(o);
    link->hash = hash;
    link->key = newref(key.get());
    link->result = newref(result.get());
    if (dict_set_item_known_hash(c->cache, key.get(), o, hash) < 0) {
      decref(o);
      return nullptr;
    }
    link_append(c, link);
    decref(o);  // the dict holds it
    return result.release();
  }
  // Full: the least recently used link takes the new key and result.
  LinkObject* oldest = c->root.next;
  link_unlink(oldest);
  ObjRef keep_link = ObjRef::borrow(static_cast<Object*>(oldest));
  Object* popped = nullptr;
  if (dict_pop_item(c->cache, oldest->key, &popped) < 0) {
    // The cache changed under us (a __eq__ cleared it); drop the link.
    return nullptr;
  }
  xdecref(popped);
  Object* old_key = oldest->key;
  Object* old_result = oldest->result;
  oldest->hash = hash;
  oldest->key = newref(key.get());
  oldest->result = newref(result.get());
  if (dict_set_item_known_hash(c->cache, key.get(), static_cast<Object*>(oldest), hash) < 0) {
    decref(old_key);
    decref(old_result);
    return nullptr;
  }
  link_append(c, oldest);
  decref(old_key);
  decref(old_result);
  return result.release();
}

void lru_clear_cache(LruCacheObject* c) {
  // Detach the list, then empty the dict (which releases the links).
  c->root.next = c->root.prev = &c->root;
  if (c->cache) dict_clear(c->cache);
}

Object* lru_new(Type* type, Object* args, Object* kwds) {
  static const ArgParser parser{"lru_cache", {"user_function", "maxsize", "typed", "cache_info_type"}, 4, 4};
  Object* a[4];
  if (!parse_args_dict(parser, args, kwds, a)) return nullptr;
  if (!is_callable(a[0])) {
    set_error(&exc::TypeError, "the first argument must be callable");
    return nullptr;
  }
  ssize maxsize;
  if (a[1] == None) {
    maxsize = -1;
  } else if (is_int(a[1])) {
    maxsize = number_as_ssize(a[1], &exc::OverflowError);
    if (maxsize == -1 && error_occurred()) return nullptr;
    if (maxsize < 0) maxsize = 0;
  } else {
    set_error(&exc::TypeError, "maxsize should be integer or None");
    return nullptr;
  }
  int typed = object_is_true(a[2]);
  if (typed < 0) return nullptr;
  ObjRef cache = ObjRef::steal(dict_new());
  if (!cache) return nullptr;
  Object* o = type_generic_alloc(type, 0);
  if (!o) return nullptr;
  LruCacheObject* c = as_lru(o);
  c->func = newref(a[0]);
  c->cache = cache.release();
  c->cache_info_type = newref(a[3]);
  c->maxsize = maxsize;
  c->typed = typed != 0;
  c->root.next = c->root.prev = &c->root;
  c->vectorcall = lru_vectorcall;
  return o;
}

void lru_dealloc(Object* o) {
  gc_untrack(o);
  lru_clear_cache(as_lru(o));
  LruFields::clear(o);
  free_object(o);
}

int lru_tp_clear(Object* o) {
  lru_clear_cache(as_lru(o));
  return LruFields::clear(o);
}

Object* lru_cache_info(Object* self) {
  LruCacheObject* c = as_lru(self);
  ObjRef hits = ObjRef::steal(int_from_ssize(c->hits));
  ObjRef misses = ObjRef::steal(int_from_ssize(c->misses));
  ObjRef maxsize = ObjRef::steal(c->maxsize < 0 ? newref(None) : int_from_ssize(c->maxsize));
  ObjRef currsize = ObjRef::steal(int_from_ssize(dict_size(c->cache)));
  if (!hits || !misses || !maxsize || !currsize) return nullptr;
  return call_function(c->cache_info_type, hits.get(), misses.get(), maxsize.get(), currsize.get());
}

Object* lru_cache_clear(Object* self) {
  LruCacheObject* c = as_lru(self);
  c->hits = c->misses = 0;
  lru_clear_cache(c);
  return newref(None);
}

// Pickled by name, as the function it wraps would be.
Object* lru_reduce(Object* self) { return get_attr_cstr(self, "__qualname__"); }
Object* lru_copy(Object* self) { return newref(self); }
Object* lru_deepcopy(Object* self, Object*) { return newref(self); }

// As a class attribute it binds like a function.
Object* lru_descr_get(Object* self, Object* obj, Object*) {
  if (!obj || obj == None) return newref(self);
  return method_new(self, obj);
}

MethodDef lru_methods[] = {
    MethodDef("cache_info", static_cast<NoArgsMethod>(lru_cache_info),
              "Report cache statistics: (hits, misses, maxsize, currsize)."),
    MethodDef("cache_clear", static_cast<NoArgsMethod>(lru_cache_clear), "Empties the cache and its statistics."),
    MethodDef("__reduce__", static_cast<NoArgsMethod>(lru_reduce), "Pickled by qualified name."),
    MethodDef("__copy__", static_cast<NoArgsMethod>(lru_copy), "The wrapper itself."),
    MethodDef("__deepcopy__", static_cast<OneArgMethod>(lru_deepcopy), "The wrapper itself."),
    {},
};

GetSetDef lru_getset[] = {
    {"__dict__", instance_dict_get, instance_dict_set, nullptr},
    {},
};

}  // namespace

Type LruCacheWrapperType{{
    .name = "functools._lru_cache_wrapper",
    .basicsize = sizeof(LruCacheObject),
    .dealloc = lru_dealloc,
    .vectorcall_offset = offsetof(LruCacheObject, vectorcall),
    .call = vectorcall_with_tuple,
    .getattro = generic_getattr,
    .setattro = generic_setattr,
    .flags = tpflags::kHaveGC | tpflags::kBaseType | tpflags::kHaveVectorcall | tpflags::kMethodDescriptor,
    .doc = "A function wrapped with a cache of its results, by arguments (see functools.lru_cache).",
    .traverse = LruFields::traverse,
    .clear = lru_tp_clear,
    .methods = lru_methods,
    .getset = lru_getset,
    .descr_get = lru_descr_get,
    .dictoffset = offsetof(LruCacheObject, dict),
    .new_ = lru_new,
}};

int lru_cache_types_ready() { return type_ready(&LruLinkType); }

}  // namespace glasspy
