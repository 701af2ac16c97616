// See attribute_cache.h.
#include "vm/attribute_cache.h"

#include <cstdlib>

#include "objects/abstract.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/instance_values.h"
#include "objects/str.h"
#include "objects/type.h"
#include "vm/code_object.h"
#include "vm/module_object.h"

namespace glasspy {

namespace {

enum AttrKind : uint8_t {
  kUncached = 0,
  kNoDescriptor,    // the MRO lacks the name: only the instance dict can hold it
  kDataDescriptor,  // __get__ and __set__: it wins over the instance dict
  kPlainClassAttr,  // instance dict first, then the class attribute itself
  kNonDataDescriptor,  // instance dict first, then descr.__get__
  kMethod,          // a method descriptor: LOAD_METHOD can skip binding
};

bool has_generic_getattr(Type* tp) {
  return tp->getattro == generic_getattr || tp->getattro == ModuleType.getattro;
}

bool entry_matches(AttrCacheEntry* e, Type* tp) {
  return e->type == tp && e->version == tp->version_tag && (tp->flags & tpflags::kValidVersionTag);
}

// Looks the name up in the type's MRO and records how to treat it.
void fill(AttrCacheEntry* e, Type* tp, Object* name, bool for_set) {
  e->kind = kUncached;
  if (!is_str_exact(name)) return;
  if (for_set ? tp->setattro != generic_setattr : !has_generic_getattr(tp)) return;
  Object* descr = type_lookup(tp, name);
  if (!(tp->flags & tpflags::kValidVersionTag)) return;
  e->type = tp;
  e->version = tp->version_tag;
  e->descr = descr;
  if (!descr) {
    e->kind = kNoDescriptor;
  } else if (for_set) {
    e->kind = descr->type->descr_set ? kDataDescriptor : kNoDescriptor;
  } else if (descr->type->flags & tpflags::kMethodDescriptor) {
    e->kind = kMethod;
  } else if (descr->type->descr_get) {
    e->kind = descr->type->descr_set ? kDataDescriptor : kNonDataDescriptor;
  } else {
    e->kind = kPlainClassAttr;
  }
}

// The instance dict's value for name: borrowed; null if absent or no dict
// (error_occurred() tells a failed lookup).
Object* instance_dict_value(AttrCacheEntry* e, Object* obj, Object* name) {
  ssize offset = obj->type->dictoffset;
  Object** slot = offset > 0 ? reinterpret_cast<Object**>(reinterpret_cast<char*>(obj) + offset)
                             : object_dict_slot_raw(obj);
  if (!slot || !*slot) return nullptr;
  if (dict_slot_has_values(*slot)) return instance_values_get(obj->type, dict_slot_values(*slot), name, &e->dict_hint);
  return dict_get_item_hinted(*slot, name, &e->dict_hint);
}

Object* call_descr_get(Object* descr, Object* obj, Type* tp) {
  incref(descr);
  Object* r = descr->type->descr_get(descr, obj, tp);
  decref(descr);
  return r;
}

}  // namespace

AttrCacheEntry* attr_cache_entry_slow(CodeObject* co, int offset) {
  if (!co->attr_cache) {
    co->attr_cache = static_cast<AttrCacheEntry*>(
        std::calloc(static_cast<size_t>(co->ninstructions) + 1, sizeof(AttrCacheEntry)));
    if (!co->attr_cache) return nullptr;
  }
  if (offset < 0 || offset >= co->ninstructions) return nullptr;
  return &co->attr_cache[offset];
}

Object* cached_get_attr(AttrCacheEntry* e, Object* obj, Object* name) {
  Type* tp = obj->type;
  if (!e) return get_attr(obj, name);
  if (!entry_matches(e, tp)) fill(e, tp, name, false);
  if (!entry_matches(e, tp)) return get_attr(obj, name);
  switch (e->kind) {
    case kNoDescriptor: {
      Object* v = instance_dict_value(e, obj, name);
      if (v) return newref(v);
      if (error_occurred()) return nullptr;
      break;
    }
    case kDataDescriptor:
      return call_descr_get(e->descr, obj, tp);
    case kPlainClassAttr:
    case kNonDataDescriptor:
    case kMethod: {
      Object* v = instance_dict_value(e, obj, name);
      if (v) return newref(v);
      if (error_occurred()) return nullptr;
      if (e->kind == kPlainClassAttr) return newref(e->descr);
      return call_descr_get(e->descr, obj, tp);
    }
    default:
      break;
  }
  return get_attr(obj, name);
}

int cached_get_method(AttrCacheEntry* e, Object* obj, Object* name, Object** method) {
  Type* tp = obj->type;
  if (e && !entry_matches(e, tp)) fill(e, tp, name, false);
  if (e && entry_matches(e, tp) && e->kind == kMethod) {
    Object* v = instance_dict_value(e, obj, name);
    if (v) {
      *method = newref(v);
      return 0;
    }
    if (error_occurred()) {
      *method = nullptr;
      return 0;
    }
    *method = newref(e->descr);
    return 1;
  }
  if (e && entry_matches(e, tp) && e->kind != kUncached) {
    *method = cached_get_attr(e, obj, name);
    return 0;
  }
  return get_method(obj, name, method);
}

int cached_set_attr(AttrCacheEntry* e, Object* obj, Object* name, Object* value) {
  Type* tp = obj->type;
  if (!e) return set_attr(obj, name, value);
  if (!entry_matches(e, tp)) fill(e, tp, name, true);
  if (!entry_matches(e, tp)) return set_attr(obj, name, value);
  if (e->kind == kDataDescriptor) {
    Object* descr = newref(e->descr);
    int r = descr->type->descr_set(descr, obj, value);
    decref(descr);
    return r;
  }
  if (e->kind == kNoDescriptor) {
    Object** slot = object_dict_slot_raw(obj);
    if (slot && (tp->flags & tpflags::kManagedDict) && (!*slot || dict_slot_has_values(*slot))) {
      const int stored = instance_values_store(tp, slot, name, value, &e->dict_hint);
      if (stored == 0 || stored == -1) return stored;
      // Deleting an absent name, or a name the values cannot hold: the
      // generic path says so or makes the dict.
      return set_attr(obj, name, value);
    }
    if (slot) {
      if (!*slot) {
        *slot = dict_new();
        if (!*slot) return -1;
      }
      Object* dict = newref(*slot);
      int r = dict_set_item_hinted(dict, name, value, &e->dict_hint);
      decref(dict);
      return r;
    }
  }
  return set_attr(obj, name, value);
}

}  // namespace glasspy
