// `dict`: CPython 3.11's compact dict (see dict.h for the layout and the
// invariants).  The sizing functions reproduce CPython's arithmetic exactly
// (calculate_log2_keysize's `(n | 8) - 1` quirk included), so tables grow at
// the same moments and sys.getsizeof agrees.  Internally every entry stores
// its hash; `unicode` marks tables CPython would build with hash-less
// entries (all keys exact str), which matters for when tables are rebuilt
// and for the reported size.
#include "objects/dict.h"

#include <cstdlib>
#include <cstring>

#include "objects/abstract.h"
#include "objects/call.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/gc.h"
#include "objects/genericalias.h"
#include "objects/instance_size.h"
#include "objects/int.h"
#include "objects/reduce_support.h"
#include "objects/known_strings.h"
#include "objects/list.h"
#include "objects/set.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace glasspy {

// dict views' `mapping` attribute (a mappingproxy, mappingproxy.cpp).
Object* dictview_mapping(Object* view, void*);

struct DictEntry {
  hash_t hash;
  Object* key;
  Object* value;  // null: deleted
};

struct DictKeys {
  ssize refcnt;  // 1 for a dict's own table; the shared empty table is never freed
  uint8_t log2_size;
  uint8_t log2_index_bytes;
  bool unicode;
  ssize usable;    // entries still free
  ssize nentries;  // entries used (deleted ones included)
  // int8/16/32/64 indices[1 << log2_size], then DictEntry entries[usable0].
  alignas(8) char indices[8];
};

namespace {

constexpr ssize kEmpty = -1;  // DKIX_EMPTY
constexpr ssize kDummy = -2;  // DKIX_DUMMY
constexpr ssize kError = -3;  // DKIX_ERROR
constexpr int kLog2MinSize = 3;
constexpr int kPerturbShift = 5;

// The table of every empty dict: size 8, nothing usable (the first insertion
// allocates a real one).
DictKeys empty_keys = {1 << 30, 3, 3, true, 0, 0, {-1, -1, -1, -1, -1, -1, -1, -1}};

uint64_t version_counter = 0;
inline uint64_t next_version() { return ++version_counter; }

inline ssize usable_fraction(ssize n) { return (n << 1) / 3; }

int bit_length(uint64_t x) { return x ? 64 - __builtin_clzll(x) : 0; }

uint8_t calculate_log2_keysize(ssize minsize) {
  minsize = (minsize | 8) - 1;
  return static_cast<uint8_t>(bit_length(static_cast<uint64_t>(minsize | 7)));
}
uint8_t estimate_log2_keysize(ssize n) { return calculate_log2_keysize((n * 3 + 1) / 2); }

inline ssize dk_size(const DictKeys* k) { return ssize(1) << k->log2_size; }
inline size_t dk_mask(const DictKeys* k) { return static_cast<size_t>(dk_size(k)) - 1; }

inline DictEntry* dk_entries(DictKeys* k) {
  return reinterpret_cast<DictEntry*>(k->indices + (size_t(1) << k->log2_index_bytes));
}

inline ssize get_index(const DictKeys* k, size_t i) {
  uint8_t log2 = k->log2_size;
  if (log2 < 8) return reinterpret_cast<const int8_t*>(k->indices)[i];
  if (log2 < 16) return reinterpret_cast<const int16_t*>(k->indices)[i];
  if (log2 < 32) return reinterpret_cast<const int32_t*>(k->indices)[i];
  return reinterpret_cast<const int64_t*>(k->indices)[i];
}

inline void set_index(DictKeys* k, size_t i, ssize ix) {
  uint8_t log2 = k->log2_size;
  if (log2 < 8) reinterpret_cast<int8_t*>(k->indices)[i] = static_cast<int8_t>(ix);
  else if (log2 < 16) reinterpret_cast<int16_t*>(k->indices)[i] = static_cast<int16_t>(ix);
  else if (log2 < 32) reinterpret_cast<int32_t*>(k->indices)[i] = static_cast<int32_t>(ix);
  else reinterpret_cast<int64_t*>(k->indices)[i] = ix;
}

DictKeys* new_keys(uint8_t log2_size, bool unicode) {
  ssize usable = usable_fraction(ssize(1) << log2_size);
  uint8_t log2_bytes = log2_size < 8 ? log2_size : log2_size < 16 ? log2_size + 1 : log2_size < 32 ? log2_size + 2 : log2_size + 3;
  size_t size = offsetof(DictKeys, indices) + (size_t(1) << log2_bytes) + sizeof(DictEntry) * static_cast<size_t>(usable);
  DictKeys* k = static_cast<DictKeys*>(std::malloc(size));
  if (!k) {
    no_memory();
    return nullptr;
  }
  k->refcnt = 1;
  k->log2_size = log2_size;
  k->log2_index_bytes = log2_bytes;
  k->unicode = unicode;
  k->usable = usable;
  k->nentries = 0;
  std::memset(k->indices, 0xff, size_t(1) << log2_bytes);
  std::memset(dk_entries(k), 0, sizeof(DictEntry) * static_cast<size_t>(usable));
  return k;
}

// Releases a table and what its entries hold, in entry order.
void free_keys(DictKeys* k) {
  if (k == &empty_keys) return;
  DictEntry* e = dk_entries(k);
  for (ssize i = 0, n = k->nentries; i < n; ++i) {
    xdecref(e[i].key);
    xdecref(e[i].value);
  }
  std::free(k);
}

// The index slot whose entry holds `key`, probing like CPython.  Returns the
// entry index, kEmpty, or kError; *slot gets the index slot.
ssize lookup(DictObject* mp, Object* key, hash_t hash, Object** value_out) {
top:
  DictKeys* dk = mp->keys;
  size_t mask = dk_mask(dk);
  size_t perturb = static_cast<size_t>(hash);
  size_t i = static_cast<size_t>(hash) & mask;
  const bool key_is_str = is_str_exact(key);
  for (;;) {
    ssize ix = get_index(dk, i);
    if (ix >= 0) {
      DictEntry* ep = &dk_entries(dk)[ix];
      if (ep->key == key) {
        *value_out = ep->value;
        return ix;
      }
      if (ep->hash == hash) {
        Object* startkey = ep->key;
        if (key_is_str && is_str_exact(startkey)) {
          if (str_equal(startkey, key)) {
            *value_out = ep->value;
            return ix;
          }
        } else {
          incref(startkey);
          int cmp = rich_compare_bool(startkey, key, kEQ);
          decref(startkey);
          if (cmp < 0) {
            *value_out = nullptr;
            return kError;
          }
          if (dk == mp->keys && ep->key == startkey) {
            if (cmp > 0) {
              *value_out = ep->value;
              return ix;
            }
          } else {
            // The dict changed under the comparison: start over.
            goto top;
          }
        }
      }
    } else if (ix == kEmpty) {
      *value_out = nullptr;
      return kEmpty;
    }
    perturb >>= kPerturbShift;
    i = mask & (i * 5 + perturb + 1);
  }
}

// The index slot holding entry `index` (which has `hash`).
size_t lookup_index_slot(DictKeys* k, hash_t hash, ssize index) {
  size_t mask = dk_mask(k);
  size_t perturb = static_cast<size_t>(hash);
  size_t i = static_cast<size_t>(hash) & mask;
  for (;;) {
    ssize ix = get_index(k, i);
    if (ix == index) return i;
    perturb >>= kPerturbShift;
    i = mask & (i * 5 + perturb + 1);
  }
}

// The first slot that is not in use (empty or dummy) along hash's probe path.
size_t find_empty_slot(DictKeys* k, hash_t hash) {
  size_t mask = dk_mask(k);
  size_t i = static_cast<size_t>(hash) & mask;
  ssize ix = get_index(k, i);
  for (size_t perturb = static_cast<size_t>(hash); ix >= 0;) {
    perturb >>= kPerturbShift;
    i = (i * 5 + perturb + 1) & mask;
    ix = get_index(k, i);
  }
  return i;
}

void build_indices(DictKeys* k, DictEntry* ep, ssize n) {
  size_t mask = dk_mask(k);
  for (ssize ix = 0; ix < n; ++ix, ++ep) {
    hash_t hash = ep->hash;
    size_t i = static_cast<size_t>(hash) & mask;
    for (size_t perturb = static_cast<size_t>(hash); get_index(k, i) != kEmpty;) {
      perturb >>= kPerturbShift;
      i = mask & (i * 5 + perturb + 1);
    }
    set_index(k, i, ix);
  }
}

// Rebuilds the table with 2**log2_newsize slots, dropping deleted entries.
int dictresize(DictObject* mp, uint8_t log2_newsize, bool unicode) {
  DictKeys* oldkeys = mp->keys;
  if (!oldkeys->unicode) unicode = false;
  DictKeys* nk = new_keys(log2_newsize, unicode);
  if (!nk) return -1;
  ssize numentries = mp->used;
  DictEntry* oldentries = dk_entries(oldkeys);
  DictEntry* newentries = dk_entries(nk);
  if (oldkeys->nentries == numentries) {
    std::memcpy(newentries, oldentries, static_cast<size_t>(numentries) * sizeof(DictEntry));
  } else {
    DictEntry* ep = oldentries;
    for (ssize i = 0; i < numentries; ++i) {
      while (ep->value == nullptr) ++ep;
      newentries[i] = *ep++;
    }
  }
  build_indices(nk, newentries, numentries);
  nk->usable -= numentries;
  nk->nentries = numentries;
  mp->keys = nk;
  // The entries moved: free the old table without releasing them.
  if (oldkeys != &empty_keys) std::free(oldkeys);
  return 0;
}

inline int insertion_resize(DictObject* mp, bool unicode) {
  return dictresize(mp, calculate_log2_keysize(mp->used * 3), unicode);
}

// CPython tracks a dict only once it holds something that may be tracked
// (MAINTAIN_TRACKING), so dicts of atoms cost the collector nothing.
inline void maintain_tracking(DictObject* mp, Object* key, Object* value) {
  if (!gc_is_tracked(mp) && (gc_may_be_tracked(key) || gc_may_be_tracked(value))) gc_track(mp);
}

// Inserts into the empty table; steals key and value.
int insert_to_emptydict(DictObject* mp, Object* key, hash_t hash, Object* value) {
  maintain_tracking(mp, key, value);
  DictKeys* nk = new_keys(kLog2MinSize, is_str_exact(key));
  if (!nk) {
    decref(key);
    decref(value);
    return -1;
  }
  mp->keys = nk;
  size_t hashpos = static_cast<size_t>(hash) & 7;
  set_index(nk, hashpos, 0);
  DictEntry* ep = dk_entries(nk);
  ep->hash = hash;
  ep->key = key;
  ep->value = value;
  mp->used++;
  mp->version = next_version();
  nk->usable--;
  nk->nentries++;
  return 0;
}

// Sets key -> value; steals both references.
int insertdict(DictObject* mp, Object* key, hash_t hash, Object* value) {
  if (mp->keys == &empty_keys) return insert_to_emptydict(mp, key, hash, value);
  maintain_tracking(mp, key, value);
  if (mp->keys->unicode && !is_str_exact(key)) {
    if (insertion_resize(mp, false) < 0) goto fail;
  }
  {
    Object* old_value;
    ssize ix = lookup(mp, key, hash, &old_value);
    if (ix == kError) goto fail;
    if (ix == kEmpty) {
      if (mp->keys->usable <= 0) {
        if (insertion_resize(mp, true) < 0) goto fail;
      }
      DictKeys* k = mp->keys;
      size_t hashpos = find_empty_slot(k, hash);
      DictEntry* ep = &dk_entries(k)[k->nentries];
      set_index(k, hashpos, k->nentries);
      ep->hash = hash;
      ep->key = key;
      ep->value = value;
      mp->used++;
      mp->version = next_version();
      k->usable--;
      k->nentries++;
      return 0;
    }
    if (old_value != value) {
      dk_entries(mp->keys)[ix].value = value;
      mp->version = next_version();
      xdecref(old_value);  // may run arbitrary code
    } else {
      decref(value);
    }
    decref(key);
    return 0;
  }
fail:
  decref(value);
  decref(key);
  return -1;
}

// Deletes entry ix (found at index slot `slot`); the old key and value are
// released last.
void delitem_common(DictObject* mp, hash_t hash, ssize ix, Object* old_value) {
  mp->used--;
  mp->version = next_version();
  size_t slot = lookup_index_slot(mp->keys, hash, ix);
  set_index(mp->keys, slot, kDummy);
  DictEntry* ep = &dk_entries(mp->keys)[ix];
  Object* old_key = ep->key;
  ep->key = nullptr;
  ep->value = nullptr;
  decref(old_key);
  decref(old_value);
}

inline hash_t key_hash(Object* key) {
  if (is_str_exact(key)) {
    hash_t h = as_str(key)->hash;
    if (h != -1) return h;
  }
  return object_hash(key);
}

constexpr int kMaxFreeDicts = 80;
DictObject* free_dicts[kMaxFreeDicts];
int num_free_dicts = 0;

// An empty dict of `type` (exact dicts come from the free list); exact dicts
// start untracked (see maintain_tracking), subclasses tracked.
Object* alloc_dict(Type* type) {
  Object* o;
  if (type == &DictType && num_free_dicts) {
    DictObject* d = free_dicts[--num_free_dicts];
    d->refcnt = 1;
    d->type = &DictType;
    o = d;
  } else {
    o = allocate_object(type, static_cast<size_t>(type->basicsize));
    if (!o) return nullptr;
  }
  DictObject* d = as_dict(o);
  d->keys = &empty_keys;
  d->used = 0;
  d->version = next_version();
  if (type != &DictType) gc_track(o);
  return o;
}

}  // namespace

