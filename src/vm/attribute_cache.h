// Inline caches for LOAD_ATTR, LOAD_METHOD and STORE_ATTR (what CPython
// 3.11's specialized attribute instructions achieve, without rewriting the
// bytecode).
//
// One AttrCacheEntry per instruction remembers, for the last type seen there
// and that type's version tag, what the type's MRO holds under the name and
// so which part of the generic algorithm (object_generic_getattr /
// _PyObject_GetMethod / generic setattr) applies.  The entry is valid only
// while the object's type is that type with that tag: any change to the
// type or to a class in its MRO gives it a new tag, and tags are never
// reused, so `descr` (borrowed from a class dict) is alive while it matches.
// Only types whose attribute access is the generic one (generic_getattr, or
// the module type's, which tries the generic lookup first) are cached; a
// miss in the instance dict takes the generic path, which raises the error.
#pragma once

#include "objects/object.h"
#include "vm/code_object.h"

namespace glasspy {

struct AttrCacheEntry {
  Type* type;
  unsigned int version;
  uint8_t kind;
  uint32_t dict_hint;  // where the instance dict held the name last time (dict_get_item_hinted)
  Object* descr;
};

// The entry of code unit `offset` (null if it cannot be made).
AttrCacheEntry* attr_cache_entry_slow(CodeObject* co, int offset);
inline AttrCacheEntry* attr_cache_entry(CodeObject* co, int offset) {
  if (co->attr_cache && offset >= 0 && offset < co->ninstructions) return co->attr_cache + offset;
  return attr_cache_entry_slow(co, offset);
}

// getattr(obj, name): new reference, or null with an error.
Object* cached_get_attr(AttrCacheEntry* e, Object* obj, Object* name);

// As get_method: 1 with *method the unbound function (obj is its self),
// 0 with *method the attribute (or null with an error).
int cached_get_method(AttrCacheEntry* e, Object* obj, Object* name, Object** method);

// setattr(obj, name, value): 0 or -1.
int cached_set_attr(AttrCacheEntry* e, Object* obj, Object* name, Object* value);

}  // namespace glasspy
