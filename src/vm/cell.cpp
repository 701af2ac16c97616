// `cell` objects (see cell.h).
#include "vm/cell.h"

#include "objects/abstract.h"
#include "objects/call.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/gc.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace glasspy {

Object* cell_new(Object* value) {
  Object* o = allocate_object(&CellType, sizeof(CellObject));
  if (!o) return nullptr;
  as_cell(o)->ref = xnewref(value);
  gc_track(o);
  return o;
}

namespace {

void cell_dealloc(Object* o) {
  gc_untrack(o);
  xdecref(as_cell(o)->ref);
  free_object(o);
}

int cell_traverse(Object* o, visitproc visit, void* arg) {
  GLASSPY_VISIT(as_cell(o)->ref);
  return 0;
}

int cell_clear(Object* o) {
  clear_ref(as_cell(o)->ref);
  return 0;
}

Object* cell_repr(Object* o) {
  Object* ref = as_cell(o)->ref;
  if (!ref) return str_from_format("<cell at %p: empty>", static_cast<void*>(o));
  return str_from_format("<cell at %p: %.80s object at %p>", static_cast<void*>(o), ref->type->name,
                         static_cast<void*>(ref));
}

Object* cell_richcompare(Object* a, Object* b, int op) {
  if (!is_cell(a) || !is_cell(b)) return newref(NotImplemented);
  Object* x = as_cell(a)->ref;
  Object* y = as_cell(b)->ref;
  if (x && y) return rich_compare(x, y, op);
  // Empty cells order before full ones.
  int cmp = (x ? 1 : 0) - (y ? 1 : 0);
  bool r = false;
  switch (op) {
    case kLT: r = cmp < 0; break;
    case kLE: r = cmp <= 0; break;
    case kEQ: r = cmp == 0; break;
    case kNE: r = cmp != 0; break;
    case kGT: r = cmp > 0; break;
    case kGE: r = cmp >= 0; break;
  }
  return bool_from(r);
}

Object* cell_get_contents(Object* o, void*) {
  Object* ref = as_cell(o)->ref;
  if (!ref) {
    set_error(&exc::ValueError, "Cell is empty");
    return nullptr;
  }
  return newref(ref);
}

int cell_set_contents(Object* o, Object* value, void*) {
  cell_set(o, xnewref(value));
  return 0;
}

Object* cell_new_slot(Type* type, Object* args, Object* kwds) {
  if (!check_no_kwargs("cell", kwds)) return nullptr;
  if (!check_positional("cell", tuple_size(args), 0, 1)) return nullptr;
  return cell_new(tuple_size(args) ? tuple_item(args, 0) : nullptr);
}

GetSetDef cell_getset[] = {
    {"cell_contents", cell_get_contents, cell_set_contents},
    {},
};

}  // namespace

Type CellType{{
    .name = "cell",
    .basicsize = sizeof(CellObject),
    .dealloc = cell_dealloc,
    .repr = cell_repr,
    .hash = hash_not_implemented,
    .getattro = generic_getattr,
    .flags = tpflags::kHaveGC,
    .doc = "Create a new cell object.\n\n  contents\n    the contents of the cell. If not specified, the cell will be empty,\n    and \n further attempts to access its cell_contents attribute will\n    raise a ValueError.",
    .traverse = cell_traverse,
    .clear = cell_clear,
    .richcompare = cell_richcompare,
    .getset = cell_getset,
    .new_ = cell_new_slot,
}};

}  // namespace glasspy
