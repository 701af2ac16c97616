// `type` and `object` (see type.h for the model).
//
// Contents, in order: the attribute cache and version tags; type_ready and
// slot inheritance; the MRO (C3); attribute lookup on types and the generic
// instance protocol; the `object` type; instance layout of classes made at
// run time (__dict__, __weakref__, __slots__) and their deallocation; the
// `type` type (getsets, methods, type.__call__, type.__new__).
#include "objects/instance_size.h"
#include "objects/type.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "objects/abstract.h"
#include "objects/builtin_function.h"
#include "objects/call.h"
#include "objects/classmethod.h"
#include "objects/descriptors.h"
#include "objects/dict.h"
#include "objects/instance_values.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/gc.h"
#include "objects/genericalias.h"
#include "objects/hash.h"
#include "objects/int.h"
#include "objects/known_strings.h"
#include "objects/list.h"
#include "objects/mappingproxy.h"
#include "objects/singletons.h"
#include "objects/slots.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "util/unicode.h"
#include "objects/weakref.h"


namespace glasspy {

Type* function_type = nullptr;
Object* (*current_module_name_hook)() = nullptr;
int (*type_new_classcell_hook)(Type* type) = nullptr;

// ---- the attribute cache --------------------------------------------------------
// A global table of (version tag, interned name) -> value found along the MRO
// (borrowed: valid as long as the version tag is).  Names are held strongly,
// as CPython does.

namespace {

constexpr int kCacheSizeExp = 12;
constexpr unsigned kCacheSize = 1u << kCacheSizeExp;
constexpr ssize kCacheMaxNameLength = 100;

struct CacheEntry {
  unsigned int version;
  Object* name;   // strong reference
  Object* value;  // borrowed
};
CacheEntry method_cache[kCacheSize];
unsigned int next_version_tag = 1;
constexpr unsigned int kMaxVersionTag = 0xFFFFFFFFu;

inline unsigned cache_hash(unsigned int version, Object* name) {
  return (version ^ static_cast<unsigned>(as_str(name)->hash)) & (kCacheSize - 1);
}

inline bool cacheable_name(Object* name) {
  return is_str_exact(name) && str_length(name) <= kCacheMaxNameLength;
}

}  // namespace

bool type_assign_version_tag(Type* t) {
  if (t->flags & tpflags::kValidVersionTag) return true;
  if (!(t->flags & tpflags::kReady)) return false;
  if (next_version_tag == kMaxVersionTag) return false;
  // Bases first: a valid tag implies valid tags all the way up.
  if (t->bases) {
    for (ssize i = 0; i < tuple_size(t->bases); ++i) {
      if (!type_assign_version_tag(static_cast<Type*>(tuple_item(t->bases, i)))) return false;
    }
  }
  t->version_tag = next_version_tag++;
  t->flags |= tpflags::kValidVersionTag;
  return true;
}

void type_modified(Type* t) {
  if (!(t->flags & tpflags::kValidVersionTag)) return;
  for (ssize i = 0; i < t->num_subclasses; ++i) type_modified(t->subclasses[i]);
  t->flags &= ~tpflags::kValidVersionTag;
  t->version_tag = 0;
}

// ---- subclass lists ---------------------------------------------------------------

namespace {

void add_subclass(Type* base, Type* sub) {
  if (base->num_subclasses == base->subclasses_capacity) {
    ssize cap = base->subclasses_capacity ? base->subclasses_capacity * 2 : 4;
    Type** items = static_cast<Type**>(std::realloc(base->subclasses, static_cast<size_t>(cap) * sizeof(Type*)));
    if (!items) std::abort();
    base->subclasses = items;
    base->subclasses_capacity = cap;
  }
  base->subclasses[base->num_subclasses++] = sub;
}

void remove_subclass(Type* base, Type* sub) {
  for (ssize i = 0; i < base->num_subclasses; ++i) {
    if (base->subclasses[i] == sub) {
      std::memmove(base->subclasses + i, base->subclasses + i + 1,
                   static_cast<size_t>(base->num_subclasses - i - 1) * sizeof(Type*));
      --base->num_subclasses;
      return;
    }
  }
}

}  // namespace

Object* type_subclasses_list(Type* t) {
  Object* l = list_new(0);
  if (!l) return nullptr;
  for (ssize i = 0; i < t->num_subclasses; ++i) {
    if (list_append(l, t->subclasses[i]) < 0) {
      decref(l);
      return nullptr;
    }
  }
  return l;
}

// ---- subtype check and lookup ---------------------------------------------------------

bool is_subtype(const Type* a, const Type* b) {
  if (a == b) return true;
  Object* mro = a->mro;
  if (mro) {
    ssize n = tuple_size(mro);
    for (ssize i = 0; i < n; ++i)
      if (tuple_item(mro, i) == b) return true;
    return false;
  }
  // Not ready yet: follow the base chain.
  for (const Type* t = a; t; t = t->base)
    if (t == b) return true;
  return b == &ObjectType;
}

namespace {

// Walks the MRO; borrowed result or null.  Errors from the dict lookups
// (impossible for exact str names) are cleared.
Object* find_name_in_mro(Type* t, Object* name) {
  Object* mro = t->mro;
  if (!mro) return nullptr;
  hash_t hash = str_hash(name);
  // The MRO may be changed by a lookup that runs code; hold it.
  incref(mro);
  Object* result = nullptr;
  for (ssize i = 0, n = tuple_size(mro); i < n; ++i) {
    Type* base = static_cast<Type*>(tuple_item(mro, i));
    Object* dict = base->dict;
    if (!dict) continue;
    result = dict_get_item_known_hash(dict, name, hash);
    if (result) break;
    if (error_occurred()) {
      clear_error();
      break;
    }
  }
  decref(mro);
  return result;
}

}  // namespace

Object* type_lookup(Type* t, Object* name) {
  if (cacheable_name(name) && (t->flags & tpflags::kValidVersionTag)) {
    CacheEntry& e = method_cache[cache_hash(t->version_tag, name)];
    if (e.version == t->version_tag && e.name == name) return e.value;
  }
  if (is_str(name)) str_hash(name);
  Object* res = find_name_in_mro(t, name);
  if (cacheable_name(name) && type_assign_version_tag(t)) {
    CacheEntry& e = method_cache[cache_hash(t->version_tag, name)];
    e.version = t->version_tag;
    e.value = res;
    setref(e.name, newref(name));
  }
  return res;
}

Object* type_lookup_cstr(Type* t, const char* name) {
  Object* s = str_intern_cstr(name);
  if (!s) {
    clear_error();
    return nullptr;
  }
  Object* r = type_lookup(t, s);
  decref(s);
  return r;
}

// ---- the MRO ------------------------------------------------------------------------------

namespace {

Object* class_name_of(Object* cls) {
  Object* name;
  if (lookup_attr(cls, ID(dunder_name), &name) <= 0) {
    clear_error();
    return nullptr;
  }
  return name;
}

void set_mro_error(std::vector<Object*>& to_merge, std::vector<ssize>& remain) {
  // The candidates that could not be placed, in a dict to drop duplicates.
  Object* set = dict_new();
  if (!set) return;
  for (size_t i = 0; i < to_merge.size(); ++i) {
    Object* l = to_merge[i];
    if (remain[i] < tuple_size(l)) {
      if (dict_set_item(set, tuple_item(l, remain[i]), None) < 0) {
        decref(set);
        return;
      }
    }
  }
  std::string msg = "Cannot create a consistent method resolution\norder (MRO) for bases";
  ssize pos = 0;
  Object* k;
  ssize n = dict_size(set);
  while (dict_next(set, &pos, &k, nullptr)) {
    Object* name = class_name_of(k);
    msg += " ";
    if (name && is_str(name)) msg += str_to_std(name);
    else msg += "?";
    xdecref(name);
    if (--n) msg += ",";
  }
  decref(set);
  set_error(&exc::TypeError, msg.c_str());
}

bool tail_contains(Object* tuple, ssize whence, Object* o) {
  for (ssize j = whence + 1; j < tuple_size(tuple); ++j)
    if (tuple_item(tuple, j) == o) return true;
  return false;
}

int pmerge(Object* acc, std::vector<Object*>& to_merge) {
  std::vector<ssize> remain(to_merge.size(), 0);
again:
  size_t empty_cnt = 0;
  for (size_t i = 0; i < to_merge.size(); ++i) {
    Object* cur = to_merge[i];
    if (remain[i] >= tuple_size(cur)) {
      ++empty_cnt;
      continue;
    }
    // The head of this list is a candidate unless it is in some tail.
    Object* candidate = tuple_item(cur, remain[i]);
    bool skip = false;
    for (size_t j = 0; j < to_merge.size(); ++j) {
      if (tail_contains(to_merge[j], remain[j], candidate)) {
        skip = true;
        break;
      }
    }
    if (skip) continue;
    if (list_append(acc, candidate) < 0) return -1;
    for (size_t j = 0; j < to_merge.size(); ++j) {
      Object* l = to_merge[j];
      if (remain[j] < tuple_size(l) && tuple_item(l, remain[j]) == candidate) ++remain[j];
    }
    goto again;
  }
  if (empty_cnt != to_merge.size()) {
    set_mro_error(to_merge, remain);
    return -1;
  }
  return 0;
}

// C3 linearization: new tuple or null.
Object* mro_implementation(Type* t) {
  Object* bases = t->bases;
  ssize n = tuple_size(bases);
  for (ssize i = 0; i < n; ++i) {
    Type* base = static_cast<Type*>(tuple_item(bases, i));
    if (!base->mro) {
      return format_error(&exc::TypeError, "Cannot extend an incomplete type '%.100s'", base->name);
    }
  }
  if (n == 1) {
    Object* base_mro = static_cast<Type*>(tuple_item(bases, 0))->mro;
    ssize k = tuple_size(base_mro);
    Object* result = tuple_new(k + 1);
    if (!result) return nullptr;
    tuple_set_item(result, 0, newref(static_cast<Object*>(t)));
    for (ssize i = 0; i < k; ++i) tuple_set_item(result, i + 1, newref(tuple_item(base_mro, i)));
    return result;
  }
  // Duplicate bases are an error of their own.
  for (ssize i = 0; i < n; ++i) {
    Object* o = tuple_item(bases, i);
    for (ssize j = i + 1; j < n; ++j) {
      if (tuple_item(bases, j) == o) {
        Object* name = class_name_of(o);
        if (!name) return format_error(&exc::TypeError, "duplicate base class");
        format_error(&exc::TypeError, "duplicate base class %U", name);
        decref(name);
        return nullptr;
      }
    }
  }
  std::vector<Object*> to_merge;
  for (ssize i = 0; i < n; ++i) to_merge.push_back(static_cast<Type*>(tuple_item(bases, i))->mro);
  to_merge.push_back(bases);
  Object* acc = list_new(0);
  if (!acc) return nullptr;
  if (list_append(acc, t) < 0 || pmerge(acc, to_merge) < 0) {
    decref(acc);
    return nullptr;
  }
  Object* result = list_as_tuple(acc);
  decref(acc);
  return result;
}

// The MRO a metaclass's mro() gives, checked.
Object* mro_invoke(Type* t) {
  bool custom = t->type != &TypeType;
  Object* mro_result;
  if (custom) {
    Object* self = t;
    mro_result = call_special(ID(mro), &self, 1);
  } else {
    mro_result = mro_implementation(t);
  }
  if (!mro_result) return nullptr;
  Object* new_mro = sequence_tuple(mro_result);
  decref(mro_result);
  if (!new_mro) return nullptr;
  if (tuple_size(new_mro) == 0) {
    decref(new_mro);
    set_error(&exc::TypeError, "type MRO must not be empty");
    return nullptr;
  }
  if (custom) {
    // Every entry must be a class whose layout the new type extends.
    Type* solid = solid_base(t);
    for (ssize i = 0; i < tuple_size(new_mro); ++i) {
      Object* o = tuple_item(new_mro, i);
      if (!is_type(o)) {
        format_error(&exc::TypeError, "mro() returned a non-class ('%.500s')", o->type->name);
        decref(new_mro);
        return nullptr;
      }
      if (!is_subtype(solid, solid_base(static_cast<Type*>(o)))) {
        format_error(&exc::TypeError, "mro() returned base with unsuitable layout ('%.500s')",
                     static_cast<Type*>(o)->name);
        decref(new_mro);
        return nullptr;
      }
    }
  }
  return new_mro;
}

int mro_internal(Type* t) {
  Object* new_mro = mro_invoke(t);
  if (!new_mro) return -1;
  Object* old = t->mro;
  t->mro = new_mro;
  type_modified(t);
  xdecref(old);
  return 0;
}

// ---- type_ready ----------------------------------------------------------------------------

// Copies a slot the type lacks from `base` when the base defines it (not
// merely inherits it from its own base), so with multiple inheritance a slot
// comes from the first class in the MRO that defines it.
#define COPYSLOT(SLOT) \
  if (!type->SLOT && base->SLOT && (!basebase || base->SLOT != basebase->SLOT)) type->SLOT = base->SLOT
#define COPYSUB(TABLE, SLOT)                                                       \
  if (!type->TABLE->SLOT && base->TABLE->SLOT &&                                    \
      (!basebase_table || base->TABLE->SLOT != basebase_table->SLOT))                \
  type->TABLE->SLOT = base->TABLE->SLOT

void inherit_special(Type* type, Type* base) {
  // A non-GC type with a GC base becomes GC, taking traverse and clear.
  if (!(type->flags & tpflags::kHaveGC) && (base->flags & tpflags::kHaveGC) && !type->traverse &&
      !type->clear) {
    type->flags |= tpflags::kHaveGC;
    if (!type->traverse) type->traverse = base->traverse;
    if (!type->clear) type->clear = base->clear;
  }
  if (type->basicsize == 0) type->basicsize = base->basicsize;
  if (type->itemsize == 0) type->itemsize = base->itemsize;
  if (type->weaklistoffset == 0) type->weaklistoffset = base->weaklistoffset;
  if (type->dictoffset == 0) type->dictoffset = base->dictoffset;
  type->flags |= base->flags & tpflags::kSubclassBits;
  type->flags |= base->flags & tpflags::kMatchSelf;
  if (!(type->flags & (tpflags::kSequence | tpflags::kMapping)))
    type->flags |= base->flags & (tpflags::kSequence | tpflags::kMapping);
}

void inherit_slots(Type* type, Type* base) {
  Type* basebase = base->base;
  if (type->as_number && base->as_number) {
    NumberMethods* basebase_table = basebase ? basebase->as_number : nullptr;
    COPYSUB(as_number, nb_add);
    COPYSUB(as_number, nb_subtract);
    COPYSUB(as_number, nb_multiply);
    COPYSUB(as_number, nb_remainder);
    COPYSUB(as_number, nb_divmod);
    COPYSUB(as_number, nb_power);
    COPYSUB(as_number, nb_negative);
    COPYSUB(as_number, nb_positive);
    COPYSUB(as_number, nb_absolute);
    COPYSUB(as_number, nb_bool);
    COPYSUB(as_number, nb_invert);
    COPYSUB(as_number, nb_lshift);
    COPYSUB(as_number, nb_rshift);
    COPYSUB(as_number, nb_and);
    COPYSUB(as_number, nb_xor);
    COPYSUB(as_number, nb_or);
    COPYSUB(as_number, nb_int);
    COPYSUB(as_number, nb_float);
    COPYSUB(as_number, nb_inplace_add);
    COPYSUB(as_number, nb_inplace_subtract);
    COPYSUB(as_number, nb_inplace_multiply);
    COPYSUB(as_number, nb_inplace_remainder);
    COPYSUB(as_number, nb_inplace_power);
    COPYSUB(as_number, nb_inplace_lshift);
    COPYSUB(as_number, nb_inplace_rshift);
    COPYSUB(as_number, nb_inplace_and);
    COPYSUB(as_number, nb_inplace_xor);
    COPYSUB(as_number, nb_inplace_or);
    COPYSUB(as_number, nb_true_divide);
    COPYSUB(as_number, nb_floor_divide);
    COPYSUB(as_number, nb_inplace_true_divide);
    COPYSUB(as_number, nb_inplace_floor_divide);
    COPYSUB(as_number, nb_index);
    COPYSUB(as_number, nb_matrix_multiply);
    COPYSUB(as_number, nb_inplace_matrix_multiply);
  }
  if (type->as_async && base->as_async) {
    AsyncMethods* basebase_table = basebase ? basebase->as_async : nullptr;
    COPYSUB(as_async, am_await);
    COPYSUB(as_async, am_aiter);
    COPYSUB(as_async, am_anext);
  }
  if (type->as_sequence && base->as_sequence) {
    SequenceMethods* basebase_table = basebase ? basebase->as_sequence : nullptr;
    COPYSUB(as_sequence, sq_length);
    COPYSUB(as_sequence, sq_concat);
    COPYSUB(as_sequence, sq_repeat);
    COPYSUB(as_sequence, sq_item);
    COPYSUB(as_sequence, sq_ass_item);
    COPYSUB(as_sequence, sq_contains);
    COPYSUB(as_sequence, sq_inplace_concat);
    COPYSUB(as_sequence, sq_inplace_repeat);
  }
  if (type->as_mapping && base->as_mapping) {
    MappingMethods* basebase_table = basebase ? basebase->as_mapping : nullptr;
    COPYSUB(as_mapping, mp_length);
    COPYSUB(as_mapping, mp_subscript);
    COPYSUB(as_mapping, mp_ass_subscript);
  }
  COPYSLOT(dealloc);
  if (!type->getattro) type->getattro = base->getattro;
  if (!type->setattro) type->setattro = base->setattro;
  COPYSLOT(repr);
  COPYSLOT(call);
  COPYSLOT(str);
  // Vectorcall of instances is inherited only by immutable types that do not
  // define __call__ themselves.
  if (!type->call && (base->flags & tpflags::kHaveVectorcall) && (type->flags & tpflags::kImmutableType)) {
    type->flags |= tpflags::kHaveVectorcall;
  }
  // The offset itself is always inherited: PyVectorcall_Call (the base's
  // tp_call) reads it even where the flag is not.
  COPYSLOT(vectorcall_offset);
  // __eq__ and __hash__ go together: both are inherited or neither.
  if (!type->richcompare && !type->hash) {
    bool overrides = false;
    if (type->dict) {
      int r1 = dict_contains(type->dict, ID(dunder_eq));
      int r2 = dict_contains(type->dict, ID(dunder_hash));
      if (r1 < 0 || r2 < 0) clear_error();
      overrides = r1 > 0 || r2 > 0;
    }
    if (!overrides) {
      type->richcompare = base->richcompare;
      type->hash = base->hash;
    }
  }
  COPYSLOT(iter);
  COPYSLOT(iternext);
  COPYSLOT(as_buffer);
  COPYSLOT(descr_get);
  // descr_set goes with descr_get in CPython's table: copied alike.
  COPYSLOT(descr_set);
  COPYSLOT(dictoffset);
  COPYSLOT(init);
  COPYSLOT(finalize);
}

#undef COPYSLOT
#undef COPYSUB

int add_methods(Type* t, MethodDef* defs) {
  for (MethodDef* m = defs; m->name; ++m) {
    Object* name = str_intern_cstr(m->name);
    if (!name) return -1;
    int present = dict_contains(t->dict, name);
    if (present < 0) {
      decref(name);
      return -1;
    }
    if (present && !m->coexist) {
      decref(name);
      continue;
    }
    Object* descr;
    if (m->binding == Binding::kClass) {
      descr = classmethod_descr_new(t, m);
    } else if (m->binding == Binding::kStatic) {
      Object* f = builtin_function_new(m, t, nullptr);
      descr = f ? staticmethod_new(f) : nullptr;
      xdecref(f);
    } else {
      descr = method_descr_new(t, m);
    }
    if (!descr) {
      decref(name);
      return -1;
    }
    int r = dict_set_item(t->dict, name, descr);
    decref(descr);
    decref(name);
    if (r < 0) return -1;
  }
  return 0;
}

int add_members(Type* t, MemberDef* defs) {
  for (MemberDef* m = defs; m->name; ++m) {
    Object* name = str_intern_cstr(m->name);
    if (!name) return -1;
    int present = dict_contains(t->dict, name);
    if (present) {
      decref(name);
      if (present < 0) return -1;
      continue;
    }
    Object* descr = member_descr_new(t, m);
    int r = descr ? dict_set_item(t->dict, name, descr) : -1;
    xdecref(descr);
    decref(name);
    if (r < 0) return -1;
  }
  return 0;
}

int add_getset(Type* t, GetSetDef* defs) {
  for (GetSetDef* g = defs; g->name; ++g) {
    Object* name = str_intern_cstr(g->name);
    if (!name) return -1;
    int present = dict_contains(t->dict, name);
    if (present) {
      decref(name);
      if (present < 0) return -1;
      continue;
    }
    Object* descr = getset_descr_new(t, g);
    int r = descr ? dict_set_item(t->dict, name, descr) : -1;
    xdecref(descr);
    decref(name);
    if (r < 0) return -1;
  }
  return 0;
}

// A static type's __doc__: its doc without a leading "name(signature)\n--\n\n".
const char* doc_without_signature(const char* doc) {
  if (!doc) return nullptr;
  const char* marker = std::strstr(doc, ")\n--\n\n");
  if (marker && std::strchr(doc, '(') && std::strchr(doc, '(') < marker && !std::memchr(doc, '\n', static_cast<size_t>(marker - doc))) {
    return marker + 6;
  }
  return doc;
}

}  // namespace

int type_ready(Type* t) {
  // A type whose readying is under way (a metaclass's mro() looking at the
  // class, say) already has its dict: lookups proceed as on a ready type.
  if (t->flags & (tpflags::kReady | tpflags::kReadying)) return 0;
  t->flags |= tpflags::kReadying;
  // Built-in types cannot be changed from Python.
  if (!(t->flags & tpflags::kHeapType)) t->flags |= tpflags::kImmutableType;
  if (!t->base && t != &ObjectType) t->base = &ObjectType;
  Type* base = t->base;
  if (base && !(base->flags & tpflags::kReady) && type_ready(base) < 0) return -1;
  if (!t->type && base) t->type = base->type;
  if (!t->bases) {
    t->bases = base ? tuple_pack({base}) : newref(empty_tuple());
    if (!t->bases) return -1;
  }
  if (!t->dict) {
    t->dict = dict_new();
    if (!t->dict) return -1;
  }
  // Inherit GC-ness and layout first: the MRO code may allocate.
  if (base) inherit_special(t, base);
  if (mro_internal(t) < 0) return -1;
  // tp_new: a static type deriving directly from object without a __new__
  // cannot be instantiated.
  if (!(t->flags & tpflags::kHeapType) && base == &ObjectType && !t->new_)
    t->flags |= tpflags::kDisallowInstantiation;
  if (!(t->flags & tpflags::kDisallowInstantiation)) {
    if (t->new_) {
      if (dict_contains(t->dict, ID(dunder_new)) == 0) {
        Object* w = tp_new_wrapper_make(t);
        if (!w || dict_set_item(t->dict, ID(dunder_new), w) < 0) {
          xdecref(w);
          return -1;
        }
        decref(w);
      }
    } else if (base) {
      t->new_ = base->new_;
    }
  } else {
    t->new_ = nullptr;
  }
  // __dict__ contents: slot wrappers, then methods, members, getsets, __doc__.
  if (!(t->flags & tpflags::kHeapType)) {
    if (add_slot_wrappers(t) < 0) return -1;
    if (t->methods && add_methods(t, t->methods) < 0) return -1;
    if (t->members && add_members(t, t->members) < 0) return -1;
    if (t->getset && add_getset(t, t->getset) < 0) return -1;
  } else {
    if (t->methods && add_methods(t, t->methods) < 0) return -1;
    if (t->members && add_members(t, t->members) < 0) return -1;
    if (t->getset && add_getset(t, t->getset) < 0) return -1;
  }
  if (dict_contains(t->dict, ID(dunder_doc)) == 0) {
    const char* doc = doc_without_signature(t->doc);
    Object* d = doc ? str_from_cstr(doc) : newref(None);
    if (!d || dict_set_item(t->dict, ID(dunder_doc), d) < 0) {
      xdecref(d);
      return -1;
    }
    decref(d);
  }
  // Slots from every base along the MRO.
  Object* mro = t->mro;
  for (ssize i = 1; i < tuple_size(mro); ++i) {
    Type* b = static_cast<Type*>(tuple_item(mro, i));
    inherit_slots(t, b);
  }
  // Static types share their base's method tables when they have none.
  if (base) {
    if (!t->as_async) t->as_async = base->as_async;
    if (!t->as_number) t->as_number = base->as_number;
    if (!t->as_sequence) t->as_sequence = base->as_sequence;
    if (!t->as_mapping) t->as_mapping = base->as_mapping;
  }
  // No hash at all: unhashable, with __hash__ = None.
  if (!t->hash) {
    if (dict_contains(t->dict, ID(dunder_hash)) == 0) {
      if (dict_set_item(t->dict, ID(dunder_hash), None) < 0) return -1;
      t->hash = hash_not_implemented;
    }
  }
  for (ssize i = 0; i < tuple_size(t->bases); ++i) add_subclass(static_cast<Type*>(tuple_item(t->bases, i)), t);
  t->flags = (t->flags & ~tpflags::kReadying) | tpflags::kReady;
  return 0;
}

// ---- generic attribute access -----------------------------------------------------------

Object** object_dict_slot_raw(Object* obj) {
  Type* t = obj->type;
  ssize offset = t->dictoffset;
  if (offset == 0) return nullptr;
  if (offset < 0) {
    // Var-sized objects keep it after their items.
    ssize tsize = static_cast<VarObject*>(obj)->size;
    if (tsize < 0) tsize = -tsize;
    size_t size = static_cast<size_t>(t->basicsize + tsize * t->itemsize);
    size = (size + sizeof(void*) - 1) & ~(sizeof(void*) - 1);
    offset += static_cast<ssize>(size);
  }
  return reinterpret_cast<Object**>(reinterpret_cast<char*>(obj) + offset);
}

Object** object_dict_slot(Object* obj) {
  Object** slot = object_dict_slot_raw(obj);
  if (slot && dict_slot_has_values(*slot) && instance_values_materialize(obj->type, slot) < 0) return nullptr;
  return slot;
}

Object* object_get_dict(Object* obj) {
  Object** slot = object_dict_slot(obj);
  if (!slot) {
    set_error(&exc::AttributeError, "This object has no __dict__");
    return nullptr;
  }
  if (!*slot) {
    *slot = dict_new();
    if (!*slot) return nullptr;
  }
  return newref(*slot);
}

namespace {

void set_attribute_error_context(Object* obj, Object* name) {
  Object* e = current_error();
  if (!e || e->type != &exc::AttributeError) return;
  AttributeErrorObject* ae = static_cast<AttributeErrorObject*>(e);
  if (!ae->name) ae->name = newref(name);
  if (!ae->obj) ae->obj = newref(obj);
}

Object* generic_getattr_impl(Object* obj, Object* name, bool suppress) {
  Type* tp = obj->type;
  if (!is_str(name)) {
    return format_error(&exc::TypeError, "attribute name must be string, not '%.200s'", name->type->name);
  }
  incref(name);
  Object* res = nullptr;
  Object* descr = type_lookup(tp, name);
  descrgetfunc f = nullptr;
  if (descr) {
    incref(descr);
    f = descr->type->descr_get;
    if (f && descr->type->descr_set) {
      res = f(descr, obj, tp);
      if (!res && suppress && error_matches(&exc::AttributeError)) clear_error();
      goto done;
    }
  }
  {
    Object** slot = object_dict_slot_raw(obj);
    Object* dict = slot ? *slot : nullptr;
    if (dict && dict_slot_has_values(dict)) {
      uint32_t hint = 0;
      res = instance_values_get(tp, dict_slot_values(dict), name, &hint);
      if (res) {
        incref(res);
        goto done;
      }
    } else if (dict) {
      incref(dict);
      res = dict_get_item(dict, name);
      if (res) {
        incref(res);
        decref(dict);
        goto done;
      }
      decref(dict);
      if (error_occurred()) {
        if (suppress && error_matches(&exc::AttributeError)) clear_error();
        else goto done;
      }
    }
  }
  if (f) {
    res = f(descr, obj, tp);
    if (!res && suppress && error_matches(&exc::AttributeError)) clear_error();
    goto done;
  }
  if (descr) {
    res = descr;
    descr = nullptr;
    goto done;
  }
  if (!suppress) {
    format_error(&exc::AttributeError, "'%.50s' object has no attribute '%U'", tp->name, name);
    set_attribute_error_context(obj, name);
  }
done:
  xdecref(descr);
  decref(name);
  return res;
}

}  // namespace

Object* generic_getattr(Object* obj, Object* name) { return generic_getattr_impl(obj, name, false); }
Object* generic_getattr_suppress(Object* obj, Object* name) { return generic_getattr_impl(obj, name, true); }

int generic_setattr(Object* obj, Object* name, Object* value) {
  Type* tp = obj->type;
  if (!is_str(name)) {
    format_error(&exc::TypeError, "attribute name must be string, not '%.200s'", name->type->name);
    return -1;
  }
  incref(name);
  int res = -1;
  Object* descr = type_lookup(tp, name);
  if (descr) {
    incref(descr);
    descrsetfunc f = descr->type->descr_set;
    if (f) {
      res = f(descr, obj, value);
      goto done;
    }
  }
  {
    Object** slot = object_dict_slot_raw(obj);
    if (slot && (tp->flags & tpflags::kManagedDict) && (!*slot || dict_slot_has_values(*slot))) {
      uint32_t hint = 0;
      const int stored = instance_values_store(tp, slot, name, value, &hint);
      if (stored == 0 || stored == -1) {
        res = stored;
        goto done;
      }
      if (stored == 2) {
        format_error(&exc::AttributeError, "'%.100s' object has no attribute '%U'", tp->name, name);
        set_attribute_error_context(obj, name);
        goto done;
      }
      // The values cannot hold this name: the instance gets a real dict.
      if (*slot && instance_values_materialize(tp, slot) < 0) goto done;
    }
    if (!slot) {
      if (!descr) {
        format_error(&exc::AttributeError, "'%.100s' object has no attribute '%U'", tp->name, name);
        set_attribute_error_context(obj, name);
      } else {
        format_error(&exc::AttributeError, "'%.50s' object attribute '%U' is read-only", tp->name, name);
      }
      goto done;
    }
    if (!*slot) {
      if (!value) {
        format_error(&exc::AttributeError, "'%.100s' object has no attribute '%U'", tp->name, name);
        set_attribute_error_context(obj, name);
        goto done;
      }
      *slot = dict_new();
      if (!*slot) goto done;
    }
    Object* dict = newref(*slot);
    if (value) {
      res = dict_set_item(dict, name, value);
    } else {
      res = dict_del_item(dict, name);
      if (res < 0 && error_matches(&exc::KeyError)) {
        clear_error();
        if (is_subtype(tp, &TypeType)) {
          format_error(&exc::AttributeError, "type object '%.50s' has no attribute '%U'",
                       static_cast<Type*>(obj)->name, name);
        } else {
          format_error(&exc::AttributeError, "'%.100s' object has no attribute '%U'", tp->name, name);
        }
        set_attribute_error_context(obj, name);
      }
    }
    decref(dict);
  }
done:
  xdecref(descr);
  decref(name);
  return res;
}

Object* lookup_special(Object* self, Object* name) {
  Object* res = type_lookup(self->type, name);
  if (!res) return nullptr;
  descrgetfunc f = res->type->descr_get;
  if (!f) return newref(res);
  return f(res, self, self->type);
}

// ---- object ------------------------------------------------------------------------------

hash_t hash_not_implemented(Object* self) {
  format_error(&exc::TypeError, "unhashable type: '%.200s'", self->type->name);
  return -1;
}

hash_t object_default_hash(Object* self) { return hash_pointer(self); }

Object* object_default_repr(Object* self) {
  Type* t = self->type;
  Object* mod = type_get_module(t);
  if (!mod) {
    clear_error();
  } else if (!is_str(mod)) {
    decref(mod);
    mod = nullptr;
  }
  Object* name = type_get_qualname(t);
  if (!name) {
    xdecref(mod);
    return nullptr;
  }
  Object* r;
  if (mod && !str_equal_cstr(mod, "builtins")) {
    r = str_from_format("<%U.%U object at %p>", mod, name, static_cast<void*>(self));
  } else {
    r = str_from_format("<%U object at %p>", name, static_cast<void*>(self));
  }
  xdecref(mod);
  decref(name);
  return r;
}

Object* object_default_str(Object* self) {
  reprfunc f = self->type->repr;
  if (!f) f = object_default_repr;
  return f(self);
}

Object* object_default_richcompare(Object* self, Object* other, int op) {
  switch (op) {
    case kEQ:
      return newref(self == other ? True : NotImplemented);
    case kNE: {
      // __ne__ inverts __eq__ unless that is NotImplemented.
      if (!self->type->richcompare) return newref(NotImplemented);
      Object* res = self->type->richcompare(self, other, kEQ);
      if (res && res != NotImplemented) {
        int ok = object_is_true(res);
        decref(res);
        if (ok < 0) return nullptr;
        return bool_from(!ok);
      }
      return res;
    }
    default:
      return newref(NotImplemented);
  }
}

// Whether instances of `a` can become instances of `b` (__class__ assignment).
bool same_slots_added(Type* a, Type* b);

namespace {

bool excess_args(Object* args, Object* kwds) {
  return (args && tuple_size(args)) || (kwds && is_dict(kwds) && dict_size(kwds));
}

}  // namespace

int object_init(Object* self, Object* args, Object* kwds) {
  Type* type = self->type;
  if (excess_args(args, kwds)) {
    if (type->init != object_init) {
      set_error(&exc::TypeError, "object.__init__() takes exactly one argument (the instance to initialize)");
      return -1;
    }
    if (type->new_ == object_new) {
      format_error(&exc::TypeError, "%.200s.__init__() takes exactly one argument (the instance to initialize)",
                   type->name);
      return -1;
    }
  }
  return 0;
}

Object* object_new(Type* type, Object* args, Object* kwds) {
  if (excess_args(args, kwds)) {
    if (type->new_ != object_new) {
      set_error(&exc::TypeError, "object.__new__() takes exactly one argument (the type to instantiate)");
      return nullptr;
    }
    if (type->init == object_init) {
      return format_error(&exc::TypeError, "%.200s() takes no arguments", type->name);
    }
  }
  if (type->flags & tpflags::kIsAbstract) {
    // "Can't instantiate abstract class A with abstract methods f, g"
    Object* abstract = dict_get_item(type->dict, ID(dunder_abstractmethods));
    if (!abstract) {
      if (!error_occurred()) {
        set_error(&exc::AttributeError, "__abstractmethods__");
      }
      return nullptr;
    }
    Object* sorted = sequence_list(abstract);
    if (!sorted) return nullptr;
    if (list_sort(sorted, nullptr, false) < 0) {
      decref(sorted);
      return nullptr;
    }
    Object* sep = str_from_cstr(", ");
    Object* joined = sep ? str_join(sep, sorted) : nullptr;
    xdecref(sep);
    ssize count = list_size(sorted);
    decref(sorted);
    if (!joined) return nullptr;
    format_error(&exc::TypeError, "Can't instantiate abstract class %s with abstract method%s %U",
                 type->name, count > 1 ? "s" : "", joined);
    decref(joined);
    return nullptr;
  }
  return type_generic_alloc(type, 0);
}

namespace {

void object_dealloc(Object* self) { free_object(self); }

Object* object_format(Object* self, Object* spec) {
  if (!is_str(spec)) {
    return format_error(&exc::TypeError, "__format__() argument must be str, not %.50s", spec->type->name);
  }
  if (str_length(spec) > 0) {
    return format_error(&exc::TypeError, "unsupported format string passed to %.200s.__format__",
                        self->type->name);
  }
  return object_str(self);
}

Object* object_sizeof(Object* self) {
  ssize res = self->type->basicsize - managed_dict_slot_size(self->type);
  if (self->type->itemsize > 0) {
    ssize n = static_cast<VarObject*>(self)->size;
    res += (n < 0 ? -n : n) * self->type->itemsize;
  }
  return int_from_ssize(res);
}

Object* object_subclasshook(Object* cls, Object* const* args, ssize nargs, Object* kwnames) {
  return newref(NotImplemented);
}

Object* object_init_subclass(Object* cls) { return newref(None); }

// Adds the keys of cls.__dict__ and, recursively, its bases' to dict.
int merge_class_dict(Object* dict, Object* cls) {
  Object* classdict;
  int r = lookup_attr(cls, ID(dunder_dict), &classdict);
  if (r < 0) return -1;
  if (r > 0) {
    r = dict_update(dict, classdict);
    decref(classdict);
    if (r < 0) return -1;
  }
  Object* bases;
  r = lookup_attr(cls, ID(dunder_bases), &bases);
  if (r < 0) return -1;
  if (r > 0) {
    ssize n = object_length(bases);
    if (n < 0) {
      decref(bases);
      return -1;
    }
    for (ssize i = 0; i < n; ++i) {
      Object* base = sequence_get_item(bases, i);
      if (!base) {
        decref(bases);
        return -1;
      }
      int status = merge_class_dict(dict, base);
      decref(base);
      if (status < 0) {
        decref(bases);
        return -1;
      }
    }
    decref(bases);
  }
  return 0;
}

// object.__dir__: instance dict keys plus the class's attributes.
Object* object_dir_method(Object* self) {
  Object* dict;
  if (lookup_attr(self, ID(dunder_dict), &dict) < 0) return nullptr;
  Object* result;
  if (!dict || !is_dict(dict)) {
    xdecref(dict);
    result = dict_new();
  } else {
    result = dict_copy(dict);
    decref(dict);
  }
  if (!result) return nullptr;
  Object* itsclass;
  int r = lookup_attr(self, ID(dunder_class), &itsclass);
  if (r < 0 || (r > 0 && merge_class_dict(result, itsclass) < 0)) {
    xdecref(itsclass);
    decref(result);
    return nullptr;
  }
  xdecref(itsclass);
  Object* keys = dict_keys_list(result);
  decref(result);
  return keys;
}

Object* object_get_class(Object* self, void*) { return newref(static_cast<Object*>(self->type)); }

// A class adds nothing to its base's layout: same sizes, offsets and GC-ness.
bool layout_equals_base(Type* child) {
  Type* parent = child->base;
  return parent && child->basicsize == parent->basicsize && child->itemsize == parent->itemsize &&
         child->dictoffset == parent->dictoffset && child->weaklistoffset == parent->weaklistoffset &&
         (child->flags & tpflags::kHaveGC) == (parent->flags & tpflags::kHaveGC) &&
         (child->dealloc == subtype_dealloc || child->dealloc == parent->dealloc);
}

bool compatible_for_assignment(Type* oldto, Type* newto, const char* attr) {
  // Memory of GC and non-GC objects is released differently.
  if ((newto->flags & tpflags::kHaveGC) != (oldto->flags & tpflags::kHaveGC)) {
    format_error(&exc::TypeError, "%s assignment: '%s' deallocator differs from '%s'", attr, newto->name, oldto->name);
    return false;
  }
  Type* newbase = newto;
  Type* oldbase = oldto;
  while (layout_equals_base(newbase)) newbase = newbase->base;
  while (layout_equals_base(oldbase)) oldbase = oldbase->base;
  if (newbase != oldbase && (newbase->base != oldbase->base || !same_slots_added(newbase, oldbase))) {
    format_error(&exc::TypeError, "%s assignment: '%s' object layout differs from '%s'", attr, newto->name,
                 oldto->name);
    return false;
  }
  return true;
}

int object_set_class(Object* self, Object* value, void*) {
  if (!value) {
    set_error(&exc::TypeError, "can't delete __class__ attribute");
    return -1;
  }
  if (!is_type(value)) {
    format_error(&exc::TypeError, "__class__ must be set to a class, not '%s' object", value->type->name);
    return -1;
  }
  Type* newto = static_cast<Type*>(value);
  Type* oldto = self->type;
  // Modules may change class between ModuleType and its subclasses (the lazy-import idiom).
  const bool both_modules =
      module_type && is_subtype(newto, module_type) && is_subtype(oldto, module_type);
  if (!both_modules && ((newto->flags | oldto->flags) & tpflags::kImmutableType)) {
    set_error(&exc::TypeError, "__class__ assignment only supported for mutable types or ModuleType subclasses");
    return -1;
  }
  if (!compatible_for_assignment(oldto, newto, "__class__")) return -1;
  // Inline values are indexed by the old class's keys: give them a dict.
  if (oldto->flags & tpflags::kManagedDict) {
    Object** slot = object_dict_slot_raw(self);
    if (slot && dict_slot_has_values(*slot) && instance_values_materialize(oldto, slot) < 0) return -1;
  }
  incref(newto);
  self->type = newto;
  decref(oldto);
  return 0;
}

MethodDef object_methods[] = {
    {"__reduce_ex__", object_reduce_ex_method, "__reduce_ex__($self, protocol, /)\n--\n\n"
     "The reduction pickle and copy use."},
    {"__reduce__", object_reduce_method, "__reduce__($self, /)\n--\n\n"
     "The reduction pickle and copy use."},
    {"__getstate__", object_getstate_method, "__getstate__($self, /)\n--\n\n"
     "The reduction pickle and copy use."},
    {"__subclasshook__", object_subclasshook,
     "Hook for abc.ABCMeta.__subclasscheck__: return True or False to decide\n"
     "issubclass() for an abstract class outright (the answer is cached), or\n"
     "NotImplemented to let the usual checks run.  Here: NotImplemented.\n",
     Binding::kClass},
    {"__init_subclass__", object_init_subclass,
     "Called on a class each time a new subclass of it is created, with the\n"
     "keyword arguments of the class statement.  Here it accepts none and\n"
     "does nothing; classes override it to set up their subclasses.\n",
     Binding::kClass},
    {"__format__", object_format, "__format__($self, format_spec, /)\n--\n\n"
     "Default object formatter."},
    {"__sizeof__", object_sizeof, "__sizeof__($self, /)\n--\n\n"
     "How many bytes the object itself occupies."},
    {"__dir__", object_dir_method, "__dir__($self, /)\n--\n\n"
     "The names dir() lists: the instance's attributes and its class's."},
    {},
};

GetSetDef object_getset[] = {
    {"__class__", object_get_class, object_set_class, "the object's class"},
    {},
};

}  // namespace

Type ObjectType{{
    .name = "object",
    .basicsize = sizeof(Object),
    .dealloc = object_dealloc,
    .repr = object_default_repr,
    .hash = object_default_hash,
    .str = object_default_str,
    .getattro = generic_getattr,
    .setattro = generic_setattr,
    .flags = tpflags::kBaseType | tpflags::kImmutableType,
    .doc = "object()\n--\n\n"
           "The root of every class.  Calling it makes a bare instance with no\n"
           "attributes of its own (and no room for any).",
    .richcompare = object_default_richcompare,
    .methods = object_methods,
    .getset = object_getset,
    .init = object_init,
    .new_ = object_new,
}};

// ---- layout of classes made at run time --------------------------------------------------

namespace {

// The "solid base": the nearest base that adds fields to its own base.
bool extra_ivars(Type* type, Type* base) {
  size_t t_size = static_cast<size_t>(type->basicsize);
  size_t b_size = static_cast<size_t>(base->basicsize);
  if (type->itemsize || base->itemsize) return t_size != b_size || type->itemsize != base->itemsize;
  if (type->weaklistoffset && base->weaklistoffset == 0 &&
      static_cast<size_t>(type->weaklistoffset) + sizeof(Object*) == t_size && (type->flags & tpflags::kHeapType))
    t_size -= sizeof(Object*);
  if (type->dictoffset && base->dictoffset == 0 &&
      static_cast<size_t>(type->dictoffset) + sizeof(Object*) == t_size && (type->flags & tpflags::kHeapType))
    t_size -= sizeof(Object*);
  return t_size != b_size;
}

}  // namespace

Type* solid_base(Type* type) {
  Type* base = type->base ? solid_base(type->base) : &ObjectType;
  if (extra_ivars(type, base)) return type;
  return base;
}

bool same_slots_added(Type* a, Type* b) {
  Type* base = a->base;
  if (base != b->base) return false;
  ssize size = base->basicsize;
  // CPython keeps the dict of a var-sized object (int included) at the end of
  // its items, so a dict added there never counts as a matching slot.
  const bool var_sized_base = base->itemsize != 0 || (base->flags & tpflags::kLongSubclass);
  if (!var_sized_base && a->dictoffset == size && b->dictoffset == size) size += sizeof(Object*);
  if (a->weaklistoffset == size && b->weaklistoffset == size) size += sizeof(Object*);
  // __slots__ names must match too.
  Object* slots_a = is_heap_type(a) ? static_cast<HeapType*>(a)->ht_slots : nullptr;
  Object* slots_b = is_heap_type(b) ? static_cast<HeapType*>(b)->ht_slots : nullptr;
  if (slots_a && slots_b) {
    int r = rich_compare_bool(slots_a, slots_b, kEQ);
    if (r < 0) clear_error();
    if (r != 1) return false;
    size += sizeof(Object*) * tuple_size(slots_a);
  }
  return size == a->basicsize && size == b->basicsize;
}

int subtype_traverse(Object* self, visitproc visit, void* arg) {
  Type* type = self->type;
  // Members of __slots__ of every class between type and the first static base.
  for (Type* base = type; base->traverse == subtype_traverse; base = base->base) {
    if (base->size) {
      MemberDef* mp = static_cast<HeapType*>(base)->slot_members();
      for (ssize i = 0; i < base->size; ++i, ++mp) {
        if (mp->type == MemberType::kObjectEx && !mp->readonly) {
          Object* v = *reinterpret_cast<Object**>(reinterpret_cast<char*>(self) + mp->offset);
          GLASSPY_VISIT(v);
        }
      }
    }
  }
  if (type->dictoffset != 0) {
    Type* base = type;
    while (base->traverse == subtype_traverse) base = base->base;
    if (base->dictoffset == 0) {
      Object** slot = object_dict_slot_raw(self);
      if (slot && dict_slot_has_values(*slot)) {
        int r = instance_values_traverse(dict_slot_values(*slot), visit, arg);
        if (r) return r;
      } else if (slot) {
        GLASSPY_VISIT(*slot);
      }
    }
  }
  // The type keeps the instance's type alive (heap types are counted).
  if (is_heap_type(type)) GLASSPY_VISIT(type);
  Type* base = type;
  while (base->traverse == subtype_traverse) base = base->base;
  if (base->traverse) return base->traverse(self, visit, arg);
  return 0;
}

namespace {

void clear_slots(Type* type, Object* self) {
  if (!type->size) return;
  MemberDef* mp = static_cast<HeapType*>(type)->slot_members();
  for (ssize i = 0; i < type->size; ++i, ++mp) {
    if (mp->type == MemberType::kObjectEx && !mp->readonly) {
      Object** addr = reinterpret_cast<Object**>(reinterpret_cast<char*>(self) + mp->offset);
      clear_ref(*addr);
    }
  }
}

// PyObject_CallFinalizerFromDealloc: runs tp_finalize with self temporarily
// alive; -1 if self was resurrected.
int call_finalizer_from_dealloc(Object* self) {
  self->refcnt = 1;
  Type* tp = self->type;
  if (tp->finalize && !(object_is_gc(self) && gc_is_finalized(self))) {
    tp->finalize(self);
    if (object_is_gc(self)) gc_set_finalized(self);
  }
  if (--self->refcnt == 0) return 0;
  // Resurrected: keep it (untracked objects must stay tracked).
  return -1;
}

}  // namespace

int subtype_clear(Object* self) {
  Type* type = self->type;
  Type* base = type;
  while (base->clear == subtype_clear) {
    if (base->size) clear_slots(base, self);
    base = base->base;
  }
  if (type->dictoffset != base->dictoffset) {
    Object** slot = object_dict_slot_raw(self);
    if (slot && dict_slot_has_values(*slot)) instance_values_clear(dict_slot_values(*slot));
    else if (slot && *slot) clear_ref(*slot);
  }
  if (base->clear) return base->clear(self);
  return 0;
}

void subtype_dealloc(Object* self) {
  Type* type = self->type;
  // The nearest base with another deallocator does the final release.
  Type* base = type;
  while (base->dealloc == subtype_dealloc) base = base->base;
  const bool gc = type->is_gc();
  if (gc) gc_untrack(self);
  if (gc && trashcan_begin(self)) return;
  if (type->finalize) {
    if (gc) gc_track(self);
    if (call_finalizer_from_dealloc(self) < 0) goto end;  // resurrected
    if (gc) gc_untrack(self);
  }
  // Weak references die before anything the object holds is released (the
  // base's deallocator clears them when the base has the list).
  if (type->weaklistoffset && !base->weaklistoffset) clear_weakrefs_if_any(self);
  for (Type* t = type; t != base; t = t->base) {
    if (t->size) clear_slots(t, self);
  }
  if (type->dictoffset && !base->dictoffset) {
    Object** slot = object_dict_slot_raw(self);
    if (slot && dict_slot_has_values(*slot)) instance_values_release(slot);
    else if (slot && *slot) clear_ref(*slot);
  }
  {
    // __del__ may have changed the class: read it again.
    type = self->type;
    const bool type_needs_decref = is_heap_type(type) && !is_heap_type(base);
    // The base deallocator expects a tracked object if it is a GC type.
    if (base->is_gc() && gc) gc_track(self);
    base->dealloc(self);
    if (type_needs_decref) decref(type);
  }
end:
  if (gc) trashcan_end();
}

namespace {

Object* subtype_dict_get(Object* self, void*) { return object_get_dict(self); }

int subtype_dict_set(Object* self, Object* value, void*) {
  Object** slot = object_dict_slot(self);
  if (!slot) {
    set_error(&exc::AttributeError, "This object has no __dict__");
    return -1;
  }
  if (value && !is_dict(value)) {
    format_error(&exc::TypeError, "__dict__ must be set to a dictionary, not a '%.200s'", value->type->name);
    return -1;
  }
  setref(*slot, xnewref(value));
  return 0;
}

Object* subtype_weakref_get(Object* self, void*) {
  Type* t = self->type;
  if (t->weaklistoffset == 0) {
    set_error(&exc::AttributeError, "This object has no __weakref__");
    return nullptr;
  }
  Object* head = *reinterpret_cast<Object**>(reinterpret_cast<char*>(self) + t->weaklistoffset);
  return newref(head ? head : None);
}

GetSetDef subtype_getsets_full[] = {
    {"__dict__", subtype_dict_get, subtype_dict_set, "dictionary for instance variables"},
    {"__weakref__", subtype_weakref_get, nullptr, "list of weak references to the object"},
    {},
};
GetSetDef subtype_getsets_dict_only[] = {
    {"__dict__", subtype_dict_get, subtype_dict_set, "dictionary for instance variables"},
    {},
};
GetSetDef subtype_getsets_weakref_only[] = {
    {"__weakref__", subtype_weakref_get, nullptr, "list of weak references to the object"},
    {},
};

}  // namespace

// ---- type: names and attributes -------------------------------------------------------

Object* type_get_qualname(Type* t) {
  if (is_heap_type(t)) return newref(static_cast<HeapType*>(t)->ht_qualname);
  const char* s = std::strrchr(t->name, '.');
  return str_from_cstr(s ? s + 1 : t->name);
}

Object* type_get_module(Type* t) {
  if (is_heap_type(t)) {
    Object* mod = dict_get_item(t->dict, ID(dunder_module));
    if (!mod) {
      if (!error_occurred()) set_error_object(&exc::AttributeError, ID(dunder_module));
      return nullptr;
    }
    return newref(mod);
  }
  const char* s = std::strrchr(t->name, '.');
  if (s) return str_from_utf8(t->name, s - t->name);
  return newref(ID(builtins));
}

namespace {

Type* as_type_ptr(Object* o) { return static_cast<Type*>(o); }

Object* type_name_get(Object* self, void*) {
  Type* t = as_type_ptr(self);
  if (is_heap_type(t)) return newref(static_cast<HeapType*>(t)->ht_name);
  const char* s = std::strrchr(t->name, '.');
  return str_from_cstr(s ? s + 1 : t->name);
}

bool check_set_special_type_attr(Type* t, Object* value, const char* name) {
  if (t->flags & tpflags::kImmutableType) {
    format_error(&exc::TypeError, "cannot set '%s' attribute of immutable type '%s'", name, t->name);
    return false;
  }
  if (!value) {
    format_error(&exc::TypeError, "cannot delete '%s' attribute of immutable type '%s'", name, t->name);
    return false;
  }
  return true;
}

int type_name_set(Object* self, Object* value, void*) {
  Type* t = as_type_ptr(self);
  if (!check_set_special_type_attr(t, value, "__name__")) return -1;
  if (!is_str(value)) {
    format_error(&exc::TypeError, "can only assign string to %s.__name__, not '%s'", t->name, value->type->name);
    return -1;
  }
  for (ssize i = 0; i < str_length(value); ++i) {
    if (str_char_at(value, i) == 0) {
      set_error(&exc::ValueError, "type name must not contain null characters");
      return -1;
    }
  }
  const char* utf8 = str_as_utf8(value);
  if (!utf8) return -1;
  HeapType* ht = static_cast<HeapType*>(t);
  t->name = utf8;
  setref(ht->ht_name, newref(value));
  return 0;
}

Object* type_qualname_get(Object* self, void*) { return type_get_qualname(as_type_ptr(self)); }

int type_qualname_set(Object* self, Object* value, void*) {
  Type* t = as_type_ptr(self);
  if (!check_set_special_type_attr(t, value, "__qualname__")) return -1;
  if (!is_str(value)) {
    format_error(&exc::TypeError, "can only assign string to %s.__qualname__, not '%s'", t->name,
                 value->type->name);
    return -1;
  }
  setref(static_cast<HeapType*>(t)->ht_qualname, newref(value));
  return 0;
}

Object* type_bases_get(Object* self, void*) { return newref(as_type_ptr(self)->bases); }

int type_bases_set(Object* self, Object* value, void*) {
  Type* type = as_type_ptr(self);
  if (!check_set_special_type_attr(type, value, "__bases__")) return -1;
  if (!is_tuple(value)) {
    format_error(&exc::TypeError, "can only assign tuple to %s.__bases__, not %s", type->name, value->type->name);
    return -1;
  }
  if (tuple_size(value) == 0) {
    format_error(&exc::TypeError, "can only assign non-empty tuple to %s.__bases__, not ()", type->name);
    return -1;
  }
  for (ssize i = 0; i < tuple_size(value); ++i) {
    Object* ob = tuple_item(value, i);
    if (!is_type(ob)) {
      format_error(&exc::TypeError, "%s.__bases__ must be tuple of classes, not '%s'", type->name, ob->type->name);
      return -1;
    }
    if (is_subtype(as_type_ptr(ob), type)) {
      set_error(&exc::TypeError, "a __bases__ item causes an inheritance cycle");
      return -1;
    }
  }
  Type* new_base = best_base(value);
  if (!new_base) return -1;
  if (!compatible_for_assignment(type->base, new_base, "__bases__")) return -1;
  Object* old_bases = type->bases;
  Type* old_base = type->base;
  Object* old_mro = newref(type->mro);
  type->bases = newref(value);
  type->base = new_base;
  if (mro_internal(type) < 0) {
    decref(type->bases);
    type->bases = old_bases;
    type->base = old_base;
    setref(type->mro, old_mro);
    return -1;
  }
  decref(old_mro);
  for (ssize i = 0; i < tuple_size(old_bases); ++i) remove_subclass(as_type_ptr(tuple_item(old_bases, i)), type);
  for (ssize i = 0; i < tuple_size(value); ++i) add_subclass(as_type_ptr(tuple_item(value, i)), type);
  decref(old_bases);
  // Subclasses' MROs and every slot follow.
  for (ssize i = 0; i < type->num_subclasses; ++i) mro_internal(type->subclasses[i]);
  fixup_slot_dispatchers(type);
  return 0;
}

Object* type_module_get(Object* self, void*) { return type_get_module(as_type_ptr(self)); }

int type_module_set(Object* self, Object* value, void*) {
  Type* t = as_type_ptr(self);
  if (!check_set_special_type_attr(t, value, "__module__")) return -1;
  type_modified(t);
  return dict_set_item(t->dict, ID(dunder_module), value);
}

Object* type_abstractmethods_get(Object* self, void*) {
  Type* t = as_type_ptr(self);
  Object* mod = nullptr;
  // type itself has an __abstractmethods__ descriptor (this one).
  if (t != &TypeType) mod = dict_get_item(t->dict, ID(dunder_abstractmethods));
  if (!mod) {
    if (!error_occurred()) set_error_object(&exc::AttributeError, ID(dunder_abstractmethods));
    return nullptr;
  }
  return newref(mod);
}

int type_abstractmethods_set(Object* self, Object* value, void*) {
  Type* t = as_type_ptr(self);
  int abstract = 0;
  int res;
  if (value) {
    abstract = object_is_true(value);
    if (abstract < 0) return -1;
    res = dict_set_item(t->dict, ID(dunder_abstractmethods), value);
  } else {
    res = dict_del_item(t->dict, ID(dunder_abstractmethods));
    if (res < 0 && error_matches(&exc::KeyError)) {
      clear_error();
      set_error_object(&exc::AttributeError, ID(dunder_abstractmethods));
      return -1;
    }
  }
  if (res == 0) {
    type_modified(t);
    if (abstract) t->flags |= tpflags::kIsAbstract;
    else t->flags &= ~tpflags::kIsAbstract;
  }
  return res;
}

Object* type_dict_get(Object* self, void*) {
  Type* t = as_type_ptr(self);
  if (!t->dict) return newref(None);
  return mappingproxy_new(t->dict);
}

Object* type_doc_get(Object* self, void*) {
  Type* t = as_type_ptr(self);
  if (!is_heap_type(t) && t->doc) return str_from_cstr(doc_without_signature(t->doc));
  Object* result = dict_get_item(t->dict, ID(dunder_doc));
  if (!result) {
    if (error_occurred()) return nullptr;
    return newref(None);
  }
  if (result->type->descr_get) return result->type->descr_get(result, nullptr, t);
  return newref(result);
}

int type_doc_set(Object* self, Object* value, void*) {
  Type* t = as_type_ptr(self);
  if (!check_set_special_type_attr(t, value, "__doc__")) return -1;
  type_modified(t);
  return dict_set_item(t->dict, ID(dunder_doc), value);
}

// The "(signature)" of a doc that opens with "name(signature)\n--\n\n",
// name being the type's name after its last dot; None otherwise.
Object* type_text_signature_get(Object* self, void*) {
  Type* t = as_type_ptr(self);
  const char* doc = t->doc;
  if (!doc) return newref(None);
  const char* name = std::strrchr(t->name, '.');
  name = name ? name + 1 : t->name;
  const size_t n = std::strlen(name);
  if (std::strncmp(doc, name, n) != 0 || doc[n] != '(') return newref(None);
  const char* body = doc_without_signature(doc);
  if (body == doc) return newref(None);
  // body follows ")\n--\n\n": the signature ends with that ')'.
  return str_from_utf8(doc + n, static_cast<ssize>(body - 5 - (doc + n)));
}

Object* type_annotations_get(Object* self, void*) {
  Type* t = as_type_ptr(self);
  if (!is_heap_type(t)) {
    return format_error(&exc::AttributeError, "type object '%s' has no attribute '__annotations__'", t->name);
  }
  Object* annotations = dict_get_item(t->dict, ID(dunder_annotations));
  if (annotations) {
    if (annotations->type->descr_get) return annotations->type->descr_get(annotations, nullptr, t);
    return newref(annotations);
  }
  if (error_occurred()) return nullptr;
  annotations = dict_new();
  if (!annotations) return nullptr;
  if (dict_set_item(t->dict, ID(dunder_annotations), annotations) < 0) {
    decref(annotations);
    return nullptr;
  }
  type_modified(t);
  return annotations;
}

int type_annotations_set(Object* self, Object* value, void*) {
  Type* t = as_type_ptr(self);
  if (t->flags & tpflags::kImmutableType) {
    format_error(&exc::TypeError, "cannot set '__annotations__' attribute of immutable type '%s'", t->name);
    return -1;
  }
  int result;
  if (value) {
    result = dict_set_item(t->dict, ID(dunder_annotations), value);
  } else {
    result = dict_del_item(t->dict, ID(dunder_annotations));
    if (result < 0 && error_matches(&exc::KeyError)) {
      clear_error();
      set_error_object(&exc::AttributeError, ID(dunder_annotations));
    }
  }
  if (result == 0) type_modified(t);
  return result;
}

// ---- type: methods ----

Object* type_mro_method(Object* self) {
  Object* mro = mro_implementation(as_type_ptr(self));
  if (!mro) return nullptr;
  Object* l = sequence_list(mro);
  decref(mro);
  return l;
}

Object* type_subclasses_method(Object* self) { return type_subclasses_list(as_type_ptr(self)); }

Object* type_prepare(Object* cls, Object* const* args, ssize nargs, Object* kwnames) { return dict_new(); }

Object* type_instancecheck(Object* self, Object* inst) {
  int r = object_real_isinstance(inst, self);
  if (r < 0) return nullptr;
  return bool_from(r);
}

Object* type_subclasscheck(Object* self, Object* sub) {
  int r = object_real_issubclass(sub, self);
  if (r < 0) return nullptr;
  return bool_from(r);
}

// type.__dir__: the class's attributes and its bases', recursively.
Object* type_dir_method(Object* self) {
  Object* dict = dict_new();
  if (!dict) return nullptr;
  if (merge_class_dict(dict, self) < 0) {
    decref(dict);
    return nullptr;
  }
  Object* keys = dict_keys_list(dict);
  decref(dict);
  return keys;
}

Object* type_sizeof_method(Object* self) {
  Type* t = as_type_ptr(self);
  ssize size;
  if (is_heap_type(t)) {
    size = sizeof(HeapType) + t->size * static_cast<ssize>(sizeof(MemberDef));
  } else {
    size = sizeof(Type);
  }
  return int_from_ssize(size);
}

Object* type_repr(Object* self) {
  Type* t = as_type_ptr(self);
  if (!t->name) return str_from_format("<class at %p>", static_cast<void*>(t));
  Object* mod = type_get_module(t);
  if (!mod) {
    clear_error();
  } else if (!is_str(mod)) {
    decref(mod);
    mod = nullptr;
  }
  Object* name = type_get_qualname(t);
  if (!name) {
    xdecref(mod);
    return nullptr;
  }
  Object* r;
  if (mod && !str_equal_cstr(mod, "builtins")) r = str_from_format("<class '%U.%U'>", mod, name);
  else r = str_from_format("<class '%U'>", name);
  xdecref(mod);
  decref(name);
  return r;
}

MemberDef type_members[] = {
    {"__basicsize__", MemberType::kSsize, offsetof(Type, basicsize), true},
    {"__itemsize__", MemberType::kSsize, offsetof(Type, itemsize), true},
    {"__flags__", MemberType::kULong, offsetof(Type, flags), true},
    {"__weakrefoffset__", MemberType::kSsize, offsetof(Type, weaklistoffset), true},
    {"__base__", MemberType::kObject, offsetof(Type, base), true},
    {"__dictoffset__", MemberType::kSsize, offsetof(Type, dictoffset), true},
    {"__mro__", MemberType::kObject, offsetof(Type, mro), true},
    {},
};

GetSetDef type_getset[] = {
    {"__name__", type_name_get, type_name_set},
    {"__qualname__", type_qualname_get, type_qualname_set},
    {"__bases__", type_bases_get, type_bases_set},
    {"__module__", type_module_get, type_module_set},
    {"__abstractmethods__", type_abstractmethods_get, type_abstractmethods_set},
    {"__dict__", type_dict_get, nullptr},
    {"__doc__", type_doc_get, type_doc_set},
    {"__text_signature__", type_text_signature_get, nullptr},
    {"__annotations__", type_annotations_get, type_annotations_set},
    {},
};

MethodDef type_methods[] = {
    {"mro", type_mro_method, "mro($self, /)\n--\n\n"
     "Compute the method resolution order for the class (C3 linearization)."},
    {"__subclasses__", type_subclasses_method, "__subclasses__($self, /)\n--\n\n"
     "The classes that name this one among their direct bases, as a list."},
    {"__prepare__", type_prepare,
     "__prepare__() -> dict\nthe mapping a class body runs in (here a new, empty dict)", Binding::kClass},
    {"__instancecheck__", type_instancecheck,
     "__instancecheck__($self, instance, /)\n--\n\n"
     "Whether isinstance(instance, self) holds."},
    {"__subclasscheck__", type_subclasscheck,
     "__subclasscheck__($self, subclass, /)\n--\n\n"
     "Whether issubclass(subclass, self) holds."},
    {"__dir__", type_dir_method, "__dir__($self, /)\n--\n\n"
     "The names dir() lists for a class: its attributes and its bases'."},
    {"__sizeof__", type_sizeof_method, "__sizeof__($self, /)\n--\n\n"
     "How many bytes the class object occupies."},
    {},
};

void type_dealloc(Object* self) {
  // Only classes made at run time are ever freed.
  Type* type = as_type_ptr(self);
  HeapType* et = static_cast<HeapType*>(type);
  gc_untrack(self);
  clear_weakrefs_if_any(self);
  type_modified(type);
  if (type->bases) {
    for (ssize i = 0; i < tuple_size(type->bases); ++i) remove_subclass(as_type_ptr(tuple_item(type->bases, i)), type);
  }
  xdecref(type->base);
  xdecref(type->mro);
  xdecref(type->bases);
  xdecref(type->dict);
  std::free(type->subclasses);
  xdecref(et->ht_name);
  xdecref(et->ht_qualname);
  xdecref(et->ht_slots);
  xdecref(et->ht_module);
  if (type->flags & tpflags::kManagedDict) instance_keys_free(type);
  std::free(const_cast<char*>(type->doc));
  // A heap metatype's reference is dropped by subtype_dealloc, not here.
  free_object(self);
}

int type_traverse(Object* self, visitproc visit, void* arg) {
  Type* type = as_type_ptr(self);
  if (!is_heap_type(type)) return 0;
  GLASSPY_VISIT(type->dict);
  GLASSPY_VISIT(type->mro);
  GLASSPY_VISIT(type->bases);
  GLASSPY_VISIT(type->base);
  GLASSPY_VISIT(static_cast<HeapType*>(type)->ht_module);
  return 0;
}

int type_clear_slot(Object* self) {
  Type* type = as_type_ptr(self);
  type_modified(type);
  if (type->dict) dict_clear(type->dict);
  clear_ref(type->mro);
  return 0;
}

int type_init(Object* self, Object* args, Object* kwds) {
  ssize n = tuple_size(args);
  if (kwds && n == 1 && dict_size(kwds) != 0) {
    set_error(&exc::TypeError, "type.__init__() takes no keyword arguments");
    return -1;
  }
  if (n != 1 && n != 3) {
    set_error(&exc::TypeError, "type.__init__() takes 1 or 3 arguments");
    return -1;
  }
  return 0;
}

}  // namespace

Object* type_call(Object* self, Object* args, Object* kwds) {
  Type* type = as_type_ptr(self);
  // type(x) gives x's type.
  if (type == &TypeType) {
    ssize nargs = tuple_size(args);
    if (nargs == 1 && (!kwds || dict_size(kwds) == 0)) return newref(static_cast<Object*>(tuple_item(args, 0)->type));
    if (nargs == 1) {
      set_error(&exc::TypeError, "type() takes no keyword arguments");
      return nullptr;
    }
    if (nargs != 3) {
      set_error(&exc::TypeError, "type() takes 1 or 3 arguments");
      return nullptr;
    }
  }
  if (!type->new_) {
    return format_error(&exc::TypeError, "cannot create '%s' instances", type->name);
  }
  Object* obj = type->new_(type, args, kwds);
  if (!obj) return nullptr;
  // __init__ runs only when __new__ made an instance of this type.
  if (!is_instance_of(obj, type)) return obj;
  Type* objtype = obj->type;
  if (objtype->init) {
    int r = objtype->init(obj, args, kwds);
    if (r < 0) {
      decref(obj);
      return nullptr;
    }
  }
  return obj;
}

namespace {

// type.__call__ through vectorcall for the common types (no tuple unless
// __new__/__init__ need one).
Object* type_vectorcall(Object* metatype, Object* const* args, size_t nargsf, Object* kwnames) {
  ssize nargs = vectorcall_nargs(nargsf);
  if (nargs == 1 && metatype == &TypeType && (!kwnames || tuple_size(kwnames) == 0)) {
    return newref(static_cast<Object*>(args[0]->type));
  }
  return call_with_tp_call(metatype, args, nargs, kwnames);
}

}  // namespace

// ---- type.__new__ ---------------------------------------------------------------------------

namespace {

// The metaclass that wins among `metatype` and the bases' metaclasses.
Type* calculate_metaclass(Type* metatype, Object* bases) {
  Type* winner = metatype;
  for (ssize i = 0; i < tuple_size(bases); ++i) {
    Type* tmptype = tuple_item(bases, i)->type;
    if (is_subtype(winner, tmptype)) continue;
    if (is_subtype(tmptype, winner)) {
      winner = tmptype;
      continue;
    }
    set_error(&exc::TypeError,
              "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass "
              "of the metaclasses of all its bases");
    return nullptr;
  }
  return winner;
}

}  // namespace

Type* best_base(Object* bases) {
  ssize n = tuple_size(bases);
  Type* base = nullptr;
  Type* winner = nullptr;
  for (ssize i = 0; i < n; ++i) {
    Object* o = tuple_item(bases, i);
    if (!is_type(o)) {
      set_error(&exc::TypeError, "bases must be types");
      return nullptr;
    }
    Type* base_i = as_type_ptr(o);
    if (!(base_i->flags & tpflags::kReady) && type_ready(base_i) < 0) return nullptr;
    if (!(base_i->flags & tpflags::kBaseType)) {
      format_error(&exc::TypeError, "type '%.100s' is not an acceptable base type", base_i->name);
      return nullptr;
    }
    Type* candidate = solid_base(base_i);
    if (!winner) {
      winner = candidate;
      base = base_i;
    } else if (is_subtype(winner, candidate)) {
      // keep
    } else if (is_subtype(candidate, winner)) {
      winner = candidate;
      base = base_i;
    } else {
      set_error(&exc::TypeError, "multiple bases have instance lay-out conflict");
      return nullptr;
    }
  }
  return base;
}

namespace {

bool is_identifier(Object* s) {
  ssize n = str_length(s);
  if (n == 0) return false;
  uint32_t c = str_char_at(s, 0);
  if (!(c == '_' || unicode::is_xid_start(c))) return false;
  for (ssize i = 1; i < n; ++i) {
    c = str_char_at(s, i);
    if (!unicode::is_xid_continue(c)) return false;
  }
  return true;
}

// Mangles a private __slots__ name (__x in class C -> _C__x).
Object* mangle_name(Object* classname, Object* name) {
  ssize n = str_length(name);
  if (n < 2 || str_char_at(name, 0) != '_' || str_char_at(name, 1) != '_') return newref(name);
  if (n > 2 && str_char_at(name, n - 1) == '_' && str_char_at(name, n - 2) == '_') return newref(name);
  // Strip leading underscores from the class name.
  ssize ipriv = 0, plen = str_length(classname);
  while (ipriv < plen && str_char_at(classname, ipriv) == '_') ++ipriv;
  if (ipriv == plen) return newref(name);
  StrBuilder b;
  b.append_char('_');
  b.append_str(classname, ipriv, plen);
  b.append_str(name);
  return b.finish();
}

struct TypeNewContext {
  Type* metatype;
  Object* args;
  Object* kwds;
  Object* orig_dict;
  Object* name;
  Object* bases;
  Type* base;
  Object* slots;  // tuple of slot names (mangled, sorted) or null
  ssize nslot;
  bool add_dict;
  bool add_weak;
  bool may_add_dict;
  bool may_add_weak;
};

int type_new_visit_slots(TypeNewContext& ctx) {
  Object* slots = ctx.slots;
  ssize nslot = tuple_size(slots);
  for (ssize i = 0; i < nslot; ++i) {
    Object* name = tuple_item(slots, i);
    if (!is_str(name)) {
      format_error(&exc::TypeError, "__slots__ items must be strings, not '%.200s'", name->type->name);
      return -1;
    }
    if (!is_identifier(name)) {
      set_error(&exc::TypeError, "__slots__ must be identifiers");
      return -1;
    }
    if (str_equal_cstr(name, "__dict__")) {
      if (!ctx.may_add_dict || ctx.add_dict) {
        set_error(&exc::TypeError, "__dict__ slot disallowed: we already got one");
        return -1;
      }
      ctx.add_dict = true;
    }
    if (str_equal_cstr(name, "__weakref__")) {
      if (!ctx.may_add_weak || ctx.add_weak) {
        set_error(&exc::TypeError, "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0");
        return -1;
      }
      ctx.add_weak = true;
    }
  }
  return 0;
}

// Copies the slot names without __dict__ and __weakref__, mangled and sorted;
// checks conflicts with class variables.
Object* type_new_copy_slots(TypeNewContext& ctx, Object* dict) {
  Object* slots = ctx.slots;
  ssize nslot = tuple_size(slots);
  ssize new_nslot = nslot - (ctx.add_dict ? 1 : 0) - (ctx.add_weak ? 1 : 0);
  Object* newslots = list_new(new_nslot);
  if (!newslots) return nullptr;
  ssize j = 0;
  for (ssize i = 0; i < nslot; ++i) {
    Object* slot = tuple_item(slots, i);
    if ((ctx.add_dict && str_equal_cstr(slot, "__dict__")) || (ctx.add_weak && str_equal_cstr(slot, "__weakref__")))
      continue;
    slot = mangle_name(ctx.name, slot);
    if (!slot) {
      decref(newslots);
      return nullptr;
    }
    as_list(newslots)->items[j++] = slot;
    int r = dict_contains(dict, slot);
    if (r < 0) {
      decref(newslots);
      return nullptr;
    }
    if (r > 0) {
      // CPython allows __qualname__ and __classcell__ here.
      if (!str_equal_cstr(slot, "__qualname__") && !str_equal_cstr(slot, "__classcell__")) {
        format_error(&exc::ValueError, "%R in __slots__ conflicts with class variable", slot);
        decref(newslots);
        return nullptr;
      }
    }
  }
  if (list_sort(newslots, nullptr, false) < 0) {
    decref(newslots);
    return nullptr;
  }
  Object* t = list_as_tuple(newslots);
  decref(newslots);
  return t;
}

int type_new_slots(TypeNewContext& ctx, Object* dict) {
  ctx.add_dict = false;
  ctx.add_weak = false;
  // CPython's ints are var-sized (glasspy's are not): their subclasses get
  // neither __slots__ nor __weakref__ there, so not here either.
  const bool var_sized_base = ctx.base->itemsize != 0 || (ctx.base->flags & tpflags::kLongSubclass);
  ctx.may_add_dict = ctx.base->dictoffset == 0;
  ctx.may_add_weak = ctx.base->weaklistoffset == 0 && !var_sized_base;
  if (!ctx.slots) {
    if (ctx.may_add_dict) ctx.add_dict = true;
    if (ctx.may_add_weak) ctx.add_weak = true;
    return 0;
  }
  if (tuple_size(ctx.slots) > 0 && var_sized_base) {
    format_error(&exc::TypeError, "nonempty __slots__ not supported for subtype of '%s'", ctx.base->name);
    return -1;
  }
  if (type_new_visit_slots(ctx) < 0) return -1;
  Object* newslots = type_new_copy_slots(ctx, dict);
  if (!newslots) return -1;
  setref(ctx.slots, newslots);
  ctx.nslot = tuple_size(newslots);
  // Secondary bases may provide __dict__ / __weakref__.
  for (ssize i = 0; i < tuple_size(ctx.bases); ++i) {
    Type* b = as_type_ptr(tuple_item(ctx.bases, i));
    if (b == ctx.base) continue;
    if (ctx.may_add_dict && !ctx.add_dict && b->dictoffset != 0) ctx.add_dict = true;
    if (ctx.may_add_weak && !ctx.add_weak && b->weaklistoffset != 0) ctx.add_weak = true;
  }
  return 0;
}

int type_new_set_names(Type* type) {
  Object* names_to_set = dict_copy(type->dict);
  if (!names_to_set) return -1;
  ssize pos = 0;
  Object* key;
  Object* value;
  while (dict_next(names_to_set, &pos, &key, &value)) {
    Object* set_name = lookup_special(value, ID(dunder_set_name));
    if (!set_name) {
      if (error_occurred()) {
        decref(names_to_set);
        return -1;
      }
      continue;
    }
    Object* res = call_function(set_name, static_cast<Object*>(type), key);
    decref(set_name);
    if (!res) {
      // 3.11 wraps the error: RuntimeError from the original.
      Object* cause = fetch_error();
      format_error(&exc::RuntimeError, "Error calling __set_name__ on '%.100s' instance %R in '%.100s'",
                   value->type->name, key, type->name);
      Object* e = fetch_error();
      if (e && cause) {
        exception_set_cause(e, newref(cause));
        exception_set_context(e, cause);
      } else {
        xdecref(cause);
      }
      restore_error(e);
      decref(names_to_set);
      return -1;
    }
    decref(res);
  }
  decref(names_to_set);
  return 0;
}

int type_new_init_subclass(Type* type, Object* kwds) {
  // super(type, type).__init_subclass__(**kwds)
  Object* super = call_function(&SuperType, static_cast<Object*>(type), static_cast<Object*>(type));
  if (!super) return -1;
  Object* func = get_attr(super, ID(dunder_init_subclass));
  decref(super);
  if (!func) return -1;
  Object* result = vectorcall_dict(func, nullptr, 0, kwds);
  decref(func);
  if (!result) return -1;
  decref(result);
  return 0;
}

// Wraps __new__ in staticmethod and __init_subclass__/__class_getitem__ in
// classmethod when they are plain functions.
int type_new_wrap_special(Object* dict, Object* name, bool as_classmethod) {
  Object* func = dict_get_item(dict, name);
  if (!func) return error_occurred() ? -1 : 0;
  if (!function_type || func->type != function_type) return 0;
  Object* wrapped = as_classmethod ? classmethod_new(func) : staticmethod_new(func);
  if (!wrapped) return -1;
  int r = dict_set_item(dict, name, wrapped);
  decref(wrapped);
  return r;
}

Object* type_new_impl(TypeNewContext& ctx) {
  Object* dict = dict_copy(ctx.orig_dict);
  if (!dict) return nullptr;
  // __slots__
  Object* slots = dict_get_item(dict, ID(dunder_slots));
  if (slots) {
    if (is_str(slots)) ctx.slots = tuple_pack({slots});
    else ctx.slots = sequence_tuple(slots);
    if (!ctx.slots) {
      decref(dict);
      return nullptr;
    }
  } else if (error_occurred()) {
    decref(dict);
    return nullptr;
  }
  if (type_new_slots(ctx, dict) < 0) {
    xdecref(ctx.slots);
    decref(dict);
    return nullptr;
  }
  ssize nslot = ctx.slots ? tuple_size(ctx.slots) : 0;
  // Allocate the type object (with room for the slot members).
  Object* obj = type_generic_alloc(ctx.metatype, nslot);
  if (!obj) {
    xdecref(ctx.slots);
    decref(dict);
    return nullptr;
  }
  HeapType* et = static_cast<HeapType*>(obj);
  Type* type = et;
  type->as_async = &et->as_async_storage;
  type->as_number = &et->as_number_storage;
  type->as_sequence = &et->as_sequence_storage;
  type->as_mapping = &et->as_mapping_storage;
  type->bases = newref(ctx.bases);
  type->base = newref(ctx.base);
  type->dict = dict;
  et->ht_name = newref(ctx.name);
  et->ht_slots = ctx.slots;
  ctx.slots = nullptr;
  // Flags: a heap type is a base type; it is GC when its base is, or when
  // it holds references itself.  Set first: freeing the
  // object on the error paths below depends on kHeapType.
  type->flags = tpflags::kHeapType | tpflags::kBaseType;
  if ((ctx.base->flags & tpflags::kHaveGC) || nslot > 0 || ctx.add_dict || ctx.add_weak)
    type->flags |= tpflags::kHaveGC;
  const char* utf8 = str_as_utf8(ctx.name);
  if (!utf8) goto error;
  for (ssize i = 0; i < str_length(ctx.name); ++i) {
    if (str_char_at(ctx.name, i) == 0) {
      set_error(&exc::ValueError, "type name must not contain null characters");
      goto error;
    }
  }
  type->name = utf8;
  // Flags: a heap type is a base type, and always GC as in CPython 3.11:
  // every instance references its class, which can reference the instance.
  type->flags = tpflags::kHeapType | tpflags::kBaseType | tpflags::kHaveGC;
  // __module__ from the caller's globals if absent.
  {
    int r = dict_contains(dict, ID(dunder_module));
    if (r < 0) goto error;
    if (r == 0 && current_module_name_hook) {
      Object* modname = current_module_name_hook();
      if (modname) {
        r = dict_set_item(dict, ID(dunder_module), modname);
        decref(modname);
        if (r < 0) goto error;
      } else if (error_occurred()) {
        goto error;
      }
    }
  }
  // __qualname__
  {
    Object* qualname = dict_get_item(dict, ID(dunder_qualname));
    if (qualname) {
      if (!is_str(qualname)) {
        format_error(&exc::TypeError, "type __qualname__ must be a str, not %s", qualname->type->name);
        goto error;
      }
      et->ht_qualname = newref(qualname);
      if (dict_del_item(dict, ID(dunder_qualname)) < 0) goto error;
    } else {
      if (error_occurred()) goto error;
      et->ht_qualname = newref(ctx.name);
    }
  }
  // __doc__ becomes tp_doc when it is a str.
  {
    Object* doc = dict_get_item(dict, ID(dunder_doc));
    if (doc && is_str(doc)) {
      ssize len;
      const char* text = str_as_utf8(doc, &len);
      if (!text) goto error;
      char* copy = static_cast<char*>(std::malloc(static_cast<size_t>(len) + 1));
      if (!copy) {
        no_memory();
        goto error;
      }
      std::memcpy(copy, text, static_cast<size_t>(len) + 1);
      type->doc = copy;
    } else if (error_occurred()) {
      goto error;
    }
  }
  if (type_new_wrap_special(dict, ID(dunder_new), false) < 0) goto error;
  if (type_new_wrap_special(dict, ID(dunder_init_subclass), true) < 0) goto error;
  if (type_new_wrap_special(dict, ID(dunder_class_getitem), true) < 0) goto error;
  // Layout: base fields, __slots__ members, __dict__, __weakref__.
  {
    ssize slotoffset = ctx.base->basicsize;
    if (et->ht_slots) {
      MemberDef* mp = et->slot_members();
      for (ssize i = 0; i < nslot; ++i, ++mp) {
        const char* member_name = str_as_utf8(tuple_item(et->ht_slots, i));
        if (!member_name) goto error;
        mp->name = member_name;
        mp->type = MemberType::kObjectEx;
        mp->offset = slotoffset;
        mp->readonly = false;
        mp->doc = nullptr;
        slotoffset += sizeof(Object*);
      }
    }
    if (ctx.add_dict) {
      if (ctx.base->itemsize) {
        type->dictoffset = -static_cast<ssize>(sizeof(Object*));
      } else {
        type->dictoffset = slotoffset;
      }
      slotoffset += sizeof(Object*);
    }
    if (ctx.add_weak) {
      type->weaklistoffset = slotoffset;
      slotoffset += sizeof(Object*);
    }
    type->basicsize = slotoffset;
    type->itemsize = ctx.base->itemsize;
    type->members = nslot ? et->slot_members() : nullptr;
    // The MemberDef table is terminated by the zeroed entry after the last.
  }
  if (type->weaklistoffset && type->dictoffset) type->getset = subtype_getsets_full;
  else if (type->weaklistoffset && !type->dictoffset) type->getset = subtype_getsets_weakref_only;
  else if (!type->weaklistoffset && type->dictoffset) type->getset = subtype_getsets_dict_only;
  else type->getset = nullptr;
  // Special slots of every class made at run time.
  type->dealloc = subtype_dealloc;
  if (type->flags & tpflags::kHaveGC) {
    type->traverse = subtype_traverse;
    type->clear = subtype_clear;
  }
  if (type_ready(type) < 0) goto error;
  // Instances keep their attributes inline when the class gave them their
  // dict slot, or inherits it from a class that does.
  if (type->dictoffset > 0 && (ctx.add_dict || ((ctx.base->flags & tpflags::kManagedDict) &&
                                                type->dictoffset == ctx.base->dictoffset))) {
    type->flags |= tpflags::kManagedDict;
  }
  // Instances get the slots that call the class's special methods.
  fixup_slot_dispatchers(type);
  if (!type->setattro) type->setattro = generic_setattr;
  if (type_new_classcell_hook && type_new_classcell_hook(type) < 0) goto error;
  return obj;
error:
  decref(obj);
  return nullptr;
}

Object* type_new_slot(Type* metatype, Object* args, Object* kwds) {
  // type(name, bases, dict, **kwds)
  ssize nargs = tuple_size(args);
  if (nargs != 3) {
    set_error(&exc::TypeError, "type.__new__() takes exactly 3 arguments (0 given)");
    if (nargs != 0) {
      clear_error();
      format_error(&exc::TypeError, "type.__new__() takes exactly 3 arguments (%zd given)", nargs);
    }
    return nullptr;
  }
  Object* name = tuple_item(args, 0);
  Object* bases = tuple_item(args, 1);
  Object* orig_dict = tuple_item(args, 2);
  if (!is_str(name)) {
    return format_error(&exc::TypeError, "type.__new__() argument 1 must be str, not %.50s", name->type->name);
  }
  if (!is_tuple(bases)) {
    return format_error(&exc::TypeError, "type.__new__() argument 2 must be tuple, not %.50s",
                        bases == None ? "None" : bases->type->name);
  }
  if (!is_dict(orig_dict)) {
    return format_error(&exc::TypeError, "type.__new__() argument 3 must be dict, not %.50s",
                        orig_dict->type->name);
  }
  // A base that is not a class but could stand for one (__mro_entries__)
  // is for types.new_class and the class statement, not type().
  for (ssize i = 0; i < tuple_size(bases); ++i) {
    Object* base = tuple_item(bases, i);
    if (is_type(base)) continue;
    Object* mro_entries = nullptr;
    if (lookup_attr(base, ID(dunder_mro_entries), &mro_entries) < 0) return nullptr;
    if (mro_entries) {
      decref(mro_entries);
      set_error(&exc::TypeError, "type() doesn't support MRO entry resolution; use types.new_class()");
      return nullptr;
    }
  }
  Type* winner = calculate_metaclass(metatype, bases);
  if (!winner) return nullptr;
  if (winner != metatype && winner->new_ != type_new_slot) {
    // A more derived metaclass with its own __new__ takes over.
    return winner->new_(winner, args, kwds);
  }
  metatype = winner;
  TypeNewContext ctx{};
  ctx.metatype = metatype;
  ctx.args = args;
  ctx.kwds = kwds;
  ctx.orig_dict = orig_dict;
  ctx.name = name;
  Object* bases_ref;
  if (tuple_size(bases) == 0) {
    bases_ref = tuple_pack({&ObjectType});
    if (!bases_ref) return nullptr;
  } else {
    bases_ref = newref(bases);
  }
  ctx.bases = bases_ref;
  ctx.base = best_base(bases_ref);
  if (!ctx.base) {
    decref(bases_ref);
    return nullptr;
  }
  Object* type = type_new_impl(ctx);
  decref(bases_ref);
  if (!type) return nullptr;
  if (type_new_set_names(static_cast<Type*>(type)) < 0 || type_new_init_subclass(static_cast<Type*>(type), kwds) < 0) {
    decref(type);
    return nullptr;
  }
  return type;
}

}  // namespace

Object* type_new(Type* metatype, Object* args, Object* kwds) { return type_new_slot(metatype, args, kwds); }

Object* type_getattro(Object* type_obj, Object* name) {
  Type* type = as_type_ptr(type_obj);
  Type* metatype = type_obj->type;
  if (!is_str(name)) {
    return format_error(&exc::TypeError, "attribute name must be string, not '%.200s'", name->type->name);
  }
  if (!(type->flags & tpflags::kReady) && type_ready(type) < 0) return nullptr;
  Object* meta_attribute = type_lookup(metatype, name);
  descrgetfunc meta_get = nullptr;
  if (meta_attribute) {
    incref(meta_attribute);
    meta_get = meta_attribute->type->descr_get;
    if (meta_get && meta_attribute->type->descr_set) {
      Object* res = meta_get(meta_attribute, type_obj, metatype);
      decref(meta_attribute);
      return res;
    }
  }
  Object* attribute = type_lookup(type, name);
  if (attribute) {
    incref(attribute);
    descrgetfunc local_get = attribute->type->descr_get;
    xdecref(meta_attribute);
    if (local_get) {
      Object* res = local_get(attribute, nullptr, type_obj);
      decref(attribute);
      return res;
    }
    return attribute;
  }
  if (meta_get) {
    Object* res = meta_get(meta_attribute, type_obj, metatype);
    decref(meta_attribute);
    return res;
  }
  if (meta_attribute) return meta_attribute;
  format_error(&exc::AttributeError, "type object '%.50s' has no attribute '%U'", type->name, name);
  return nullptr;
}

int type_setattro(Object* type_obj, Object* name, Object* value) {
  Type* type = as_type_ptr(type_obj);
  if (type->flags & tpflags::kImmutableType) {
    format_error(&exc::TypeError, "cannot set %R attribute of immutable type '%s'", name, type->name);
    return -1;
  }
  Object* key;
  if (is_str(name)) {
    key = is_str_exact(name) ? newref(name) : str_from_kind_data(str_kind(name), str_data(name), str_length(name));
    if (!key) return -1;
    str_intern_in_place(&key);
  } else {
    key = newref(name);  // generic_setattr reports the error
  }
  int res = generic_setattr(type_obj, key, value);
  if (res == 0) {
    type_modified(type);
    if (is_str(key) && is_slot_name(key)) res = update_slot(type, key);
  }
  decref(key);
  return res;
}

NumberMethods type_as_number = {
    .nb_or = union_type_or,
};

Type TypeType{{
    .name = "type",
    .basicsize = sizeof(HeapType),
    .itemsize = sizeof(MemberDef),
    .dealloc = type_dealloc,
    .vectorcall_offset = offsetof(Type, vectorcall),
    .repr = type_repr,
    .as_number = &type_as_number,
    .call = type_call,
    .getattro = type_getattro,
    .setattro = type_setattro,
    .flags = tpflags::kHaveGC | tpflags::kBaseType | tpflags::kTypeSubclass | tpflags::kHaveVectorcall,
    .doc = "type(object) -> the class of object\n"
           "type(name, bases, namespace, **kwds) -> a newly made class\n\n"
           "With one argument, tell what class an object belongs to.  With three,\n"
           "build a class as a class statement would: named `name`, deriving from\n"
           "the tuple `bases`, with `namespace` as its initial attributes.",
    .traverse = type_traverse,
    .clear = type_clear_slot,
    .weaklistoffset = offsetof(Type, weaklist),
    .methods = type_methods,
    .members = type_members,
    .getset = type_getset,
    .base = &ObjectType,
    .dictoffset = offsetof(Type, dict),
    .init = type_init,
    .new_ = type_new_slot,
    .vectorcall = type_vectorcall,
}};

}  // namespace glasspy
