// See instance_values.h for the design.  Invariants:
//   - keys->names[0 .. size) are exact strs owned by the keys, never removed;
//   - an InstanceValues has capacity slots; values[i] is null or a new
//     reference for keys->names[i]; order[0 .. count) lists exactly the
//     indexes whose value is non-null, in the order the instance set them.
#include "objects/instance_values.h"

#include <cstring>

#include "alloc/small_alloc.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/str.h"
#include "objects/type.h"

namespace glasspy {

struct InstanceKeys {
  int size = 0;
  Object* names[kMaxSharedKeys];
};

struct InstanceValues {
  uint8_t capacity;
  uint8_t count;
  uint8_t order[kMaxSharedKeys];
  Object* values[];  // capacity entries
};

namespace {

InstanceKeys* keys_of(Type* type) { return static_cast<HeapType*>(type)->cached_keys; }

// The index of name in keys, or -1.  Interned names match by identity; any
// other exact str by value.
int find_key(InstanceKeys* keys, Object* name) {
  if (!keys) return -1;
  for (int i = 0; i < keys->size; ++i) {
    if (keys->names[i] == name) return i;
  }
  if (str_is_interned(name)) {
    // Interned names are unique per value, but a key may have been stored
    // from a non-interned string with the same text.
    for (int i = 0; i < keys->size; ++i) {
      if (!str_is_interned(keys->names[i]) && str_equal(keys->names[i], name)) return i;
    }
    return -1;
  }
  const hash_t h = str_hash(name);
  for (int i = 0; i < keys->size; ++i) {
    if (str_hash(keys->names[i]) == h && str_equal(keys->names[i], name)) return i;
  }
  return -1;
}

int lookup_index(InstanceKeys* keys, Object* name, uint32_t* hint) {
  if (!keys) return -1;
  const uint32_t h = *hint;
  if (h < static_cast<uint32_t>(keys->size) && keys->names[h] == name) return static_cast<int>(h);
  const int ix = find_key(keys, name);
  if (ix >= 0) *hint = static_cast<uint32_t>(ix);
  return ix;
}

InstanceValues* allocate_values(int capacity) {
  auto* v = static_cast<InstanceValues*>(
      small_alloc_zeroed(sizeof(InstanceValues) + static_cast<size_t>(capacity) * sizeof(Object*)));
  if (!v) return nullptr;
  v->capacity = static_cast<uint8_t>(capacity);
  return v;
}

Object* tagged(InstanceValues* v) {
  return reinterpret_cast<Object*>(reinterpret_cast<uintptr_t>(v) | 1);
}

}  // namespace

Object* instance_values_get(Type* type, InstanceValues* values, Object* name, uint32_t* hint) {
  const int ix = lookup_index(keys_of(type), name, hint);
  if (ix < 0 || ix >= values->capacity) return nullptr;
  return values->values[ix];
}

int instance_values_store(Type* type, Object** slot, Object* name, Object* value, uint32_t* hint) {
  if (!is_str_exact(name)) return 1;
  HeapType* et = static_cast<HeapType*>(type);
  InstanceValues* values = *slot ? dict_slot_values(*slot) : nullptr;
  int ix = lookup_index(et->cached_keys, name, hint);
  if (!value) {
    if (ix < 0 || !values || ix >= values->capacity || !values->values[ix]) return 2;
    Object* old = values->values[ix];
    values->values[ix] = nullptr;
    for (int i = 0; i < values->count; ++i) {
      if (values->order[i] == ix) {
        std::memmove(&values->order[i], &values->order[i + 1], static_cast<size_t>(values->count - i - 1));
        --values->count;
        break;
      }
    }
    decref(old);
    return 0;
  }
  if (ix < 0) {
    if (!et->cached_keys) {
      et->cached_keys = static_cast<InstanceKeys*>(small_alloc_zeroed(sizeof(InstanceKeys)));
      if (!et->cached_keys) {
        no_memory();
        return -1;
      }
    }
    InstanceKeys* keys = et->cached_keys;
    if (keys->size == kMaxSharedKeys) return 1;
    ix = keys->size;
    keys->names[keys->size++] = newref(name);
    *hint = static_cast<uint32_t>(ix);
  }
  if (!values || ix >= values->capacity) {
    // Room for every name the class knows: later attributes of this
    // instance are most likely the ones its siblings have.
    int capacity = et->cached_keys->size;
    if (values && capacity < 2 * values->capacity) capacity = 2 * values->capacity;
    if (capacity > kMaxSharedKeys) capacity = kMaxSharedKeys;
    InstanceValues* grown = allocate_values(capacity);
    if (!grown) {
      no_memory();
      return -1;
    }
    if (values) {
      grown->count = values->count;
      std::memcpy(grown->order, values->order, values->count);
      std::memcpy(grown->values, values->values, values->capacity * sizeof(Object*));
      small_free(values);
    }
    values = grown;
    *slot = tagged(values);
  }
  Object* old = values->values[ix];
  values->values[ix] = newref(value);
  if (old) {
    decref(old);
  } else {
    values->order[values->count++] = static_cast<uint8_t>(ix);
  }
  return 0;
}

int instance_values_materialize(Type* type, Object** slot) {
  InstanceValues* values = dict_slot_values(*slot);
  InstanceKeys* keys = keys_of(type);
  Object* dict = dict_new_presized(values->count);
  if (!dict) return -1;
  for (int i = 0; i < values->count; ++i) {
    const int ix = values->order[i];
    if (dict_set_item(dict, keys->names[ix], values->values[ix]) < 0) {
      decref(dict);
      return -1;
    }
  }
  // The dict holds its own references now; the values' go without running
  // any finalizer.
  *slot = dict;
  for (int i = 0; i < values->capacity; ++i) xdecref(values->values[i]);
  small_free(values);
  return 0;
}

int instance_values_traverse(InstanceValues* values, visitproc visit, void* arg) {
  for (int i = 0; i < values->capacity; ++i) {
    if (values->values[i]) {
      int r = visit(values->values[i], arg);
      if (r) return r;
    }
  }
  return 0;
}

void instance_values_release(Object** slot) {
  InstanceValues* values = dict_slot_values(*slot);
  *slot = nullptr;
  for (int i = 0; i < values->capacity; ++i) xdecref(values->values[i]);
  small_free(values);
}

void instance_values_clear(InstanceValues* values) {
  for (int i = 0; i < values->capacity; ++i) {
    Object* v = values->values[i];
    if (v) {
      values->values[i] = nullptr;
      decref(v);
    }
  }
  values->count = 0;
}

void instance_keys_free(Type* type) {
  HeapType* et = static_cast<HeapType*>(type);
  InstanceKeys* keys = et->cached_keys;
  if (!keys) return;
  et->cached_keys = nullptr;
  for (int i = 0; i < keys->size; ++i) decref(keys->names[i]);
  small_free(keys);
}

}  // namespace glasspy
