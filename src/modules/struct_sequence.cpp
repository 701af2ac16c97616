// Struct sequences (see struct_sequence.h).
#include "modules/struct_sequence.h"

#include <string>
#include <vector>

#include "objects/abstract.h"
#include "objects/call.h"
#include "objects/exceptions.h"
#include "objects/list.h"
#include "objects/errors.h"
#include "objects/gc.h"
#include "objects/int.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace glasspy {

namespace {

struct StructSeqInfo {
  std::vector<std::string> fields;
  std::vector<GetSetDef> getset;
};

// Each type keeps its description in its doc slot's neighbour: a side table.
// Struct-sequence types live as long as the process, as the built-in types
// do; the table is never destroyed, so they stay reachable to the very end
// (a static vector would die before LeakSanitizer's exit-time check and
// orphan every type it held).
std::vector<std::pair<Type*, StructSeqInfo*>>& infos() {
  static auto* table = new std::vector<std::pair<Type*, StructSeqInfo*>>();
  return *table;
}

StructSeqInfo* info_of(Type* t) {
  for (Type* k = t; k; k = k->base) {
    for (auto& [type, info] : infos())
      if (type == k) return info;
  }
  return nullptr;
}

Object* structseq_repr(Object* self) {
  StructSeqInfo* info = info_of(self->type);
  std::string out = self->type->name;
  out += "(";
  ssize n = tuple_size(self);
  for (ssize i = 0; i < n; ++i) {
    if (i) out += ", ";
    if (info && static_cast<size_t>(i) < info->fields.size()) out += info->fields[static_cast<size_t>(i)] + "=";
    Object* r = object_repr(tuple_item(self, i));
    if (!r) return nullptr;
    out += str_to_std(r);
    decref(r);
  }
  out += ")";
  return str_from_utf8(out);
}

Object* field_get(Object* self, void* closure) {
  ssize i = reinterpret_cast<ssize>(closure);
  if (i >= tuple_size(self)) return newref(None);
  return newref(tuple_item(self, i));
}

// tp_new: T(sequence, dict=None), the sequence giving every field.
Object* structseq_construct(Type* type, Object* args, Object* kwds) {
  static const ArgParser parser{"structseq", {"sequence", "dict"}, 1, 2};
  Object* parsed[2] = {};
  if (!parse_args_dict(parser, args, kwds, parsed)) return nullptr;
  StructSeqInfo* info = info_of(type);
  ssize want = info ? static_cast<ssize>(info->fields.size()) : 0;
  Object* items = nullptr;
  if (is_tuple(parsed[0]) || is_list(parsed[0])) {
    items = sequence_tuple(parsed[0]);
  } else if (Object* it = get_iter(parsed[0])) {
    items = sequence_tuple(it);
    decref(it);
  } else if (error_matches(&exc::TypeError)) {
    set_error(&exc::TypeError, "constructor requires a sequence");
  }
  if (!items) return nullptr;
  ssize got = tuple_size(items);
  if (got != want) {
    decref(items);
    return format_error(&exc::TypeError, "%.500s() takes a %zd-sequence (%zd-sequence given)", type->name, want, got);
  }
  Object* t = type_generic_alloc(type, got);
  if (!t) {
    decref(items);
    return nullptr;
  }
  as_tuple(t)->size = got;
  for (ssize i = 0; i < got; ++i) tuple_set_item(t, i, newref(tuple_item(items, i)));
  decref(items);
  return t;
}

}  // namespace

Type* structseq_new_type(const char* name, std::initializer_list<const char*> fields, const char* doc) {
  StructSeqInfo* info = new StructSeqInfo();
  ssize i = 0;
  for (const char* f : fields) {
    info->fields.emplace_back(f);
    info->getset.push_back(GetSetDef{f, field_get, nullptr, nullptr, reinterpret_cast<void*>(i++)});
  }
  info->getset.push_back(GetSetDef{});
  TypeSlots slots{};
  slots.name = name;
  slots.basicsize = TupleType.basicsize;
  slots.itemsize = TupleType.itemsize;
  slots.repr = structseq_repr;
  slots.flags = tpflags::kHaveGC | tpflags::kTupleSubclass;
  slots.doc = doc;
  slots.getset = info->getset.data();
  slots.base = &TupleType;
  slots.new_ = structseq_construct;
  Type* t = new Type(slots);
  infos().emplace_back(t, info);
  if (type_ready(t) < 0) return nullptr;
  return t;
}

Object* structseq_new(Type* type, std::initializer_list<Object*> items) {
  bool ok = true;
  for (Object* o : items)
    if (!o) ok = false;
  if (!ok) {
    for (Object* o : items) xdecref(o);
    return nullptr;
  }
  ssize n = static_cast<ssize>(items.size());
  Object* t = type_generic_alloc(type, n);
  if (!t) {
    for (Object* o : items) decref(o);
    return nullptr;
  }
  as_tuple(t)->size = n;
  ssize i = 0;
  for (Object* o : items) tuple_set_item(t, i++, o);
  return t;
}

}  // namespace glasspy
