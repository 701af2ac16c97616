// `dict`: CPython 3.11's compact, insertion-ordered hash table.
//
// A DictObject points to a DictKeys block: an index table of 2**log2_size
// slots (1, 2, 4 or 8 bytes each, the narrowest that can address the
// entries) followed by the entries array (key, value, hash) in insertion
// order.  Lookup probes the index with CPython's recurrence
//     i = (i * 5 + perturb + 1) & mask;  perturb >>= 5
// and deletion leaves a DUMMY index and a null entry, so iteration (which
// walks the entries) keeps insertion order and the layout evolves exactly as
// CPython's: the table holds at most 2/3 of its size (USABLE_FRACTION) and,
// when full, is rebuilt for used*3 (GROWTH_RATE) rounded up to a power of 2.
// Tables whose keys are all exact str ("unicode" tables) skip the stored
// hash comparison for identical pointers, as CPython's do.
//
// Every mutation bumps `version` (from a global counter, so two dicts never
// share a version): the VM guards cached global lookups with it.
// A mutation during iteration is detected by iterators through `used` and
// the keys' entry count.
#pragma once

#include "objects/object.h"

namespace glasspy {

extern Type DictType;
extern Type DictKeysType, DictValuesType, DictItemsType;
extern Type DictKeyIterType, DictValueIterType, DictItemIterType;
extern Type DictRevKeyIterType, DictRevValueIterType, DictRevItemIterType;

struct DictKeys;

struct DictObject : Object {
  ssize used;  // number of items
  uint64_t version;
  DictKeys* keys;
};

inline bool is_dict(Object* o) { return o->type->flags & tpflags::kDictSubclass; }
inline bool is_dict_exact(Object* o) { return o->type == &DictType; }
inline DictObject* as_dict(Object* o) { return static_cast<DictObject*>(o); }
inline ssize dict_size(Object* d) { return as_dict(d)->used; }

Object* dict_new();
// A dict presized for n items (as _PyDict_NewPresized); `unicode` as
// BUILD_MAP does when every key is an exact str (_PyDict_FromItems).
Object* dict_new_presized(ssize n);
Object* dict_new_presized_kind(ssize n, bool unicode);
// The version tag (changes with every mutation).
uint64_t dict_version(Object* d);

// PyDict_GetItemWithError: the value, borrowed; null if absent (no error) or
// on error (set; hash or __eq__ failed): check error_occurred().
Object* dict_get_item(Object* d, Object* key);
Object* dict_get_item_known_hash(Object* d, Object* key, hash_t hash);
Object* dict_get_item_cstr(Object* d, const char* key);
// Attribute-access fast paths (the VM's LOAD_ATTR / STORE_ATTR caches, like
// CPython 3.11's LOAD_ATTR_WITH_HINT): *hint is the entry index where `key`
// (an exact str) was found last time.  When that entry still holds the very
// same key object no probing is needed; otherwise the key is looked up and
// *hint updated.  Same results and errors as dict_get_item / dict_set_item.
Object* dict_get_item_hinted(Object* d, Object* key, uint32_t* hint);
int dict_set_item_hinted(Object* d, Object* key, Object* value, uint32_t* hint);
// 0 / -1; key and value are counted (not stolen).
int dict_set_item(Object* d, Object* key, Object* value);
int dict_set_item_known_hash(Object* d, Object* key, Object* value, hash_t hash);
int dict_set_item_cstr(Object* d, const char* key, Object* value);
// 0, or -1 with KeyError(key) when absent.
int dict_del_item(Object* d, Object* key);
int dict_del_item_cstr(Object* d, const char* key);
// Removes key: 1 with *result the value (new reference), 0 if absent, -1 error.
int dict_pop_item(Object* d, Object* key, Object** result);
// 1 / 0 / -1.
int dict_contains(Object* d, Object* key);
// dict.setdefault: the value now stored (borrowed), null on error.
Object* dict_setdefault(Object* d, Object* key, Object* default_value);
void dict_clear(Object* d);
// Iteration over (key, value) pairs, borrowed: pos starts at 0.
bool dict_next(Object* d, ssize* pos, Object** key, Object** value, hash_t* hash = nullptr);
Object* dict_copy(Object* d);
// PyDict_Merge: `other` a dict or any mapping with keys(); override 0 keeps
// existing keys, 1 replaces, 2 raises KeyError on a duplicate (used for
// f(**a, **b)).  0 / -1.
int dict_merge(Object* d, Object* other, int override_mode);
// dict.update(other): a mapping (has keys()) or an iterable of pairs.
int dict_update(Object* d, Object* other);
int dict_merge_from_seq2(Object* d, Object* seq2, bool override_existing);
Object* dict_keys_list(Object* d);
Object* dict_values_list(Object* d);
Object* dict_items_list(Object* d);
// sys.getsizeof(d) without the GC header.
ssize dict_sizeof(Object* d);

}  // namespace glasspy