// ---- public API -------------------------------------------------------------------

Object* dict_new() { return alloc_dict(&DictType); }

Object* dict_new_presized(ssize minused) {
  return dict_new_presized_kind(minused, false);
}

Object* dict_new_presized_kind(ssize minused, bool unicode) {
  constexpr uint8_t kLog2MaxPresize = 17;
  if (minused <= usable_fraction(8)) return dict_new();
  uint8_t log2 = minused > usable_fraction(ssize(1) << kLog2MaxPresize) ? kLog2MaxPresize
                                                                          : estimate_log2_keysize(minused);
  DictKeys* k = new_keys(log2, unicode);
  if (!k) return nullptr;
  Object* o = dict_new();
  if (!o) {
    free_keys(k);
    return nullptr;
  }
  as_dict(o)->keys = k;
  return o;
}

Object* dict_get_item_known_hash(Object* d, Object* key, hash_t hash) {
  Object* value;
  ssize ix = lookup(as_dict(d), key, hash, &value);
  if (ix < 0) return nullptr;
  return value;
}

Object* dict_get_item(Object* d, Object* key) {
  hash_t hash = key_hash(key);
  if (hash == -1) return nullptr;
  return dict_get_item_known_hash(d, key, hash);
}

Object* dict_get_item_hinted(Object* d, Object* key, uint32_t* hint) {
  DictObject* mp = as_dict(d);
  DictKeys* dk = mp->keys;
  if (*hint < static_cast<uint64_t>(dk->nentries)) {
    DictEntry* ep = &dk_entries(dk)[*hint];
    if (ep->key == key && ep->value) return ep->value;
  }
  hash_t hash = key_hash(key);
  if (hash == -1) return nullptr;
  Object* value = nullptr;
  ssize ix = lookup(mp, key, hash, &value);
  if (ix == kError) return nullptr;
  if (ix >= 0) *hint = static_cast<uint32_t>(ix);
  return value;
}

