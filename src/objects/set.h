// `set` and `frozenset`: CPython's open-addressed hash table of (key, hash)
// entries.
//
// The table has 2**k slots (8 inline in the object while small).  A probe
// checks LINEAR_PROBES (9) neighbours of the home slot before jumping with
// CPython's perturbed recurrence i = (i * 5 + 1 + perturb) & mask.  Deleted
// entries become dummies (hash -1) that searches skip and insertions
// reuse; `fill` counts active + dummy slots, `used` active ones.  When fill
// reaches 3/5 of the table it is rebuilt for used*4 (used*2 past 50000) --
// the same sizes and the same insertion algorithm as CPython, so iteration
// (a walk over the slots) yields CPython's order for equal hashes.
#pragma once

#include "objects/object.h"
#include "objects/type.h"

namespace glasspy {

extern Type SetType;
extern Type FrozenSetType;
extern Type SetIterType;

struct SetEntry {
  Object* key;  // null: unused; the dummy object: deleted
  hash_t hash;  // cached hash of key (-1 for dummies)
};

constexpr int kSetMinSize = 8;

struct SetObject : Object {
  ssize fill;   // active + dummy entries
  ssize used;   // active entries
  ssize mask;   // table size - 1
  SetEntry* table;
  hash_t hash;   // frozenset's cached hash, -1 until computed
  ssize finger;  // where pop() looks next
  SetEntry smalltable[kSetMinSize];
  Object* weaklist;
};

inline bool is_set(Object* o) { return is_instance_of(o, &SetType); }
inline bool is_frozenset(Object* o) { return is_instance_of(o, &FrozenSetType); }
inline bool is_anyset(Object* o) { return is_set(o) || is_frozenset(o); }
inline bool is_anyset_exact(Object* o) { return o->type == &SetType || o->type == &FrozenSetType; }
inline SetObject* as_set(Object* o) { return static_cast<SetObject*>(o); }
inline ssize set_size(Object* s) { return as_set(s)->used; }

// New references; iterable may be null (empty).
Object* set_new(Object* iterable);
Object* frozenset_new(Object* iterable);
// 0 / -1 (unhashable key: TypeError).
int set_add(Object* set, Object* key);
// 1 found and removed, 0 absent, -1 error.
int set_discard(Object* set, Object* key);
// 1 / 0 / -1.
int set_contains(Object* set, Object* key);
// Adds every item of iterable; 0 / -1.
int set_update(Object* set, Object* iterable);
// Iteration over keys (borrowed); pos starts at 0.
bool set_next(Object* set, ssize* pos, Object** key, hash_t* hash = nullptr);
void set_clear(Object* set);
// sys.getsizeof without the GC header.
ssize set_sizeof(Object* set);

}  // namespace glasspy
