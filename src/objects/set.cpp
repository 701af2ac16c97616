// `set` and `frozenset` (see set.h for the table).  The algorithms are
// CPython 3.11's step for step -- the insertion probe, the resize policy,
// the order in which the operations visit their operands (intersection walks
// the smaller set, difference copies when the other set is small...) --
// because iteration order follows from them.
#include "objects/instance_size.h"
#include "objects/set.h"

#include <cstdlib>
#include <cstring>

#include "objects/abstract.h"
#include "objects/call.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/gc.h"
#include "objects/genericalias.h"
#include "objects/int.h"
#include "objects/iterator_pickling.h"
#include "objects/known_strings.h"
#include "objects/list.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/weakref.h"

namespace glasspy {

namespace {

constexpr ssize kLinearProbes = 9;
constexpr int kPerturbShift = 5;

// The marker of deleted entries; never visible outside.
Object dummy_struct = {1, &NoneType};
Object* const dummy = &dummy_struct;

inline bool str_fast_equal(Object* a, Object* b) { return is_str_exact(a) && is_str_exact(b) && str_equal(a, b); }

inline hash_t key_hash(Object* key) {
  if (is_str_exact(key)) {
    hash_t h = as_str(key)->hash;
    if (h != -1) return h;
  }
  return object_hash(key);
}

// The entry holding key, or an unused entry; null on error.
SetEntry* set_lookkey(SetObject* so, Object* key, hash_t hash) {
  size_t perturb = static_cast<size_t>(hash);
  size_t mask = static_cast<size_t>(so->mask);
  size_t i = static_cast<size_t>(hash) & mask;
  for (;;) {
    SetEntry* entry = &so->table[i];
    ssize probes = i + kLinearProbes <= mask ? kLinearProbes : 0;
    do {
      if (entry->hash == 0 && entry->key == nullptr) return entry;
      if (entry->hash == hash) {
        Object* startkey = entry->key;
        if (startkey == key) return entry;
        if (str_fast_equal(startkey, key)) return entry;
        SetEntry* table = so->table;
        incref(startkey);
        int cmp = rich_compare_bool(startkey, key, kEQ);
        decref(startkey);
        if (cmp < 0) return nullptr;
        if (table != so->table || entry->key != startkey) return set_lookkey(so, key, hash);
        if (cmp > 0) return entry;
        mask = static_cast<size_t>(so->mask);
      }
      ++entry;
    } while (probes--);
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

// Inserts into a table known to hold no dummies and not to contain key.
void set_insert_clean(SetEntry* table, size_t mask, Object* key, hash_t hash) {
  size_t perturb = static_cast<size_t>(hash);
  size_t i = static_cast<size_t>(hash) & mask;
  for (;;) {
    SetEntry* entry = &table[i];
    if (!entry->key) goto found_null;
    if (i + kLinearProbes <= mask) {
      for (ssize j = 0; j < kLinearProbes; ++j) {
        ++entry;
        if (!entry->key) goto found_null;
      }
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
    continue;
  found_null:
    entry->key = key;
    entry->hash = hash;
    return;
  }
}

int set_table_resize(SetObject* so, ssize minused) {
  size_t newsize = kSetMinSize;
  while (newsize <= static_cast<size_t>(minused)) newsize <<= 1;
  SetEntry* oldtable = so->table;
  const bool oldtable_malloced = oldtable != so->smalltable;
  const size_t oldmask = static_cast<size_t>(so->mask);
  SetEntry small_copy[kSetMinSize];
  SetEntry* newtable;
  if (newsize == kSetMinSize) {
    newtable = so->smalltable;
    if (newtable == oldtable) {
      if (so->fill == so->used) return 0;  // no dummies: nothing to do
      // Rebuild in place to purge the dummies.
      std::memcpy(small_copy, oldtable, sizeof small_copy);
      oldtable = small_copy;
    }
  } else {
    newtable = static_cast<SetEntry*>(std::malloc(sizeof(SetEntry) * newsize));
    if (!newtable) {
      no_memory();
      return -1;
    }
  }
  std::memset(newtable, 0, sizeof(SetEntry) * newsize);
  so->mask = static_cast<ssize>(newsize - 1);
  so->table = newtable;
  const size_t newmask = newsize - 1;
  if (so->fill == so->used) {
    for (SetEntry* entry = oldtable; entry <= oldtable + oldmask; ++entry)
      if (entry->key) set_insert_clean(newtable, newmask, entry->key, entry->hash);
  } else {
    so->fill = so->used;
    for (SetEntry* entry = oldtable; entry <= oldtable + oldmask; ++entry)
      if (entry->key && entry->key != dummy) set_insert_clean(newtable, newmask, entry->key, entry->hash);
  }
  if (oldtable_malloced) std::free(oldtable);
  return 0;
}

// Adds key (counted here); 0 / -1.
int set_add_entry(SetObject* so, Object* key, hash_t hash) {
  incref(key);
restart:
  size_t mask = static_cast<size_t>(so->mask);
  size_t i = static_cast<size_t>(hash) & mask;
  SetEntry* freeslot = nullptr;
  size_t perturb = static_cast<size_t>(hash);
  for (;;) {
    SetEntry* entry = &so->table[i];
    ssize probes = i + kLinearProbes <= mask ? kLinearProbes : 0;
    do {
      if (entry->hash == 0 && entry->key == nullptr) {
        if (freeslot) {
          // Reuse a dummy slot.
          so->used++;
          freeslot->key = key;
          freeslot->hash = hash;
          return 0;
        }
        so->fill++;
        so->used++;
        entry->key = key;
        entry->hash = hash;
        if (static_cast<size_t>(so->fill) * 5 < mask * 3) return 0;
        return set_table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
      }
      if (entry->hash == hash) {
        Object* startkey = entry->key;
        if (startkey == key || str_fast_equal(startkey, key)) {
          decref(key);
          return 0;
        }
        SetEntry* table = so->table;
        incref(startkey);
        int cmp = rich_compare_bool(startkey, key, kEQ);
        decref(startkey);
        if (cmp > 0) {
          decref(key);
          return 0;
        }
        if (cmp < 0) {
          decref(key);
          return -1;
        }
        if (table != so->table || entry->key != startkey) goto restart;
        mask = static_cast<size_t>(so->mask);
      } else if (entry->hash == -1) {
        // CPython 3.11 keeps the last dummy the probe passed, not the
        // first: where the key lands decides the iteration order.
        freeslot = entry;
      }
      ++entry;
    } while (probes--);
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

int set_add_key(SetObject* so, Object* key) {
  hash_t hash = key_hash(key);
  if (hash == -1) return -1;
  return set_add_entry(so, key, hash);
}

int set_contains_entry(SetObject* so, Object* key, hash_t hash) {
  SetEntry* entry = set_lookkey(so, key, hash);
  if (!entry) return -1;
  return entry->key != nullptr;
}

int set_contains_key(SetObject* so, Object* key) {
  hash_t hash = key_hash(key);
  if (hash == -1) return -1;
  return set_contains_entry(so, key, hash);
}

// 1 found (and removed), 0 absent, -1 error.
int set_discard_entry(SetObject* so, Object* key, hash_t hash) {
  SetEntry* entry = set_lookkey(so, key, hash);
  if (!entry) return -1;
  if (!entry->key) return 0;
  Object* old_key = entry->key;
  entry->key = dummy;
  entry->hash = -1;
  so->used--;
  decref(old_key);
  return 1;
}

int set_discard_key(SetObject* so, Object* key) {
  hash_t hash = key_hash(key);
  if (hash == -1) return -1;
  return set_discard_entry(so, key, hash);
}

bool next_entry(SetObject* so, ssize* pos, SetEntry** out) {
  ssize i = *pos;
  ssize mask = so->mask;
  SetEntry* entry = &so->table[i];
  while (i <= mask && (entry->key == nullptr || entry->key == dummy)) {
    ++i;
    ++entry;
  }
  *pos = i + 1;
  if (i > mask) return false;
  *out = entry;
  return true;
}

void set_clear_internal(SetObject* so) {
  SetEntry* table = so->table;
  ssize fill = so->fill;
  const bool malloced = table != so->smalltable;
  SetEntry small_copy[kSetMinSize];
  if (!malloced) {
    std::memcpy(small_copy, table, sizeof small_copy);
    table = small_copy;
  }
  // Empty the set first: releasing keys may run code that looks at it.
  std::memset(so->smalltable, 0, sizeof so->smalltable);
  so->fill = 0;
  so->used = 0;
  so->mask = kSetMinSize - 1;
  so->table = so->smalltable;
  so->hash = -1;
  for (SetEntry* entry = table; fill > 0; ++entry) {
    if (entry->key) {
      --fill;
      if (entry->key != dummy) decref(entry->key);
    }
  }
  if (malloced) std::free(table);
}

int set_merge(SetObject* so, SetObject* other) {
  if (other == so || other->used == 0) return 0;
  // One big resize first, expecting few common keys.
  if ((so->fill + other->used) * 5 >= so->mask * 3) {
    if (set_table_resize(so, (so->used + other->used) * 2) != 0) return -1;
  }
  SetEntry* so_entry = so->table;
  SetEntry* other_entry = other->table;
  // Empty with the same size and no dummies: copy slot for slot.
  if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
    for (ssize i = 0; i <= other->mask; ++i, ++so_entry, ++other_entry) {
      Object* key = other_entry->key;
      if (key) {
        so_entry->key = newref(key);
        so_entry->hash = other_entry->hash;
      }
    }
    so->fill = other->fill;
    so->used = other->used;
    return 0;
  }
  if (so->fill == 0) {
    SetEntry* newtable = so->table;
    size_t newmask = static_cast<size_t>(so->mask);
    so->fill = other->used;
    so->used = other->used;
    for (ssize i = other->mask + 1; i > 0; --i, ++other_entry) {
      Object* key = other_entry->key;
      if (key && key != dummy) set_insert_clean(newtable, newmask, newref(key), other_entry->hash);
    }
    return 0;
  }
  for (ssize i = 0; i <= other->mask; ++i) {
    other_entry = &other->table[i];
    Object* key = other_entry->key;
    if (key && key != dummy) {
      if (set_add_entry(so, key, other_entry->hash)) return -1;
    }
  }
  return 0;
}

int set_update_internal(SetObject* so, Object* other) {
  if (is_anyset(other)) return set_merge(so, as_set(other));
  if (is_dict_exact(other)) {
    ssize dictsize = dict_size(other);
    if ((so->fill + dictsize) * 5 >= so->mask * 3) {
      if (set_table_resize(so, (so->used + dictsize) * 2) != 0) return -1;
    }
    ssize pos = 0;
    Object* key;
    hash_t hash;
    while (dict_next(other, &pos, &key, nullptr, &hash)) {
      if (set_add_entry(so, key, hash)) return -1;
    }
    return 0;
  }
  Object* it = get_iter(other);
  if (!it) return -1;
  while (Object* key = iter_next(it)) {
    int r = set_add_key(so, key);
    decref(key);
    if (r) {
      decref(it);
      return -1;
    }
  }
  decref(it);
  return error_occurred() ? -1 : 0;
}

Object* make_new_set(Type* type, Object* iterable) {
  Object* o = type == &SetType || type == &FrozenSetType ? allocate_object(type, sizeof(SetObject))
                                                        : type_generic_alloc(type, 0);
  if (!o) return nullptr;
  SetObject* so = as_set(o);
  so->fill = 0;
  so->used = 0;
  so->mask = kSetMinSize - 1;
  so->table = so->smalltable;
  so->hash = -1;
  so->finger = 0;
  so->weaklist = nullptr;
  if (!gc_is_tracked(o)) gc_track(o);
  if (iterable && set_update_internal(so, iterable)) {
    decref(o);
    return nullptr;
  }
  return o;
}

// The built-in type a derived set's operations produce.
Object* make_new_set_basetype(Type* type, Object* iterable) {
  if (type != &SetType && type != &FrozenSetType) type = is_subtype(type, &SetType) ? &SetType : &FrozenSetType;
  return make_new_set(type, iterable);
}

Object* set_copy_impl(Object* so) { return make_new_set_basetype(so->type, so); }

// ---- the operations ----

Object* set_intersection_impl(SetObject* so, Object* other) {
  if (so == other) return set_copy_impl(so);
  Object* result = make_new_set_basetype(so->type, nullptr);
  if (!result) return nullptr;
  if (is_anyset(other)) {
    Object* small = other;
    SetObject* big = so;
    if (set_size(other) > set_size(so)) {
      small = so;
      big = as_set(other);
    }
    ssize pos = 0;
    SetEntry* entry;
    while (next_entry(as_set(small), &pos, &entry)) {
      Object* key = newref(entry->key);
      hash_t hash = entry->hash;
      int rv = set_contains_entry(big, key, hash);
      if (rv > 0) rv = set_add_entry(as_set(result), key, hash) == 0 ? 1 : -1;
      decref(key);
      if (rv < 0) {
        decref(result);
        return nullptr;
      }
    }
    return result;
  }
  Object* it = get_iter(other);
  if (!it) {
    decref(result);
    return nullptr;
  }
  while (Object* key = iter_next(it)) {
    hash_t hash = object_hash(key);
    int rv = hash == -1 ? -1 : set_contains_entry(so, key, hash);
    if (rv > 0) {
      if (set_add_entry(as_set(result), key, hash)) rv = -1;
      else if (set_size(result) >= set_size(so)) {
        decref(key);
        break;
      }
    }
    decref(key);
    if (rv < 0) {
      decref(it);
      decref(result);
      return nullptr;
    }
  }
  decref(it);
  if (error_occurred()) {
    decref(result);
    return nullptr;
  }
  return result;
}

int set_difference_update_internal(SetObject* so, Object* other) {
  if (so == other) {
    set_clear_internal(so);
    return 0;
  }
  if (is_anyset(other)) {
    // A much larger other set: use its intersection with so instead.
    Object* o = (set_size(other) >> 3) > set_size(so) ? set_intersection_impl(so, other) : newref(other);
    if (!o) return -1;
    ssize pos = 0;
    SetEntry* entry;
    while (next_entry(as_set(o), &pos, &entry)) {
      Object* key = newref(entry->key);
      int r = set_discard_entry(so, key, entry->hash);
      decref(key);
      if (r < 0) {
        decref(o);
        return -1;
      }
    }
    decref(o);
  } else {
    Object* it = get_iter(other);
    if (!it) return -1;
    while (Object* key = iter_next(it)) {
      int r = set_discard_key(so, key);
      decref(key);
      if (r < 0) {
        decref(it);
        return -1;
      }
    }
    decref(it);
    if (error_occurred()) return -1;
  }
  // Many dummies: rebuild.
  if (static_cast<size_t>(so->fill - so->used) <= static_cast<size_t>(so->mask) / 4) return 0;
  return set_table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

Object* set_difference_impl(SetObject* so, Object* other) {
  ssize other_size;
  if (is_anyset(other)) {
    other_size = set_size(other);
  } else if (is_dict_exact(other)) {
    other_size = dict_size(other);
  } else {
    Object* result = set_copy_impl(so);
    if (result && set_difference_update_internal(as_set(result), other) < 0) clear_ref(result);
    return result;
  }
  if ((set_size(so) >> 2) > other_size) {
    Object* result = set_copy_impl(so);
    if (result && set_difference_update_internal(as_set(result), other) < 0) clear_ref(result);
    return result;
  }
  Object* result = make_new_set_basetype(so->type, nullptr);
  if (!result) return nullptr;
  ssize pos = 0;
  SetEntry* entry;
  while (next_entry(so, &pos, &entry)) {
    Object* key = newref(entry->key);
    hash_t hash = entry->hash;
    int rv;
    if (is_dict_exact(other)) {
      Object* v = dict_get_item_known_hash(other, key, hash);
      rv = v ? 1 : error_occurred() ? -1 : 0;
    } else {
      rv = set_contains_entry(as_set(other), key, hash);
    }
    if (rv == 0) rv = set_add_entry(as_set(result), key, hash) == 0 ? 0 : -1;
    decref(key);
    if (rv < 0) {
      decref(result);
      return nullptr;
    }
  }
  return result;
}

int set_symmetric_difference_update_internal(SetObject* so, Object* other) {
  if (so == other) {
    set_clear_internal(so);
    return 0;
  }
  if (is_dict_exact(other)) {
    ssize pos = 0;
    Object* key;
    hash_t hash;
    while (dict_next(other, &pos, &key, nullptr, &hash)) {
      incref(key);
      int rv = set_discard_entry(so, key, hash);
      if (rv == 0) rv = set_add_entry(so, key, hash) == 0 ? 0 : -1;
      decref(key);
      if (rv < 0) return -1;
    }
    return 0;
  }
  Object* otherset = is_anyset(other) ? newref(other) : make_new_set_basetype(so->type, other);
  if (!otherset) return -1;
  ssize pos = 0;
  SetEntry* entry;
  while (next_entry(as_set(otherset), &pos, &entry)) {
    Object* key = newref(entry->key);
    hash_t hash = entry->hash;
    int rv = set_discard_entry(so, key, hash);
    if (rv == 0) rv = set_add_entry(so, key, hash) == 0 ? 0 : -1;
    decref(key);
    if (rv < 0) {
      decref(otherset);
      return -1;
    }
  }
  decref(otherset);
  return 0;
}

Object* set_symmetric_difference_impl(SetObject* so, Object* other) {
  Object* otherset = make_new_set_basetype(so->type, other);
  if (!otherset) return nullptr;
  if (set_symmetric_difference_update_internal(as_set(otherset), so) < 0) {
    decref(otherset);
    return nullptr;
  }
  return otherset;
}

int set_issubset_impl(SetObject* so, Object* other) {
  if (!is_anyset(other)) {
    Object* tmp = make_new_set(&SetType, other);
    if (!tmp) return -1;
    int r = set_issubset_impl(so, tmp);
    decref(tmp);
    return r;
  }
  if (set_size(so) > set_size(other)) return 0;
  ssize pos = 0;
  SetEntry* entry;
  while (next_entry(so, &pos, &entry)) {
    Object* key = newref(entry->key);
    int rv = set_contains_entry(as_set(other), key, entry->hash);
    decref(key);
    if (rv <= 0) return rv;
  }
  return 1;
}

int set_issuperset_impl(SetObject* so, Object* other) {
  if (is_anyset(other)) return set_issubset_impl(as_set(other), so);
  Object* it = get_iter(other);
  if (!it) return -1;
  while (Object* key = iter_next(it)) {
    int rv = set_contains_key(so, key);
    decref(key);
    if (rv <= 0) {
      decref(it);
      return rv;
    }
  }
  decref(it);
  return error_occurred() ? -1 : 1;
}

// ---- slots and methods ----

void set_dealloc(Object* o) {
  SetObject* so = as_set(o);
  gc_untrack(o);
  if (trashcan_begin(o)) return;
  clear_weakrefs_if_any(o);
  ssize used = so->fill;
  for (SetEntry* entry = so->table; used > 0; ++entry) {
    if (entry->key) {
      --used;
      if (entry->key != dummy) decref(entry->key);
    }
  }
  if (so->table != so->smalltable) std::free(so->table);
  free_object(o);
  trashcan_end();
}

int set_traverse(Object* o, visitproc visit, void* arg) {
  ssize pos = 0;
  SetEntry* entry;
  while (next_entry(as_set(o), &pos, &entry)) GLASSPY_VISIT(entry->key);
  return 0;
}

int set_tp_clear(Object* o) {
  set_clear_internal(as_set(o));
  return 0;
}

Object* set_repr(Object* o) {
  SetObject* so = as_set(o);
  int status = repr_enter(o);
  if (status != 0) return status < 0 ? nullptr : str_from_format("%s(...)", o->type->name);
  if (!so->used) {
    repr_leave(o);
    return str_from_format("%s()", o->type->name);
  }
  Object* keys = sequence_list(o);
  Object* result = nullptr;
  if (keys) {
    Object* listrepr = object_repr(keys);
    decref(keys);
    if (listrepr) {
      Object* inner = str_substring(listrepr, 1, str_length(listrepr) - 1);
      decref(listrepr);
      if (inner) {
        if (o->type != &SetType) result = str_from_format("%s({%U})", o->type->name, inner);
        else result = str_from_format("{%U}", inner);
        decref(inner);
      }
    }
  }
  repr_leave(o);
  return result;
}

ssize set_len(Object* o) { return as_set(o)->used; }

int set_sq_contains(Object* o, Object* key) {
  int rv = set_contains_key(as_set(o), key);
  if (rv < 0 && is_set(key) && error_matches(&exc::TypeError)) {
    // A set is looked up as the equal frozenset.
    clear_error();
    Object* tmp = make_new_set(&FrozenSetType, key);
    if (!tmp) return -1;
    rv = set_contains_key(as_set(o), tmp);
    decref(tmp);
  }
  return rv;
}

uhash_t shuffle_bits(uhash_t h) { return ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL; }

hash_t frozenset_hash(Object* o) {
  SetObject* so = as_set(o);
  if (so->hash != -1) return so->hash;
  uhash_t hash = 0;
  for (SetEntry* entry = so->table; entry <= &so->table[so->mask]; ++entry)
    hash ^= shuffle_bits(static_cast<uhash_t>(entry->hash));
  // Remove the effect of an odd number of unused and of dummy entries.
  if ((so->mask + 1 - so->fill) & 1) hash ^= shuffle_bits(0);
  if ((so->fill - so->used) & 1) hash ^= shuffle_bits(static_cast<uhash_t>(-1));
  hash ^= (static_cast<uhash_t>(so->used) + 1) * 1927868237UL;
  hash ^= (hash >> 11) ^ (hash >> 25);
  hash = hash * 69069U + 907133923UL;
  if (hash == static_cast<uhash_t>(-1)) hash = 590923713UL;
  so->hash = static_cast<hash_t>(hash);
  return so->hash;
}

Object* set_richcompare(Object* v, Object* w, int op) {
  if (!is_anyset(w)) return newref(NotImplemented);
  SetObject* so = as_set(v);
  int r;
  switch (op) {
    case kEQ:
      if (set_size(v) != set_size(w)) return newref(False);
      if (so->hash != -1 && as_set(w)->hash != -1 && so->hash != as_set(w)->hash) return newref(False);
      r = set_issubset_impl(so, w);
      break;
    case kNE: {
      Object* eq = set_richcompare(v, w, kEQ);
      if (!eq) return nullptr;
      bool t = eq == True;
      decref(eq);
      return bool_from(!t);
    }
    case kLE: r = set_issubset_impl(so, w); break;
    case kGE: r = set_issuperset_impl(so, w); break;
    case kLT:
      if (set_size(v) >= set_size(w)) return newref(False);
      r = set_issubset_impl(so, w);
      break;
    default:
      if (set_size(v) <= set_size(w)) return newref(False);
      r = set_issuperset_impl(so, w);
      break;
  }
  if (r < 0) return nullptr;
  return bool_from(r);
}

// ---- number slots ----

Object* set_or(Object* a, Object* b) {
  if (!is_anyset(a) || !is_anyset(b)) return newref(NotImplemented);
  Object* result = set_copy_impl(a);
  if (!result || a == b) return result;
  if (set_update_internal(as_set(result), b)) {
    decref(result);
    return nullptr;
  }
  return result;
}

Object* set_and(Object* a, Object* b) {
  if (!is_anyset(a) || !is_anyset(b)) return newref(NotImplemented);
  return set_intersection_impl(as_set(a), b);
}

Object* set_sub(Object* a, Object* b) {
  if (!is_anyset(a) || !is_anyset(b)) return newref(NotImplemented);
  return set_difference_impl(as_set(a), b);
}

Object* set_xor(Object* a, Object* b) {
  if (!is_anyset(a) || !is_anyset(b)) return newref(NotImplemented);
  return set_symmetric_difference_impl(as_set(a), b);
}

Object* set_ior(Object* a, Object* b) {
  if (!is_anyset(b)) return newref(NotImplemented);
  if (set_update_internal(as_set(a), b)) return nullptr;
  return newref(a);
}

// Replaces so's contents by other's, table and all (CPython's
// set_swap_bodies, used by the in-place intersection).
void set_swap_bodies(SetObject* a, SetObject* b) {
  std::swap(a->fill, b->fill);
  std::swap(a->used, b->used);
  std::swap(a->mask, b->mask);
  SetEntry* ta = a->table == a->smalltable ? nullptr : a->table;
  SetEntry* tb = b->table == b->smalltable ? nullptr : b->table;
  SetEntry tmp[kSetMinSize];
  std::memcpy(tmp, a->smalltable, sizeof tmp);
  std::memcpy(a->smalltable, b->smalltable, sizeof tmp);
  std::memcpy(b->smalltable, tmp, sizeof tmp);
  a->table = tb ? tb : a->smalltable;
  b->table = ta ? ta : b->smalltable;
  std::swap(a->hash, b->hash);
}

int set_intersection_update_internal(SetObject* so, Object* other) {
  Object* tmp = set_intersection_impl(so, other);
  if (!tmp) return -1;
  set_swap_bodies(so, as_set(tmp));
  decref(tmp);
  return 0;
}

Object* set_iand(Object* a, Object* b) {
  if (!is_anyset(b)) return newref(NotImplemented);
  if (set_intersection_update_internal(as_set(a), b) < 0) return nullptr;
  return newref(a);
}

Object* set_isub(Object* a, Object* b) {
  if (!is_anyset(b)) return newref(NotImplemented);
  if (set_difference_update_internal(as_set(a), b) < 0) return nullptr;
  return newref(a);
}

Object* set_ixor(Object* a, Object* b) {
  if (!is_anyset(b)) return newref(NotImplemented);
  if (set_symmetric_difference_update_internal(as_set(a), b) < 0) return nullptr;
  return newref(a);
}

// ---- methods ----

Object* m_add(Object* self, Object* key) {
  if (set_add_key(as_set(self), key)) return nullptr;
  return newref(None);
}

Object* m_clear(Object* self) {
  set_clear_internal(as_set(self));
  return newref(None);
}

Object* m_copy(Object* self) { return set_copy_impl(self); }

Object* m_frozenset_copy(Object* self) {
  if (self->type == &FrozenSetType) return newref(self);
  return set_copy_impl(self);
}

// discard / remove: a set key is looked up as a frozenset.
int discard_with_frozenset_fallback(Object* self, Object* key) {
  int rv = set_discard_key(as_set(self), key);
  if (rv < 0) {
    if (!is_set(key) || !error_matches(&exc::TypeError)) return -1;
    clear_error();
    Object* tmp = make_new_set(&FrozenSetType, key);
    if (!tmp) return -1;
    rv = set_discard_key(as_set(self), tmp);
    decref(tmp);
  }
  return rv;
}

Object* m_discard(Object* self, Object* key) {
  if (discard_with_frozenset_fallback(self, key) < 0) return nullptr;
  return newref(None);
}

Object* m_remove(Object* self, Object* key) {
  int rv = discard_with_frozenset_fallback(self, key);
  if (rv < 0) return nullptr;
  if (rv == 0) {
    set_key_error(key);
    return nullptr;
  }
  return newref(None);
}

Object* m_pop(Object* self) {
  SetObject* so = as_set(self);
  if (so->used == 0) {
    set_error(&exc::KeyError, "pop from an empty set");
    return nullptr;
  }
  SetEntry* entry = so->table + (so->finger & so->mask);
  SetEntry* limit = so->table + so->mask;
  while (!entry->key || entry->key == dummy) {
    ++entry;
    if (entry > limit) entry = so->table;
  }
  Object* key = entry->key;
  entry->key = dummy;
  entry->hash = -1;
  so->used--;
  so->finger = entry - so->table + 1;
  return key;
}

Object* m_update(Object* self, Object* const* args, ssize nargs) {
  for (ssize i = 0; i < nargs; ++i)
    if (set_update_internal(as_set(self), args[i])) return nullptr;
  return newref(None);
}

Object* m_union(Object* self, Object* const* args, ssize nargs) {
  Object* result = set_copy_impl(self);
  if (!result) return nullptr;
  for (ssize i = 0; i < nargs; ++i) {
    if (args[i] == self) continue;
    if (set_update_internal(as_set(result), args[i])) {
      decref(result);
      return nullptr;
    }
  }
  return result;
}

Object* m_intersection(Object* self, Object* const* args, ssize nargs) {
  if (nargs == 0) return set_copy_impl(self);
  Object* result = newref(self);
  for (ssize i = 0; i < nargs; ++i) {
    Object* next = set_intersection_impl(as_set(result), args[i]);
    decref(result);
    if (!next) return nullptr;
    result = next;
  }
  return result;
}

Object* m_intersection_update(Object* self, Object* const* args, ssize nargs) {
  Object* tmp = m_intersection(self, args, nargs);
  if (!tmp) return nullptr;
  set_swap_bodies(as_set(self), as_set(tmp));
  decref(tmp);
  return newref(None);
}

Object* m_difference(Object* self, Object* const* args, ssize nargs) {
  if (nargs == 0) return set_copy_impl(self);
  Object* result = set_difference_impl(as_set(self), args[0]);
  if (!result) return nullptr;
  for (ssize i = 1; i < nargs; ++i) {
    if (set_difference_update_internal(as_set(result), args[i]) < 0) {
      decref(result);
      return nullptr;
    }
  }
  return result;
}

Object* m_difference_update(Object* self, Object* const* args, ssize nargs) {
  for (ssize i = 0; i < nargs; ++i)
    if (set_difference_update_internal(as_set(self), args[i]) < 0) return nullptr;
  return newref(None);
}

Object* m_symmetric_difference(Object* self, Object* other) {
  return set_symmetric_difference_impl(as_set(self), other);
}

Object* m_symmetric_difference_update(Object* self, Object* other) {
  if (set_symmetric_difference_update_internal(as_set(self), other) < 0) return nullptr;
  return newref(None);
}

Object* m_issubset(Object* self, Object* other) {
  int r = set_issubset_impl(as_set(self), other);
  if (r < 0) return nullptr;
  return bool_from(r);
}

Object* m_issuperset(Object* self, Object* other) {
  int r = set_issuperset_impl(as_set(self), other);
  if (r < 0) return nullptr;
  return bool_from(r);
}

Object* m_isdisjoint(Object* self, Object* other) {
  SetObject* so = as_set(self);
  if (self == other) return bool_from(so->used == 0);
  if (is_anyset_exact(other)) {
    SetObject* big = so;
    Object* small = other;
    if (set_size(other) > set_size(self)) {
      big = as_set(other);
      small = self;
    }
    ssize pos = 0;
    SetEntry* entry;
    while (next_entry(as_set(small), &pos, &entry)) {
      Object* key = newref(entry->key);
      int rv = set_contains_entry(big, key, entry->hash);
      decref(key);
      if (rv < 0) return nullptr;
      if (rv) return newref(False);
    }
    return newref(True);
  }
  Object* it = get_iter(other);
  if (!it) return nullptr;
  while (Object* key = iter_next(it)) {
    int rv = set_contains_key(so, key);
    decref(key);
    if (rv < 0) {
      decref(it);
      return nullptr;
    }
    if (rv) {
      decref(it);
      return newref(False);
    }
  }
  decref(it);
  if (error_occurred()) return nullptr;
  return newref(True);
}

Object* m_contains(Object* self, Object* key) {
  int r = set_sq_contains(self, key);
  if (r < 0) return nullptr;
  return bool_from(r);
}

Object* m_reduce(Object* self) {
  Object* keys = sequence_list(self);
  if (!keys) return nullptr;
  Object* args = tuple_pack({keys});
  decref(keys);
  if (!args) return nullptr;
  Object* state;
  if (lookup_attr(self, ID(dunder_dict), &state) < 0) {
    decref(args);
    return nullptr;
  }
  if (!state) state = newref(None);
  Object* r = tuple_pack({self->type, args, state});
  decref(args);
  decref(state);
  return r;
}

Object* m_sizeof(Object* self) { return int_from_ssize(set_sizeof(self) + heap_type_added_size(self->type)); }

// set(iterable=()).__init__
int set_init(Object* self, Object* args, Object* kwds) {
  if (!check_no_kwargs("set", kwds)) return -1;
  if (!check_positional(self->type->name, tuple_size(args), 0, 1)) return -1;
  SetObject* so = as_set(self);
  if (so->fill) set_clear_internal(so);
  so->hash = -1;
  if (tuple_size(args) == 0) return 0;
  return set_update_internal(so, tuple_item(args, 0));
}

Object* set_tp_new(Type* type, Object* args, Object* kwds) {
  if (type == &SetType && !check_no_kwargs("set", kwds)) return nullptr;
  return make_new_set(type, nullptr);
}

Object* set_vectorcall(Object* type, Object* const* args, size_t nargsf, Object* kwnames) {
  if (!check_no_kwnames("set", kwnames)) return nullptr;
  ssize nargs = vectorcall_nargs(nargsf);
  if (!check_positional("set", nargs, 0, 1)) return nullptr;
  return make_new_set(static_cast<Type*>(type), nargs ? args[0] : nullptr);
}

Object* make_new_frozenset(Type* type, Object* iterable) {
  if (type != &FrozenSetType) return make_new_set(type, iterable);
  if (iterable && iterable->type == &FrozenSetType) return newref(iterable);
  return make_new_set(type, iterable);
}

Object* frozenset_tp_new(Type* type, Object* args, Object* kwds) {
  if ((type == &FrozenSetType || type->init == FrozenSetType.init) && !check_no_kwargs("frozenset", kwds))
    return nullptr;
  if (!check_positional(type->name, tuple_size(args), 0, 1)) return nullptr;
  return make_new_frozenset(type, tuple_size(args) ? tuple_item(args, 0) : nullptr);
}

Object* frozenset_vectorcall(Object* type, Object* const* args, size_t nargsf, Object* kwnames) {
  if (!check_no_kwnames("frozenset", kwnames)) return nullptr;
  ssize nargs = vectorcall_nargs(nargsf);
  if (!check_positional("frozenset", nargs, 0, 1)) return nullptr;
  return make_new_frozenset(static_cast<Type*>(type), nargs ? args[0] : nullptr);
}

// ---- iterator ----

struct SetIterObject : Object {
  Object* set;  // null when exhausted
  ssize used;   // the set's size when iteration began
  ssize pos;
  ssize len;
};

void setiter_dealloc(Object* o) {
  gc_untrack(o);
  xdecref(static_cast<SetIterObject*>(o)->set);
  free_object(o);
}

int setiter_traverse(Object* o, visitproc visit, void* arg) {
  GLASSPY_VISIT(static_cast<SetIterObject*>(o)->set);
  return 0;
}

Object* setiter_next(Object* o) {
  SetIterObject* si = static_cast<SetIterObject*>(o);
  Object* set = si->set;
  if (!set) return nullptr;
  SetObject* so = as_set(set);
  if (si->used != so->used) {
    set_error(&exc::RuntimeError, "Set changed size during iteration");
    si->used = -1;  // sticky
    return nullptr;
  }
  ssize i = si->pos;
  SetEntry* entry = so->table;
  ssize mask = so->mask;
  while (i <= mask && (entry[i].key == nullptr || entry[i].key == dummy)) ++i;
  si->pos = i + 1;
  if (i > mask) {
    si->set = nullptr;
    decref(set);
    return nullptr;
  }
  si->len--;
  return newref(entry[i].key);
}

Object* setiter_len(Object* o) {
  SetIterObject* si = static_cast<SetIterObject*>(o);
  ssize len = 0;
  if (si->set && si->used == as_set(si->set)->used) len = si->len;
  return int_from_ssize(len);
}

Object* iter_self(Object* o) { return newref(o); }

Object* set_iter(Object* o);

// The remaining elements, listed by a copy of the iterator so that this one
// is not advanced (a changed set raises, as iterating would).
Object* setiter_reduce(Object* o) {
  SetIterObject* si = static_cast<SetIterObject*>(o);
  if (!si->set) return iter_of_reduce(list_new(0));
  Object* copy = set_iter(si->set);
  if (!copy) return nullptr;
  SetIterObject* c = static_cast<SetIterObject*>(copy);
  c->used = si->used;
  c->pos = si->pos;
  c->len = si->len;
  Object* items = list_from_iterable(copy);
  decref(copy);
  return iter_of_reduce(items);
}

MethodDef setiter_methods[] = {
    {"__length_hint__", setiter_len, "How many items the iterator has left, as far as it knows."},
    {"__reduce__", setiter_reduce, "What pickle and copy need to rebuild this object."},
    {},
};

Object* set_iter(Object* o) {
  Object* it = allocate_object(&SetIterType, sizeof(SetIterObject));
  if (!it) return nullptr;
  SetIterObject* si = static_cast<SetIterObject*>(it);
  si->set = newref(o);
  si->used = as_set(o)->used;
  si->pos = 0;
  si->len = as_set(o)->used;
  gc_track(it);
  return it;
}

SequenceMethods set_as_sequence = {
    .sq_length = set_len,
    .sq_contains = set_sq_contains,
};

NumberMethods set_as_number = {
    .nb_subtract = set_sub,
    .nb_and = set_and,
    .nb_xor = set_xor,
    .nb_or = set_or,
    .nb_inplace_subtract = set_isub,
    .nb_inplace_and = set_iand,
    .nb_inplace_xor = set_ixor,
    .nb_inplace_or = set_ior,
};

NumberMethods frozenset_as_number = {
    .nb_subtract = set_sub,
    .nb_and = set_and,
    .nb_xor = set_xor,
    .nb_or = set_or,
};

MethodDef set_methods[] = {
    {"add", m_add, "Add an element to a set.\n\nThis has no effect if the element is already present."},
    {"clear", m_clear, "Remove all elements from this set."},
    {"__contains__", m_contains, "x.__contains__(y) <==> y in x.", Binding::kInstance, true},
    {"copy", m_copy, "Return a shallow copy of a set."},
    {"discard", m_discard,
     "Remove an element from a set if it is a member.\n\nUnlike set.remove(), the discard() method does not raise\n"
     "an exception when an element is missing from the set."},
    {"difference", m_difference,
     "Return the difference of two or more sets as a new set.\n\n(i.e. all elements that are in this set but "
     "not the others.)"},
    {"difference_update", m_difference_update, "Remove all elements of another set from this set."},
    {"intersection", m_intersection,
     "Return the intersection of two sets as a new set.\n\n(i.e. all elements that are in both sets.)"},
    {"intersection_update", m_intersection_update, "Update a set with the intersection of itself and another."},
    {"isdisjoint", m_isdisjoint, "Return True if two sets have a null intersection."},
    {"issubset", m_issubset, "Report whether another set contains this set."},
    {"issuperset", m_issuperset, "Report whether this set contains another set."},
    {"pop", m_pop,
     "Remove and return an arbitrary set element.\nRaises KeyError if the set is empty."},
    {"__reduce__", m_reduce, "What pickle and copy need to rebuild this object."},
    {"remove", m_remove,
     "Remove an element from a set; it must be a member.\n\nIf the element is not a member, raise a KeyError."},
    {"__sizeof__", m_sizeof, "S.__sizeof__() -> size of S in memory, in bytes"},
    {"symmetric_difference", m_symmetric_difference,
     "Return the symmetric difference of two sets as a new set.\n\n(i.e. all elements that are in exactly "
     "one of the sets.)"},
    {"symmetric_difference_update", m_symmetric_difference_update,
     "Update a set with the symmetric difference of itself and another."},
    {"union", m_union, "Return the union of sets as a new set.\n\n(i.e. all elements that are in either set.)"},
    {"update", m_update, "Update a set with the union of itself and others."},
    {"__class_getitem__", generic_alias_new, "See PEP 585", Binding::kClass},
    {},
};

MethodDef frozenset_methods[] = {
    {"__contains__", m_contains, "x.__contains__(y) <==> y in x.", Binding::kInstance, true},
    {"copy", m_frozenset_copy, "Return a shallow copy of a set."},
    {"difference", m_difference,
     "Return the difference of two or more sets as a new set.\n\n(i.e. all elements that are in this set but "
     "not the others.)"},
    {"intersection", m_intersection,
     "Return the intersection of two sets as a new set.\n\n(i.e. all elements that are in both sets.)"},
    {"isdisjoint", m_isdisjoint, "Return True if two sets have a null intersection."},
    {"issubset", m_issubset, "Report whether another set contains this set."},
    {"issuperset", m_issuperset, "Report whether this set contains another set."},
    {"__reduce__", m_reduce, "What pickle and copy need to rebuild this object."},
    {"__sizeof__", m_sizeof, "S.__sizeof__() -> size of S in memory, in bytes"},
    {"symmetric_difference", m_symmetric_difference,
     "Return the symmetric difference of two sets as a new set.\n\n(i.e. all elements that are in exactly "
     "one of the sets.)"},
    {"union", m_union, "Return the union of sets as a new set.\n\n(i.e. all elements that are in either set.)"},
    {"__class_getitem__", generic_alias_new, "See PEP 585", Binding::kClass},
    {},
};

}  // namespace

// ---- public API ----------------------------------------------------------------------

Object* set_new(Object* iterable) { return make_new_set(&SetType, iterable); }
Object* frozenset_new(Object* iterable) { return make_new_set(&FrozenSetType, iterable); }
int set_add(Object* set, Object* key) { return set_add_key(as_set(set), key); }
int set_discard(Object* set, Object* key) { return set_discard_key(as_set(set), key); }
int set_contains(Object* set, Object* key) { return set_contains_key(as_set(set), key); }
int set_update(Object* set, Object* iterable) { return set_update_internal(as_set(set), iterable); }
void set_clear(Object* set) { set_clear_internal(as_set(set)); }

bool set_next(Object* set, ssize* pos, Object** key, hash_t* hash) {
  SetEntry* entry;
  if (!next_entry(as_set(set), pos, &entry)) return false;
  *key = entry->key;
  if (hash) *hash = entry->hash;
  return true;
}

ssize set_sizeof(Object* set) {
  SetObject* so = as_set(set);
  ssize res = 200;  // CPython's PySetObject
  if (so->table != so->smalltable) res += (so->mask + 1) * 16;
  return res;
}

Type SetIterType{{
    .name = "set_iterator",
    .basicsize = sizeof(SetIterObject),
    .dealloc = setiter_dealloc,
    .getattro = generic_getattr,
    .flags = tpflags::kHaveGC,
    .traverse = setiter_traverse,
    .iter = iter_self,
    .iternext = setiter_next,
    .methods = setiter_methods,
}};

Type SetType{{
    .name = "set",
    .basicsize = sizeof(SetObject),
    .dealloc = set_dealloc,
    .repr = set_repr,
    .as_number = &set_as_number,
    .as_sequence = &set_as_sequence,
    .hash = hash_not_implemented,
    .getattro = generic_getattr,
    .flags = tpflags::kHaveGC | tpflags::kBaseType | tpflags::kMatchSelf,
    .doc = "set() -> new empty set object\nset(iterable) -> new set object\n\nBuild an unordered collection "
           "of unique elements.",
    .traverse = set_traverse,
    .clear = set_tp_clear,
    .richcompare = set_richcompare,
    .weaklistoffset = offsetof(SetObject, weaklist),
    .iter = set_iter,
    .methods = set_methods,
    .init = set_init,
    .new_ = set_tp_new,
    .vectorcall = set_vectorcall,
}};

Type FrozenSetType{{
    .name = "frozenset",
    .basicsize = sizeof(SetObject),
    .dealloc = set_dealloc,
    .repr = set_repr,
    .as_number = &frozenset_as_number,
    .as_sequence = &set_as_sequence,
    .hash = frozenset_hash,
    .getattro = generic_getattr,
    .flags = tpflags::kHaveGC | tpflags::kBaseType | tpflags::kMatchSelf,
    .doc = "frozenset() -> empty frozenset object\nfrozenset(iterable) -> frozenset object\n\nBuild an "
           "immutable unordered collection of unique elements.",
    .traverse = set_traverse,
    .clear = set_tp_clear,
    .richcompare = set_richcompare,
    .weaklistoffset = offsetof(SetObject, weaklist),
    .iter = set_iter,
    .methods = frozenset_methods,
    .new_ = frozenset_tp_new,
    .vectorcall = frozenset_vectorcall,
}};

}  // namespace glasspy
