// Inline attribute values: instances of ordinary classes without a __dict__
// object, as CPython 3.11 keeps them ("managed dicts").
//
// A class whose instances get a __dict__ from type_new (flag kManagedDict)
// owns an InstanceKeys: the attribute names its instances have used, in the
// order first seen, append-only (an index, once given to a name, means that
// name for the life of the class).  Each instance then stores its attributes
// in an InstanceValues array indexed like the keys, plus the order in which
// the instance itself inserted them (so a later __dict__ lists them as a
// dict would).  The instance's dict slot holds either
//   - null (no attributes yet),
//   - a dict (the __dict__ was asked for: from then on the dict is the truth),
//   - an InstanceValues pointer tagged with the low bit.
// The dict appears ("materializes") the first time anything needs the
// object itself: `__dict__`, vars(), __class__ assignment, a key the class
// cannot share (not an exact str, or more than kMaxSharedKeys names).
//
// Why: an attribute read becomes one indexed load (the attribute cache
// remembers the index), an instance with two attributes is one allocation
// smaller, and the cycle collector counts what CPython counts (an instance
// without a dict is one object, not two).
#pragma once

#include <cstdint>

#include "objects/object.h"

namespace glasspy {

struct InstanceValues;

// The most names a class shares among its instances (CPython's limit).
constexpr int kMaxSharedKeys = 30;

inline bool dict_slot_has_values(Object* slot_value) {
  return (reinterpret_cast<uintptr_t>(slot_value) & 1) != 0;
}
inline InstanceValues* dict_slot_values(Object* slot_value) {
  return reinterpret_cast<InstanceValues*>(reinterpret_cast<uintptr_t>(slot_value) & ~uintptr_t{1});
}

// The value stored for name (borrowed), or null when absent; never sets an
// error.  *hint caches the key index between calls.
Object* instance_values_get(Type* type, InstanceValues* values, Object* name, uint32_t* hint);

// Stores (value non-null) or deletes (value null) name in the instance whose
// dict slot is *slot (null or tagged values).  Returns 0 on success, 1 when
// the values cannot hold this name (the caller materializes the dict and
// uses it), -1 with an error set, 2 when deleting a name that is absent
// (no error set).
int instance_values_store(Type* type, Object** slot, Object* name, Object* value, uint32_t* hint);

// Replaces tagged values in *slot by an equivalent dict.  0 or -1.
int instance_values_materialize(Type* type, Object** slot);

// The collector's view: visits every value.
int instance_values_traverse(InstanceValues* values, visitproc visit, void* arg);

// Releases every value (in key order, as CPython does) and the array;
// *slot becomes null first, so finalizers never see a half-freed array.
void instance_values_release(Object** slot);

// Drops every value but keeps the (now empty) array: tp_clear's job.
void instance_values_clear(InstanceValues* values);

// Frees a class's shared keys (type_dealloc).
void instance_keys_free(Type* type);

}  // namespace glasspy