int dict_set_item_hinted(Object* d, Object* key, Object* value, uint32_t* hint) {
  DictObject* mp = as_dict(d);
  DictKeys* dk = mp->keys;
  ssize ix = -1;
  if (dk != &empty_keys && *hint < static_cast<uint64_t>(dk->nentries)) {
    DictEntry* ep = &dk_entries(dk)[*hint];
    if (ep->key == key && ep->value) ix = *hint;
  }
  if (ix < 0) {
    hash_t hash = key_hash(key);
    if (hash == -1) return -1;
    Object* present = nullptr;
    ix = lookup(mp, key, hash, &present);
    if (ix == kError) return -1;
    if (ix < 0 || !present) {
      if (insertdict(mp, newref(key), hash, newref(value)) < 0) return -1;
      // A new key goes to the last entry: the next access finds it there.
      DictKeys* k = mp->keys;
      if (k->nentries > 0 && dk_entries(k)[k->nentries - 1].key == key)
        *hint = static_cast<uint32_t>(k->nentries - 1);
      return 0;
    }
    *hint = static_cast<uint32_t>(ix);
  }
  // Replacing the value of a present key in place, as insertdict does.
  DictEntry* ep = &dk_entries(mp->keys)[ix];
  Object* old = ep->value;
  if (old == value) return 0;
  maintain_tracking(mp, key, value);
  ep->value = newref(value);
  mp->version = next_version();
  decref(old);  // may run arbitrary code
  return 0;
}

Object* dict_get_item_cstr(Object* d, const char* key) {
  Object* k = str_from_cstr(key);
  if (!k) return nullptr;
  Object* v = dict_get_item(d, k);
  decref(k);
  return v;
}

int dict_set_item_known_hash(Object* d, Object* key, Object* value, hash_t hash) {
  return insertdict(as_dict(d), newref(key), hash, newref(value));
}

int dict_set_item(Object* d, Object* key, Object* value) {
  hash_t hash = key_hash(key);
  if (hash == -1) return -1;
  return insertdict(as_dict(d), newref(key), hash, newref(value));
}

int dict_set_item_cstr(Object* d, const char* key, Object* value) {
  Object* k = str_intern_cstr(key);
  if (!k) return -1;
  int r = dict_set_item(d, k, value);
  decref(k);
  return r;
}

int dict_del_item(Object* d, Object* key) {
  hash_t hash = key_hash(key);
  if (hash == -1) return -1;
  DictObject* mp = as_dict(d);
  Object* old_value;
  ssize ix = lookup(mp, key, hash, &old_value);
  if (ix == kError) return -1;
  if (ix == kEmpty || !old_value) {
    set_key_error(key);
    return -1;
  }
  delitem_common(mp, hash, ix, old_value);
  return 0;
}

int dict_del_item_cstr(Object* d, const char* key) {
  Object* k = str_from_cstr(key);
  if (!k) return -1;
  int r = dict_del_item(d, k);
  decref(k);
  return r;
}

int dict_pop_item(Object* d, Object* key, Object** result) {
  *result = nullptr;
  DictObject* mp = as_dict(d);
  if (mp->used == 0) return 0;
  hash_t hash = key_hash(key);
  if (hash == -1) return -1;
  Object* old_value;
  ssize ix = lookup(mp, key, hash, &old_value);
  if (ix == kError) return -1;
  if (ix == kEmpty || !old_value) return 0;
  incref(old_value);
  delitem_common(mp, hash, ix, old_value);
  *result = old_value;
  return 1;
}

int dict_contains(Object* d, Object* key) {
  hash_t hash = key_hash(key);
  if (hash == -1) return -1;
  Object* value;
  ssize ix = lookup(as_dict(d), key, hash, &value);
  if (ix == kError) return -1;
  return ix != kEmpty && value != nullptr;
}

Object* dict_setdefault(Object* d, Object* key, Object* default_value) {
  hash_t hash = key_hash(key);
  if (hash == -1) return nullptr;
  DictObject* mp = as_dict(d);
  Object* value;
  ssize ix = lookup(mp, key, hash, &value);
  if (ix == kError) return nullptr;
  if (ix != kEmpty && value) return value;
  if (insertdict(mp, newref(key), hash, newref(default_value)) < 0) return nullptr;
  return default_value;
}

void dict_clear(Object* d) {
  DictObject* mp = as_dict(d);
  DictKeys* oldkeys = mp->keys;
  if (oldkeys == &empty_keys) return;
  mp->keys = &empty_keys;
  mp->used = 0;
  mp->version = next_version();
  free_keys(oldkeys);
}

bool dict_next(Object* d, ssize* ppos, Object** key, Object** value, hash_t* hash) {
  DictObject* mp = as_dict(d);
  ssize i = *ppos;
  ssize n = mp->keys->nentries;
  if (i < 0) return false;
  DictEntry* entries = dk_entries(mp->keys);
  while (i < n && entries[i].value == nullptr) ++i;
  if (i >= n) return false;
  *ppos = i + 1;
  if (key) *key = entries[i].key;
  if (value) *value = entries[i].value;
  if (hash) *hash = entries[i].hash;
  return true;
}

namespace {

// A copy sharing nothing but made by copying the table as is (dummies
// included), as CPython's clone_combined_dict_keys.
Object* clone_dict(DictObject* src, Type* type) {
  DictKeys* k = src->keys;
  size_t size = offsetof(DictKeys, indices) + (size_t(1) << k->log2_index_bytes) +
                sizeof(DictEntry) * static_cast<size_t>(usable_fraction(dk_size(k)));
  DictKeys* nk = static_cast<DictKeys*>(std::malloc(size));
  if (!nk) return no_memory();
  std::memcpy(nk, k, size);
  nk->refcnt = 1;
  DictEntry* e = dk_entries(nk);
  for (ssize i = 0; i < nk->nentries; ++i) {
    if (e[i].value) {
      incref(e[i].key);
      incref(e[i].value);
    }
  }
  Object* o = alloc_dict(type);
  if (!o) {
    // Undo the counts through free_keys.
    free_keys(nk);
    return nullptr;
  }
  as_dict(o)->keys = nk;
  as_dict(o)->used = src->used;
  if (gc_is_tracked(src) && !gc_is_tracked(o)) gc_track(o);
  return o;
}

}  // namespace

Object* dict_copy(Object* d) {
  DictObject* mp = as_dict(d);
  if (mp->used == 0) return dict_new();
  // A subclass overriding __iter__ is copied through keys() (dict_merge),
  // as CPython does; only the plain iteration may clone the table.
  if (d->type->iter == DictType.iter && mp->used >= (mp->keys->nentries * 2) / 3) return clone_dict(mp, &DictType);
  Object* copy = dict_new_presized(mp->used);
  if (!copy) return nullptr;
  if (dict_merge(copy, d, 1) < 0) {
    decref(copy);
    return nullptr;
  }
  return copy;
}

int dict_merge(Object* a, Object* b, int override_mode) {
  DictObject* mp = as_dict(a);
  if (is_dict(b) && b->type->iter == DictType.iter) {
    DictObject* other = as_dict(b);
    if (other == mp || other->used == 0) return 0;
    DictKeys* okeys = other->keys;
    if (override_mode == 1 && mp->used == 0 && other->used == okeys->nentries &&
        (okeys->log2_size == kLog2MinSize || usable_fraction(dk_size(okeys) / 2) < other->used)) {
      // Clone the other table.
      Object* tmp = clone_dict(other, &DictType);
      if (!tmp) return -1;
      DictKeys* old = mp->keys;
      mp->keys = as_dict(tmp)->keys;
      mp->used = other->used;
      mp->version = next_version();
      as_dict(tmp)->keys = &empty_keys;
      as_dict(tmp)->used = 0;
      decref(tmp);
      free_keys(old);
      if (gc_is_tracked(other) && !gc_is_tracked(mp)) gc_track(mp);
      return 0;
    }
    // One big resize first, expecting few overlapping keys.
    if (usable_fraction(dk_size(mp->keys)) < other->used) {
      if (dictresize(mp, estimate_log2_keysize(mp->used + other->used), okeys->unicode) < 0) return -1;
    }
    ssize n = okeys->nentries;
    for (ssize i = 0; i < n; ++i) {
      DictEntry* e = &dk_entries(okeys)[i];
      Object* value = e->value;
      if (!value) continue;
      Object* key = newref(e->key);
      incref(value);
      hash_t hash = e->hash;
      int err = 0;
      if (override_mode == 1) {
        err = insertdict(mp, newref(key), hash, newref(value));
      } else {
        Object* existing;
        ssize ix = lookup(mp, key, hash, &existing);
        if (ix == kError) {
          err = -1;
        } else if (ix != kEmpty && existing) {
          if (override_mode == 2) {
            set_key_error(key);
            err = -1;
          }
        } else {
          err = insertdict(mp, newref(key), hash, newref(value));
        }
      }
      decref(value);
      decref(key);
      if (err) return -1;
      if (n != other->keys->nentries || okeys != other->keys) {
        set_error(&exc::RuntimeError, "dict mutated during update");
        return -1;
      }
    }
    return 0;
  }
  // A generic mapping: keys() then b[key].
  Object* keys = mapping_keys(b);
  if (!keys) return -1;
  Object* it = get_iter(keys);
  decref(keys);
  if (!it) return -1;
  while (Object* key = iter_next(it)) {
    if (override_mode != 1) {
      int c = dict_contains(a, key);
      if (c != 0) {
        if (c > 0 && override_mode == 2) set_key_error(key);
        if (c < 0 || override_mode == 2) {
          decref(key);
          decref(it);
          return -1;
        }
        decref(key);
        continue;
      }
    }
    Object* value = get_item(b, key);
    if (!value) {
      decref(key);
      decref(it);
      return -1;
    }
    int status = dict_set_item(a, key, value);
    decref(key);
    decref(value);
    if (status < 0) {
      decref(it);
      return -1;
    }
  }
  decref(it);
  return error_occurred() ? -1 : 0;
}

int dict_merge_from_seq2(Object* d, Object* seq2, bool override_existing) {
  Object* it = get_iter(seq2);
  if (!it) return -1;
  ssize i = 0;
  for (;; ++i) {
    Object* item = iter_next(it);
    if (!item) {
      if (error_occurred()) {
        decref(it);
        return -1;
      }
      break;
    }
    Object* fast = nullptr;
    if (is_list(item) || is_tuple(item)) {
      fast = newref(item);
    } else {
      fast = sequence_list(item);
      if (!fast) {
        if (error_matches(&exc::TypeError)) {
          clear_error();
          format_error(&exc::TypeError, "cannot convert dictionary update sequence element #%zd to a sequence", i);
        }
        decref(item);
        decref(it);
        return -1;
      }
    }
    ssize n = is_list(fast) ? list_size(fast) : tuple_size(fast);
    if (n != 2) {
      format_error(&exc::ValueError, "dictionary update sequence element #%zd has length %zd; 2 is required", i, n);
      decref(fast);
      decref(item);
      decref(it);
      return -1;
    }
    Object* key = newref(is_list(fast) ? list_item(fast, 0) : tuple_item(fast, 0));
    Object* value = newref(is_list(fast) ? list_item(fast, 1) : tuple_item(fast, 1));
    int status = 0;
    if (override_existing) {
      status = dict_set_item(d, key, value);
    } else {
      Object* existing = dict_setdefault(d, key, value);
      if (!existing) status = -1;
    }
    decref(key);
    decref(value);
    decref(fast);
    decref(item);
    if (status < 0) {
      decref(it);
      return -1;
    }
  }
  decref(it);
  return 0;
}

int dict_update(Object* d, Object* other) {
  if (is_dict(other)) return dict_merge(d, other, 1);
  Object* keys_method;
  int r = lookup_attr(other, ID(keys), &keys_method);
  if (r < 0) return -1;
  if (r > 0) {
    decref(keys_method);
    return dict_merge(d, other, 1);
  }
  return dict_merge_from_seq2(d, other, true);
}

namespace {

// Builds a list of keys/values/items, rechecking the size if allocation let
// the dict change (it cannot here, but mirror CPython's care).
Object* dict_list_of(Object* d, int what) {
  DictObject* mp = as_dict(d);
  Object* l = list_new(mp->used);
  if (!l) return nullptr;
  ssize pos = 0, j = 0;
  Object* key;
  Object* value;
  while (dict_next(d, &pos, &key, &value)) {
    Object* item;
    if (what == 0) {
      item = newref(key);
    } else if (what == 1) {
      item = newref(value);
    } else {
      item = tuple_pack({key, value});
      if (!item) {
        decref(l);
        return nullptr;
      }
    }
    as_list(l)->items[j++] = item;
  }
  return l;
}

}  // namespace

Object* dict_keys_list(Object* d) { return dict_list_of(d, 0); }
Object* dict_values_list(Object* d) { return dict_list_of(d, 1); }
Object* dict_items_list(Object* d) { return dict_list_of(d, 2); }

ssize dict_sizeof(Object* d) {
  DictObject* mp = as_dict(d);
  ssize size = 48;  // CPython's PyDictObject
  DictKeys* k = mp->keys;
  if (k != &empty_keys) {
    ssize entry_size = k->unicode ? 16 : 24;
    size += 32 + (ssize(1) << k->log2_index_bytes) + usable_fraction(dk_size(k)) * entry_size;
  }
  return size;
}

uint64_t dict_version(Object* d) { return as_dict(d)->version; }

// ---- the type ----------------------------------------------------------------------

void dict_maybe_untrack(Object* o) {
  if (!gc_is_tracked(o)) return;
  DictKeys* k = as_dict(o)->keys;
  DictEntry* e = dk_entries(k);
  for (ssize i = 0; i < k->nentries; ++i) {
    if (!e[i].value) continue;
    if (gc_may_be_tracked(e[i].value)) return;
    if (!k->unicode && gc_may_be_tracked(e[i].key)) return;
  }
  gc_untrack(o);
}

void dict_clear_free_list() {
  while (num_free_dicts) free_object(free_dicts[--num_free_dicts]);
}

namespace {

void dict_dealloc(Object* o) {
  DictObject* mp = as_dict(o);
  gc_untrack(o);
  if (trashcan_begin(o)) return;
  DictKeys* k = mp->keys;
  mp->keys = &empty_keys;
  free_keys(k);
  if (o->type == &DictType && num_free_dicts < kMaxFreeDicts) {
    free_dicts[num_free_dicts++] = mp;
  } else {
    free_object(o);
  }
  trashcan_end();
}

int dict_traverse(Object* o, visitproc visit, void* arg) {
  DictObject* mp = as_dict(o);
  DictEntry* e = dk_entries(mp->keys);
  // Exact str keys cannot be in a cycle: as in CPython, only the values of
  // such tables are visited (gc.get_referents shows it), else value then key.
  const bool str_keys = mp->keys->unicode;
  for (ssize i = 0; i < mp->keys->nentries; ++i) {
    if (e[i].value) {
      GLASSPY_VISIT(e[i].value);
      if (!str_keys) GLASSPY_VISIT(e[i].key);
    }
  }
  return 0;
}

int dict_tp_clear(Object* o) {
  dict_clear(o);
  return 0;
}

Object* dict_repr(Object* o) {
  DictObject* mp = as_dict(o);
  int r = repr_enter(o);
  if (r != 0) return r > 0 ? str_from_cstr("{...}") : nullptr;
  if (mp->used == 0) {
    repr_leave(o);
    return str_from_cstr("{}");
  }
  StrBuilder b;
  b.append_char('{');
  ssize pos = 0;
  Object* key;
  Object* value;
  bool first = true;
  // The dict may change while reprs run: dict_next re-reads it each time.
  while (dict_next(o, &pos, &key, &value)) {
    incref(key);
    incref(value);
    if (!first) b.append_ascii(", ");
    first = false;
    Object* s = object_repr(key);
    if (s) {
      b.append_str(s);
      decref(s);
      b.append_ascii(": ");
      s = object_repr(value);
      if (s) {
        b.append_str(s);
        decref(s);
      }
    }
    decref(key);
    decref(value);
    if (!s) {
      repr_leave(o);
      return nullptr;
    }
  }
  b.append_char('}');
  repr_leave(o);
  return b.finish();
}

ssize dict_length(Object* o) { return as_dict(o)->used; }

Object* dict_subscript(Object* o, Object* key) {
  hash_t hash = key_hash(key);
  if (hash == -1) return nullptr;
  Object* value;
  ssize ix = lookup(as_dict(o), key, hash, &value);
  if (ix == kError) return nullptr;
  if (ix == kEmpty || !value) {
    if (!is_dict_exact(o)) {
      // A subclass may define __missing__.
      Object* missing = lookup_special(o, ID(dunder_missing));
      if (missing) {
        Object* r = call_function(missing, key);
        decref(missing);
        return r;
      }
      if (error_occurred()) return nullptr;
    }
    set_key_error(key);
    return nullptr;
  }
  return newref(value);
}

int dict_ass_sub(Object* o, Object* key, Object* value) {
  if (!value) return dict_del_item(o, key);
  return dict_set_item(o, key, value);
}

int dict_sq_contains(Object* o, Object* key) { return dict_contains(o, key); }

bool dict_equal(Object* a, Object* b, int* error) {
  *error = 0;
  DictObject* x = as_dict(a);
  DictObject* y = as_dict(b);
  if (x->used != y->used) return false;
  for (ssize i = 0; i < x->keys->nentries; ++i) {
    DictEntry* ep = &dk_entries(x->keys)[i];
    Object* aval = ep->value;
    if (!aval) continue;
    Object* key = newref(ep->key);
    incref(aval);
    Object* bval;
    ssize ix = lookup(y, key, ep->hash, &bval);
    if (ix == kError) {
      decref(key);
      decref(aval);
      *error = 1;
      return false;
    }
    if (ix == kEmpty || !bval) {
      decref(key);
      decref(aval);
      return false;
    }
    incref(bval);
    int cmp = rich_compare_bool(aval, bval, kEQ);
    decref(key);
    decref(aval);
    decref(bval);
    if (cmp < 0) {
      *error = 1;
      return false;
    }
    if (!cmp) return false;
  }
  return true;
}

Object* dict_richcompare(Object* v, Object* w, int op) {
  if (!is_dict(v) || !is_dict(w) || (op != kEQ && op != kNE)) return newref(NotImplemented);
  int error;
  bool eq = dict_equal(v, w, &error);
  if (error) return nullptr;
  return bool_from(eq == (op == kEQ));
}

// dict(**kwargs) / dict(mapping, **kwargs) / dict(iterable, **kwargs)
int dict_update_common(Object* self, Object* args, Object* kwds, const char* name) {
  ssize n = args ? tuple_size(args) : 0;
  if (!check_positional(name, n, 0, 1)) return -1;
  if (n == 1 && dict_update(self, tuple_item(args, 0)) < 0) return -1;
  if (kwds && dict_size(kwds) > 0) return dict_merge(self, kwds, 1);
  return 0;
}

int dict_init(Object* self, Object* args, Object* kwds) { return dict_update_common(self, args, kwds, "dict"); }

Object* dict_tp_new(Type* type, Object* args, Object* kwds) { return alloc_dict(type); }

Object* dict_vectorcall(Object* type, Object* const* args, size_t nargsf, Object* kwnames) {
  ssize nargs = vectorcall_nargs(nargsf);
  if (!check_positional("dict", nargs, 0, 1)) return nullptr;
  Object* self = dict_tp_new(static_cast<Type*>(type), nullptr, nullptr);
  if (!self) return nullptr;
  if (nargs == 1 && dict_update(self, args[0]) < 0) {
    decref(self);
    return nullptr;
  }
  if (kwnames) {
    for (ssize i = 0; i < tuple_size(kwnames); ++i) {
      if (dict_set_item(self, tuple_item(kwnames, i), args[nargs + i]) < 0) {
        decref(self);
        return nullptr;
      }
    }
  }
  return self;
}

// ---- methods ----

Object* dict_get_method(Object* self, Object* const* args, ssize nargs) {
  if (!check_positional("get", nargs, 1, 2)) return nullptr;
  Object* v = dict_get_item(self, args[0]);
  if (!v) {
    if (error_occurred()) return nullptr;
    v = nargs > 1 ? args[1] : None;
  }
  return newref(v);
}

Object* dict_setdefault_method(Object* self, Object* const* args, ssize nargs) {
  if (!check_positional("setdefault", nargs, 1, 2)) return nullptr;
  Object* v = dict_setdefault(self, args[0], nargs > 1 ? args[1] : None);
  return xnewref(v);
}

Object* dict_pop_method(Object* self, Object* const* args, ssize nargs) {
  if (!check_positional("pop", nargs, 1, 2)) return nullptr;
  Object* result;
  int r = dict_pop_item(self, args[0], &result);
  if (r < 0) return nullptr;
  if (r == 0) {
    if (nargs > 1) return newref(args[1]);
    set_key_error(args[0]);
    return nullptr;
  }
  return result;
}

Object* dict_popitem(Object* self) {
  DictObject* mp = as_dict(self);
  // The result tuple is allocated first: failing then loses nothing.
  Object* res = tuple_new(2);
  if (!res) return nullptr;
  if (mp->used == 0) {
    decref(res);
    set_error(&exc::KeyError, "popitem(): dictionary is empty");
    return nullptr;
  }
  // A unicode table becomes general first, as in CPython.
  if (mp->keys->unicode) {
    if (dictresize(mp, mp->keys->log2_size, false) < 0) {
      decref(res);
      return nullptr;
    }
  }
  DictKeys* k = mp->keys;
  DictEntry* entries = dk_entries(k);
  ssize i = k->nentries - 1;
  while (i >= 0 && entries[i].value == nullptr) --i;
  DictEntry* ep = &entries[i];
  size_t slot = lookup_index_slot(k, ep->hash, i);
  set_index(k, slot, kDummy);
  tuple_set_item(res, 0, ep->key);
  tuple_set_item(res, 1, ep->value);
  ep->key = nullptr;
  ep->value = nullptr;
  k->nentries = i;
  mp->used--;
  mp->version = next_version();
  return res;
}

Object* dict_update_method(Object* self, Object* args, Object* kwds) {
  if (dict_update_common(self, args, kwds, "update") < 0) return nullptr;
  return newref(None);
}

Object* dict_clear_method(Object* self) {
  dict_clear(self);
  return newref(None);
}

Object* dict_copy_method(Object* self) { return dict_copy(self); }

Object* dict_fromkeys(Object* cls, Object* const* args, ssize nargs) {
  if (!check_positional("fromkeys", nargs, 1, 2)) return nullptr;
  Object* iterable = args[0];
  Object* value = nargs > 1 ? args[1] : None;
  Object* d = call_no_args(cls);
  if (!d) return nullptr;
  if (is_dict_exact(d) && as_dict(d)->used == 0 && is_dict_exact(iterable)) {
    DictObject* mp = as_dict(d);
    if (dictresize(mp, estimate_log2_keysize(dict_size(iterable)), as_dict(iterable)->keys->unicode) < 0) {
      decref(d);
      return nullptr;
    }
    ssize pos = 0;
    Object* key;
    hash_t hash;
    while (dict_next(iterable, &pos, &key, nullptr, &hash)) {
      if (insertdict(mp, newref(key), hash, newref(value)) < 0) {
        decref(d);
        return nullptr;
      }
    }
    return d;
  }
  Object* it = get_iter(iterable);
  if (!it) {
    decref(d);
    return nullptr;
  }
  while (Object* key = iter_next(it)) {
    int status = is_dict_exact(d) ? dict_set_item(d, key, value) : set_item(d, key, value);
    decref(key);
    if (status < 0) {
      decref(it);
      decref(d);
      return nullptr;
    }
  }
  decref(it);
  if (error_occurred()) {
    decref(d);
    return nullptr;
  }
  return d;
}

Object* dict_contains_method(Object* self, Object* key) {
  int r = dict_contains(self, key);
  if (r < 0) return nullptr;
  return bool_from(r);
}

Object* dict_getitem_method(Object* self, Object* key) { return dict_subscript(self, key); }

Object* dict_sizeof_method(Object* self) {
  return int_from_ssize(dict_sizeof(self) + heap_type_added_size(self->type));
}

Object* dict_or(Object* self, Object* other) {
  if (!is_dict(self) || !is_dict(other)) return newref(NotImplemented);
  Object* copy = dict_copy(self);
  if (!copy) return nullptr;
  if (dict_update(copy, other) < 0) {
    decref(copy);
    return nullptr;
  }
  return copy;
}

Object* dict_ior(Object* self, Object* other) {
  if (dict_update(self, other) < 0) return nullptr;
  return newref(self);
}

// ---- views and iterators ----

struct DictViewObject : Object {
  Object* dict;  // counted
};

struct DictIterObject : Object {
  Object* dict;  // counted; null when exhausted
  ssize used;    // the dict's size when iteration began
  ssize pos;     // next entry index (reversed: previous)
  ssize len;     // items left
  Object* result;  // the reused (key, value) tuple of item iterators
};

void dictview_dealloc(Object* o) {
  gc_untrack(o);
  xdecref(static_cast<DictViewObject*>(o)->dict);
  free_object(o);
}

int dictview_traverse(Object* o, visitproc visit, void* arg) {
  GLASSPY_VISIT(static_cast<DictViewObject*>(o)->dict);
  return 0;
}

Object* make_view(Object* d, Type* type) {
  Object* o = allocate_object(type, sizeof(DictViewObject));
  if (!o) return nullptr;
  static_cast<DictViewObject*>(o)->dict = newref(d);
  gc_track(o);
  return o;
}

Object* dict_keys_method(Object* self) { return make_view(self, &DictKeysType); }
Object* dict_values_method(Object* self) { return make_view(self, &DictValuesType); }
Object* dict_items_method(Object* self) { return make_view(self, &DictItemsType); }

ssize dictview_len(Object* o) {
  Object* d = static_cast<DictViewObject*>(o)->dict;
  return d ? dict_size(d) : 0;
}

Object* make_iter(Object* d, Type* type, bool reversed) {
  Object* o = allocate_object(type, sizeof(DictIterObject));
  if (!o) return nullptr;
  DictIterObject* it = static_cast<DictIterObject*>(o);
  it->dict = newref(d);
  it->used = as_dict(d)->used;
  it->len = it->used;
  it->pos = reversed ? as_dict(d)->keys->nentries - 1 : 0;
  it->result = nullptr;
  if (type == &DictItemIterType || type == &DictRevItemIterType) {
    it->result = tuple_pack({None, None});
    if (!it->result) {
      decref(o);
      return nullptr;
    }
  }
  gc_track(o);
  return o;
}

void dictiter_dealloc(Object* o) {
  gc_untrack(o);
  DictIterObject* it = static_cast<DictIterObject*>(o);
  xdecref(it->dict);
  xdecref(it->result);
  free_object(o);
}

int dictiter_traverse(Object* o, visitproc visit, void* arg) {
  DictIterObject* it = static_cast<DictIterObject*>(o);
  GLASSPY_VISIT(it->dict);
  GLASSPY_VISIT(it->result);
  return 0;
}

// Advances the iterator; returns the entry or null (done or error).
DictEntry* dictiter_step(DictIterObject* it, bool reversed) {
  Object* d = it->dict;
  if (!d) return nullptr;
  DictObject* mp = as_dict(d);
  if (it->used != mp->used) {
    set_error(&exc::RuntimeError, "dictionary changed size during iteration");
    it->used = -1;  // sticky
    return nullptr;
  }
  DictKeys* k = mp->keys;
  DictEntry* entries = dk_entries(k);
  ssize i = it->pos;
  if (!reversed) {
    ssize n = k->nentries;
    while (i < n && entries[i].value == nullptr) ++i;
    if (i >= n) goto fail;
    it->pos = i + 1;
  } else {
    while (i >= 0 && (i >= k->nentries || entries[i].value == nullptr)) --i;
    if (i < 0) goto fail;
    it->pos = i - 1;
  }
  if (it->len == 0) {
    set_error(&exc::RuntimeError, "dictionary keys changed during iteration");
    goto fail;
  }
  it->len--;
  return &entries[i];
fail:
  it->dict = nullptr;
  decref(d);
  return nullptr;
}

Object* dictiter_nextkey(Object* o) {
  DictEntry* e = dictiter_step(static_cast<DictIterObject*>(o), false);
  return e ? newref(e->key) : nullptr;
}
Object* dictiter_nextvalue(Object* o) {
  DictEntry* e = dictiter_step(static_cast<DictIterObject*>(o), false);
  return e ? newref(e->value) : nullptr;
}
Object* dictiter_make_item(DictIterObject* it, DictEntry* e) {
  Object* key = newref(e->key);
  Object* value = newref(e->value);
  Object* result = it->result;
  if (result->refcnt == 1) {
    // Nobody else sees the previous tuple: reuse it.
    incref(result);
    Object* oldkey = tuple_item(result, 0);
    Object* oldvalue = tuple_item(result, 1);
    tuple_set_item(result, 0, key);
    tuple_set_item(result, 1, value);
    decref(oldkey);
    decref(oldvalue);
    // It was untracked while it held only atoms? Keep it tracked.
    if (!gc_is_tracked(result)) gc_track(result);
    return result;
  }
  result = tuple_new(2);
  if (!result) {
    decref(key);
    decref(value);
    return nullptr;
  }
  tuple_set_item(result, 0, key);
  tuple_set_item(result, 1, value);
  return result;
}
Object* dictiter_nextitem(Object* o) {
  DictIterObject* it = static_cast<DictIterObject*>(o);
  DictEntry* e = dictiter_step(it, false);
  return e ? dictiter_make_item(it, e) : nullptr;
}
Object* dictreviter_nextkey(Object* o) {
  DictEntry* e = dictiter_step(static_cast<DictIterObject*>(o), true);
  return e ? newref(e->key) : nullptr;
}
Object* dictreviter_nextvalue(Object* o) {
  DictEntry* e = dictiter_step(static_cast<DictIterObject*>(o), true);
  return e ? newref(e->value) : nullptr;
}
Object* dictreviter_nextitem(Object* o) {
  DictIterObject* it = static_cast<DictIterObject*>(o);
  DictEntry* e = dictiter_step(it, true);
  return e ? dictiter_make_item(it, e) : nullptr;
}

Object* dictiter_len(Object* o) {
  DictIterObject* it = static_cast<DictIterObject*>(o);
  ssize n = 0;
  if (it->dict && it->used == as_dict(it->dict)->used) n = it->len;
  return int_from_ssize(n);
}

// The remaining items, listed by a copy of the iterator so that this one is
// not advanced (a changed dict raises, as iterating would).
Object* dictiter_reduce(Object* o) {
  DictIterObject* it = static_cast<DictIterObject*>(o);
  if (!it->dict) return reduce_to_iter_of(list_new(0));
  const bool reversed =
      o->type == &DictRevKeyIterType || o->type == &DictRevValueIterType || o->type == &DictRevItemIterType;
  Object* copy = make_iter(it->dict, o->type, reversed);
  if (!copy) return nullptr;
  DictIterObject* c = static_cast<DictIterObject*>(copy);
  c->used = it->used;
  c->pos = it->pos;
  c->len = it->len;
  Object* items = list_from_iterable(copy);
  decref(copy);
  return reduce_to_iter_of(items);
}

MethodDef dictiter_methods[] = {
    {"__length_hint__", dictiter_len, "Private method returning an estimate of len(list(it))."},
    {"__reduce__", dictiter_reduce, "Return state information for pickling."},
    {},
};

Object* iter_self(Object* o) { return newref(o); }

Object* dict_iter(Object* d) { return make_iter(d, &DictKeyIterType, false); }

Object* dict_reversed(Object* d) { return make_iter(d, &DictRevKeyIterType, true); }

Object* dictkeys_iter(Object* v) {
  Object* d = static_cast<DictViewObject*>(v)->dict;
  return make_iter(d, &DictKeyIterType, false);
}
Object* dictvalues_iter(Object* v) {
  return make_iter(static_cast<DictViewObject*>(v)->dict, &DictValueIterType, false);
}
Object* dictitems_iter(Object* v) {
  return make_iter(static_cast<DictViewObject*>(v)->dict, &DictItemIterType, false);
}
Object* dictkeys_reversed(Object* v) {
  return make_iter(static_cast<DictViewObject*>(v)->dict, &DictRevKeyIterType, true);
}
Object* dictvalues_reversed(Object* v) {
  return make_iter(static_cast<DictViewObject*>(v)->dict, &DictRevValueIterType, true);
}
Object* dictitems_reversed(Object* v) {
  return make_iter(static_cast<DictViewObject*>(v)->dict, &DictRevItemIterType, true);
}

int dictkeys_contains(Object* v, Object* key) {
  return dict_contains(static_cast<DictViewObject*>(v)->dict, key);
}

int dictitems_contains(Object* v, Object* obj) {
  if (!is_tuple(obj) || tuple_size(obj) != 2) return 0;
  Object* d = static_cast<DictViewObject*>(v)->dict;
  Object* key = tuple_item(obj, 0);
  Object* value = tuple_item(obj, 1);
  Object* found = dict_get_item(d, key);
  if (!found) return error_occurred() ? -1 : 0;
  incref(found);
  int r = rich_compare_bool(found, value, kEQ);
  decref(found);
  return r;
}

Object* dictview_repr(Object* o) {
  int r = repr_enter(o);
  if (r != 0) return r > 0 ? str_from_cstr("...") : nullptr;
  Object* seq = sequence_list(o);
  Object* result = nullptr;
  if (seq) {
    result = str_from_format("%s(%R)", o->type->name, seq);
    decref(seq);
  }
  repr_leave(o);
  return result;
}

// ---- set operations of keys and items views ----

bool is_set_view(Object* o) { return o->type == &DictKeysType || o->type == &DictItemsType; }

Object* view_dict(Object* v) { return static_cast<DictViewObject*>(v)->dict; }

Object* dictviews_to_set(Object* self) {
  Object* left = self;
  if (self->type == &DictKeysType && is_dict_exact(view_dict(self))) left = view_dict(self);
  return set_new(left);
}

Object* call_set_method(Object* set, const char* name, Object* arg) {
  Object* n = str_intern_cstr(name);
  if (!n) return nullptr;
  Object* r = call_method(set, n, arg);
  decref(n);
  return r;
}

Object* dictviews_sub(Object* self, Object* other) {
  Object* result = dictviews_to_set(self);
  if (!result) return nullptr;
  Object* tmp = call_set_method(result, "difference_update", other);
  if (!tmp) {
    decref(result);
    return nullptr;
  }
  decref(tmp);
  return result;
}

Object* dictviews_and(Object* self, Object* other) {
  // The interpreter swaps the operands when the view is on the right.
  if (!is_set_view(self)) std::swap(self, other);
  ssize len_self = dictview_len(self);
  if (other->type == &SetType) {
    ssize len_other = object_length(other);
    if (len_other < 0) return nullptr;
    if (len_self <= len_other) return call_set_method(other, "intersection", self);
  }
  if (is_set_view(other) && dictview_len(other) > len_self) std::swap(self, other);
  Object* result = set_new(nullptr);
  if (!result) return nullptr;
  Object* it = get_iter(other);
  if (!it) {
    decref(result);
    return nullptr;
  }
  const bool keys = self->type == &DictKeysType;
  while (Object* key = iter_next(it)) {
    int rv = keys ? dictkeys_contains(self, key) : dictitems_contains(self, key);
    if (rv > 0) rv = set_add(result, key) < 0 ? -1 : 1;
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

Object* dictviews_or(Object* self, Object* other) {
  Object* result = dictviews_to_set(self);
  if (!result) return nullptr;
  if (set_update(result, other) < 0) {
    decref(result);
    return nullptr;
  }
  return result;
}

Object* dictitems_xor(Object* self, Object* other) {
  Object* d2 = view_dict(other);
  Object* temp = dict_copy(view_dict(self));
  if (!temp) return nullptr;
  Object* result = set_new(nullptr);
  if (!result) {
    decref(temp);
    return nullptr;
  }
  ssize pos = 0;
  Object* key;
  Object* val2;
  hash_t hash;
  bool failed = false;
  while (!failed && dict_next(d2, &pos, &key, &val2, &hash)) {
    incref(key);
    incref(val2);
    Object* val1 = dict_get_item_known_hash(temp, key, hash);
    int to_delete = 0;
    if (!val1) {
      if (error_occurred()) failed = true;
    } else {
      incref(val1);
      to_delete = rich_compare_bool(val1, val2, kEQ);
      decref(val1);
      if (to_delete < 0) failed = true;
    }
    if (!failed) {
      if (to_delete) {
        if (dict_del_item(temp, key) < 0) failed = true;
      } else {
        Object* pair = tuple_pack({key, val2});
        if (!pair || set_add(result, pair) < 0) failed = true;
        xdecref(pair);
      }
    }
    decref(key);
    decref(val2);
  }
  if (!failed) {
    Object* remaining = dict_items_list(temp);
    if (!remaining || set_update(result, remaining) < 0) failed = true;
    xdecref(remaining);
  }
  decref(temp);
  if (failed) {
    decref(result);
    return nullptr;
  }
  return result;
}

Object* dictviews_xor(Object* self, Object* other) {
  if (self->type == &DictItemsType && other->type == &DictItemsType) return dictitems_xor(self, other);
  Object* result = dictviews_to_set(self);
  if (!result) return nullptr;
  Object* tmp = call_set_method(result, "symmetric_difference_update", other);
  if (!tmp) {
    decref(result);
    return nullptr;
  }
  decref(tmp);
  return result;
}

// All of self's items are in other: 1 / 0 / -1.
int all_contained_in(Object* self, Object* other) {
  Object* it = get_iter(self);
  if (!it) return -1;
  int ok = 1;
  for (;;) {
    Object* next = iter_next(it);
    if (!next) {
      if (error_occurred()) ok = -1;
      break;
    }
    ok = sequence_contains(other, next);
    decref(next);
    if (ok <= 0) break;
  }
  decref(it);
  return ok;
}

Object* dictview_richcompare(Object* self, Object* other, int op) {
  if (!is_anyset(other) && !is_set_view(other)) return newref(NotImplemented);
  ssize len_self = object_length(self);
  if (len_self < 0) return nullptr;
  ssize len_other = object_length(other);
  if (len_other < 0) return nullptr;
  int ok = 0;
  switch (op) {
    case kNE:
    case kEQ:
      if (len_self == len_other) ok = all_contained_in(self, other);
      if (op == kNE && ok >= 0) ok = !ok;
      break;
    case kLT:
      if (len_self < len_other) ok = all_contained_in(self, other);
      break;
    case kLE:
      if (len_self <= len_other) ok = all_contained_in(self, other);
      break;
    case kGT:
      if (len_self > len_other) ok = all_contained_in(other, self);
      break;
    default:
      if (len_self >= len_other) ok = all_contained_in(other, self);
      break;
  }
  if (ok < 0) return nullptr;
  return bool_from(ok);
}

Object* dictviews_isdisjoint(Object* self, Object* other) {
  if (self == other) return bool_from(dictview_len(self) == 0);
  if (is_anyset(other) || is_set_view(other)) {
    ssize len_self = dictview_len(self);
    ssize len_other = object_length(other);
    if (len_other == -1) return nullptr;
    if (len_other > len_self) std::swap(self, other);
  }
  Object* it = get_iter(other);
  if (!it) return nullptr;
  while (Object* item = iter_next(it)) {
    int contains = sequence_contains(self, item);
    decref(item);
    if (contains) {
      decref(it);
      if (contains < 0) return nullptr;
      return newref(False);
    }
  }
  decref(it);
  if (error_occurred()) return nullptr;
  return newref(True);
}

NumberMethods dictviews_as_number = {
    .nb_subtract = dictviews_sub,
    .nb_and = dictviews_and,
    .nb_xor = dictviews_xor,
    .nb_or = dictviews_or,
};

SequenceMethods dictkeys_as_sequence = {
    .sq_length = dictview_len,
    .sq_contains = dictkeys_contains,
};
SequenceMethods dictvalues_as_sequence = {
    .sq_length = dictview_len,
};
SequenceMethods dictitems_as_sequence = {
    .sq_length = dictview_len,
    .sq_contains = dictitems_contains,
};

MethodDef dictkeys_methods[] = {
    {"isdisjoint", dictviews_isdisjoint, "Return True if the view and the given iterable have a null intersection."},
    {"__reversed__", dictkeys_reversed,
     "Return a reverse iterator over the dict keys."},
    {},
};
MethodDef dictvalues_methods[] = {
    {"__reversed__", dictvalues_reversed,
     "Return a reverse iterator over the dict values."},
    {},
};
MethodDef dictitems_methods[] = {
    {"isdisjoint", dictviews_isdisjoint, "Return True if the view and the given iterable have a null intersection."},
    {"__reversed__", dictitems_reversed,
     "Return a reverse iterator over the dict items."},
    {},
};

GetSetDef dictview_getset[] = {
    {"mapping", dictview_mapping, nullptr, "dictionary that this view refers to"},
    {},
};

SequenceMethods dict_as_sequence = {
    .sq_contains = dict_sq_contains,
};

MappingMethods dict_as_mapping = {
    .mp_length = dict_length,
    .mp_subscript = dict_subscript,
    .mp_ass_subscript = dict_ass_sub,
};

NumberMethods dict_as_number = {
    .nb_or = dict_or,
    .nb_inplace_or = dict_ior,
};

MethodDef dict_methods[] = {
    {"__contains__", dict_contains_method, "__contains__($self, key, /)\n--\n\n"
     "True if the dictionary has the specified key, else False.",
     Binding::kInstance, true},
    {"__getitem__", dict_getitem_method, "x.__getitem__(y) <==> x[y]", Binding::kInstance, true},
    {"__sizeof__", dict_sizeof_method, "D.__sizeof__() -> size of D in memory, in bytes"},
    {"get", dict_get_method, "get($self, key, default=None, /)\n--\n\n"
     "Return the value for key if key is in the dictionary, else default."},
    {"setdefault", dict_setdefault_method,
     "setdefault($self, key, default=None, /)\n--\n\n"
     "Insert key with a value of default if key is not in the dictionary.\n\n"
     "Return the value for key if key is in the dictionary, else default."},
    {"pop", dict_pop_method,
     "pop($self, key, default=<unrepresentable>, /)\n--\n\n"
     "D.pop(k[,d]) -> v, remove specified key and return the corresponding value.\n\n"
     "If the key is not found, return the default if given; otherwise,\nraise a KeyError."},
    {"popitem", dict_popitem,
     "popitem($self, /)\n--\n\n"
     "Remove and return a (key, value) pair as a 2-tuple.\n\nPairs are returned in LIFO "
     "(last-in, first-out) order.\nRaises KeyError if the dict is empty."},
    {"keys", dict_keys_method, "D.keys() -> a set-like object providing a view on D's keys"},
    {"items", dict_items_method, "D.items() -> a set-like object providing a view on D's items"},
    {"values", dict_values_method, "D.values() -> an object providing a view on D's values"},
    {"update", dict_update_method,
     "D.update([E, ]**F) -> None.  Update D from dict/iterable E and F.\n"
     "If E is present and has a .keys() method, then does:  for k in E: D[k] = E[k]\n"
     "If E is present and lacks a .keys() method, then does:  for k, v in E: D[k] = v\n"
     "In either case, this is followed by: for k in F:  D[k] = F[k]"},
    {"fromkeys", dict_fromkeys, "fromkeys($type, iterable, value=None, /)\n--\n\n"
     "Create a new dictionary with keys from iterable and values set to value.",
     Binding::kClass},
    {"clear", dict_clear_method, "D.clear() -> None.  Remove all items from D."},
    {"copy", dict_copy_method, "D.copy() -> a shallow copy of D"},
    {"__reversed__", dict_reversed, "__reversed__($self, /)\n--\n\n"
     "Return a reverse iterator over the dict keys."},
    {"__class_getitem__", generic_alias_new, "See PEP 585", Binding::kClass},
    {},
};

}  // namespace

#define DICT_ITER_TYPE(var, tpname, next)                      \
  Type var{{                                                   \
      .name = tpname,                                          \
      .basicsize = sizeof(DictIterObject),                     \
      .dealloc = dictiter_dealloc,                             \
      .getattro = generic_getattr,                             \
      .flags = tpflags::kHaveGC,                               \
      .traverse = dictiter_traverse,                           \
      .iter = iter_self,                                       \
      .iternext = next,                                        \
      .methods = dictiter_methods,                             \
  }};

DICT_ITER_TYPE(DictKeyIterType, "dict_keyiterator", dictiter_nextkey)
DICT_ITER_TYPE(DictValueIterType, "dict_valueiterator", dictiter_nextvalue)
DICT_ITER_TYPE(DictItemIterType, "dict_itemiterator", dictiter_nextitem)
DICT_ITER_TYPE(DictRevKeyIterType, "dict_reversekeyiterator", dictreviter_nextkey)
DICT_ITER_TYPE(DictRevValueIterType, "dict_reversevalueiterator", dictreviter_nextvalue)
DICT_ITER_TYPE(DictRevItemIterType, "dict_reverseitemiterator", dictreviter_nextitem)
#undef DICT_ITER_TYPE

#define DICT_VIEW_TYPE(var, tpname, number, seq, compare, iterf, meths)  \
  Type var{{                                                             \
      .name = tpname,                                                    \
      .basicsize = sizeof(DictViewObject),                               \
      .dealloc = dictview_dealloc,                                       \
      .repr = dictview_repr,                                             \
      .as_number = number,                                               \
      .as_sequence = &seq,                                               \
      .getattro = generic_getattr,                                       \
      .flags = tpflags::kHaveGC,                                         \
      .traverse = dictview_traverse,                                     \
      .richcompare = compare,                                            \
      .iter = iterf,                                                     \
      .methods = meths,                                                  \
      .getset = dictview_getset,                                         \
  }};

DICT_VIEW_TYPE(DictKeysType, "dict_keys", &dictviews_as_number, dictkeys_as_sequence, dictview_richcompare,
               dictkeys_iter, dictkeys_methods)
DICT_VIEW_TYPE(DictValuesType, "dict_values", nullptr, dictvalues_as_sequence, nullptr, dictvalues_iter,
               dictvalues_methods)
DICT_VIEW_TYPE(DictItemsType, "dict_items", &dictviews_as_number, dictitems_as_sequence, dictview_richcompare,
               dictitems_iter, dictitems_methods)
#undef DICT_VIEW_TYPE

Type DictType{{
    .name = "dict",
    .basicsize = sizeof(DictObject),
    .dealloc = dict_dealloc,
    .repr = dict_repr,
    .as_number = &dict_as_number,
    .as_sequence = &dict_as_sequence,
    .as_mapping = &dict_as_mapping,
    .hash = hash_not_implemented,
    .getattro = generic_getattr,
    .flags = tpflags::kHaveGC | tpflags::kBaseType | tpflags::kDictSubclass |
             tpflags::kMatchSelf | tpflags::kMapping,
    .doc = "dict() -> new empty dictionary\n"
           "dict(mapping) -> new dictionary initialized from a mapping object's\n"
           "    (key, value) pairs\n"
           "dict(iterable) -> new dictionary initialized as if via:\n"
           "    d = {}\n"
           "    for k, v in iterable:\n"
           "        d[k] = v\n"
           "dict(**kwargs) -> new dictionary initialized with the name=value pairs\n"
           "    in the keyword argument list.  For example:  dict(one=1, two=2)",
    .traverse = dict_traverse,
    .clear = dict_tp_clear,
    .richcompare = dict_richcompare,
    .iter = dict_iter,
    .methods = dict_methods,
    .init = dict_init,
    .new_ = dict_tp_new,
    .vectorcall = dict_vectorcall,
}};

}  // namespace glasspy
