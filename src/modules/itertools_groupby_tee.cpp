// itertools.groupby (with its _grouper sub-iterators) and itertools.tee
// (with the _tee iterators and the _tee_dataobject buffers they share).
//
// groupby: the parent holds the current key and value; a _grouper yields
// the parent's values while their key equals its target key.  Only the most
// recently created _grouper is live: the parent remembers it (borrowed, not
// owned: the grouper owns the parent) and an older one finds itself
// replaced and stops.
//
// tee: the items read from the source are kept in a singly linked list of
// fixed-size buffers (_tee_dataobject); each _tee iterator is a cursor
// (buffer, index) into it, and a buffer dies once no cursor and no earlier
// buffer refer to it.  A long list is released in a loop, not recursively.
#include "modules/itertools_module.h"
#include "modules/native_type_support.h"
#include "objects/abstract.h"
#include "objects/call.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/known_strings.h"
#include "objects/list.h"
#include "objects/singletons.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "vm/interpreter.h"

namespace glasspy {

namespace {

Object* type_ref(Object* o) { return newref(static_cast<Object*>(o->type)); }

// ---- groupby -------------------------------------------------------------------------

struct GroupbyObject : Object {
  Object* it;
  Object* keyfunc;    // None: the values are the keys
  Object* tgtkey;     // key of the group being handed out
  Object* currkey;    // key of currvalue
  Object* currvalue;  // read from it, not yet yielded by a grouper
  Object* currgrouper;  // borrowed: the live _grouper
};
using GroupbyFields = ObjectFields<GroupbyObject, &GroupbyObject::it, &GroupbyObject::keyfunc, &GroupbyObject::tgtkey,
                                   &GroupbyObject::currkey, &GroupbyObject::currvalue>;
GroupbyObject* as_groupby(Object* o) { return static_cast<GroupbyObject*>(o); }

struct GrouperObject : Object {
  Object* parent;  // the groupby
  Object* tgtkey;
};
using GrouperFields = ObjectFields<GrouperObject, &GrouperObject::parent, &GrouperObject::tgtkey>;
GrouperObject* as_grouper(Object* o) { return static_cast<GrouperObject*>(o); }

Object* groupby_new(Type* type, Object* args, Object* kwds) {
  static const ArgParser parser{"groupby", {"iterable", "key"}, 1, 2};
  Object* a[2];
  if (!parse_args_dict(parser, args, kwds, a)) return nullptr;
  ObjRef it = ObjRef::steal(get_iter(a[0]));
  if (!it) return nullptr;
  Object* o = type_generic_alloc(type, 0);
  if (!o) return nullptr;
  as_groupby(o)->it = it.release();
  as_groupby(o)->keyfunc = newref(a[1] ? a[1] : None);
  return o;
}

// Reads the next value and its key into currvalue / currkey.  -1 at the end
// (no error set) or on error.
int groupby_step(GroupbyObject* g) {
  Object* value = iter_next(g->it);
  if (!value) return -1;
  Object* key;
  if (g->keyfunc == None) {
    key = newref(value);
  } else {
    key = call_function(g->keyfunc, value);
    if (!key) {
      decref(value);
      return -1;
    }
  }
  setref(g->currvalue, value);
  setref(g->currkey, key);
  return 0;
}

Object* grouper_make(Type* type, Object* parent, Object* tgtkey) {
  Object* o = type_generic_alloc(type, 0);
  if (!o) return nullptr;
  as_grouper(o)->parent = newref(parent);
  as_grouper(o)->tgtkey = newref(tgtkey);
  as_groupby(parent)->currgrouper = o;
  return o;
}

Object* groupby_next(Object* o) {
  GroupbyObject* g = as_groupby(o);
  g->currgrouper = nullptr;
  // Skip what is left of the current group.
  for (;;) {
    if (g->currkey) {
      if (!g->tgtkey) break;
      int same = rich_compare_bool(g->tgtkey, g->currkey, kEQ);
      if (same < 0) return nullptr;
      if (same == 0) break;
    }
    if (groupby_step(g) < 0) return nullptr;
  }
  setref(g->tgtkey, newref(g->currkey));
  ObjRef grouper = ObjRef::steal(grouper_make(&ItertoolsGrouperType, o, g->tgtkey));
  if (!grouper) return nullptr;
  return tuple_pack({g->currkey, grouper.get()});
}

Object* groupby_reduce(Object* o) {
  GroupbyObject* g = as_groupby(o);
  if (g->tgtkey && g->currkey && g->currvalue) {
    return tuple_steal({type_ref(o), tuple_pack({g->it, g->keyfunc}), tuple_pack({g->currkey, g->currvalue, g->tgtkey})});
  }
  return tuple_steal({type_ref(o), tuple_pack({g->it, g->keyfunc})});
}

Object* groupby_setstate(Object* o, Object* state) {
  if (!is_tuple(state)) {
    set_error(&exc::TypeError, "state is not a tuple");
    return nullptr;
  }
  if (tuple_size(state) != 3) {
    return format_error(&exc::TypeError, "function takes exactly 3 arguments (%zd given)", tuple_size(state));
  }
  GroupbyObject* g = as_groupby(o);
  setref(g->currkey, newref(tuple_item(state, 0)));
  setref(g->currvalue, newref(tuple_item(state, 1)));
  setref(g->tgtkey, newref(tuple_item(state, 2)));
  return newref(None);
}

MethodDef groupby_methods[] = {
    MethodDef("__reduce__", static_cast<NoArgsMethod>(groupby_reduce), "How to rebuild the iterator (copy, pickle)."),
    MethodDef("__setstate__", static_cast<OneArgMethod>(groupby_setstate), "Restores a pickled position."),
    {},
};

Object* grouper_new(Type* type, Object* args, Object* kwds) {
  if (type == &ItertoolsGrouperType && !check_no_kwargs("_grouper", kwds)) return nullptr;
  if (!check_positional("_grouper", tuple_size(args), 2, 2)) return nullptr;
  Object* parent = tuple_item(args, 0);
  if (!is_instance_of(parent, &ItertoolsGroupbyType)) {
    return format_error(&exc::TypeError, "_grouper() argument 1 must be itertools.groupby, not %.50s",
                        type_name(parent->type));
  }
  return grouper_make(type, parent, tuple_item(args, 1));
}

Object* grouper_next(Object* o) {
  GrouperObject* gr = as_grouper(o);
  GroupbyObject* g = as_groupby(gr->parent);
  if (g->currgrouper != o) return nullptr;
  if (!g->currvalue && groupby_step(g) < 0) return nullptr;
  int same = rich_compare_bool(gr->tgtkey, g->currkey, kEQ);
  if (same <= 0) return nullptr;  // an error, or the group ended
  Object* value = g->currvalue;
  g->currvalue = nullptr;
  clear_ref(g->currkey);
  return value;
}

Object* grouper_reduce(Object* o) {
  GrouperObject* gr = as_grouper(o);
  if (as_groupby(gr->parent)->currgrouper != o) {
    // A replaced grouper is empty: rebuild it as iter(()).
    Object* iter_builtin = dict_get_item_cstr(interpreter_builtins_dict(), "iter");
    if (!iter_builtin) return nullptr;
    return tuple_steal({newref(iter_builtin), tuple_pack({empty_tuple()})});
  }
  return tuple_steal({type_ref(o), tuple_pack({gr->parent, gr->tgtkey})});
}

MethodDef grouper_methods[] = {
    MethodDef("__reduce__", static_cast<NoArgsMethod>(grouper_reduce), "How to rebuild the iterator (copy, pickle)."),
    {},
};

// ---- tee -----------------------------------------------------------------------------

constexpr int kLinkCells = 57;

struct TeeDataObject : Object {
  Object* it;
  int numread;   // values filled so far
  bool running;  // reading from it (a re-entrant read is an error)
  Object* nextlink;
  Object* values[kLinkCells];
};
TeeDataObject* as_teedata(Object* o) { return static_cast<TeeDataObject*>(o); }

struct TeeObject : Object {
  Object* dataobj;
  int index;  // next position in dataobj
};
using TeeFields = ObjectFields<TeeObject, &TeeObject::dataobj>;
TeeObject* as_tee(Object* o) { return static_cast<TeeObject*>(o); }

Object* teedata_make(Object* it) {
  Object* o = type_generic_alloc(&ItertoolsTeeDataType, 0);
  if (!o) return nullptr;
  as_teedata(o)->it = newref(it);
  return o;
}

// Releases a buffer's contents; the rest of the list is released here in a
// loop as long as this buffer holds the only reference to the next one.
int teedata_clear(Object* o) {
  TeeDataObject* t = as_teedata(o);
  clear_ref(t->it);
  for (int i = 0; i < t->numread; ++i) clear_ref(t->values[i]);
  t->numread = 0;
  Object* next = t->nextlink;
  t->nextlink = nullptr;
  while (next && next->refcnt == 1) {
    TeeDataObject* n = as_teedata(next);
    Object* after = n->nextlink;
    n->nextlink = nullptr;
    decref(next);
    next = after;
  }
  xdecref(next);
  return 0;
}

void teedata_dealloc(Object* o) {
  gc_untrack(o);
  teedata_clear(o);
  free_object(o);
}

int teedata_traverse(Object* o, visitproc visit, void* arg) {
  TeeDataObject* t = as_teedata(o);
  GLASSPY_VISIT(t->it);
  for (int i = 0; i < t->numread; ++i) GLASSPY_VISIT(t->values[i]);
  GLASSPY_VISIT(t->nextlink);
  return 0;
}

Object* teedata_getitem(TeeDataObject* t, int i) {
  if (i < t->numread) return newref(t->values[i]);
  if (t->running) {
    set_error(&exc::RuntimeError, "cannot re-enter the tee iterator");
    return nullptr;
  }
  t->running = true;
  Object* value = iter_next(t->it);
  t->running = false;
  if (!value) return nullptr;
  t->values[t->numread++] = value;
  return newref(value);
}

Object* teedata_jumplink(TeeDataObject* t) {
  if (!t->nextlink) {
    t->nextlink = teedata_make(t->it);
    if (!t->nextlink) return nullptr;
  }
  return newref(t->nextlink);
}

Object* teedata_reduce(Object* o) {
  TeeDataObject* t = as_teedata(o);
  Object* values = list_new(t->numread);
  if (!values) return nullptr;
  for (int i = 0; i < t->numread; ++i) list_set_item(values, i, newref(t->values[i]));
  return tuple_steal({type_ref(o), tuple_steal({newref(t->it), values, newref(t->nextlink ? t->nextlink : None)})});
}

Object* teedata_new(Type* type, Object* args, Object* kwds) {
  if (!check_no_kwargs("_tee_dataobject", kwds)) return nullptr;
  if (!check_positional("_tee_dataobject", tuple_size(args), 3, 3)) return nullptr;
  Object* it = tuple_item(args, 0);
  Object* values = tuple_item(args, 1);
  Object* next = tuple_item(args, 2);
  if (!is_list(values)) {
    return format_error(&exc::TypeError, "_tee_dataobject() argument 2 must be list, not %.50s",
                        type_name(values->type));
  }
  ssize n = list_size(values);
  // A full buffer may link to the next one; a partial one cannot.
  bool valid = n < kLinkCells ? next == None
                              : n == kLinkCells && (next == None || next->type == &ItertoolsTeeDataType);
  if (!valid) {
    set_error(&exc::ValueError, "Invalid arguments");
    return nullptr;
  }
  (void)type;
  Object* o = teedata_make(it);
  if (!o) return nullptr;
  TeeDataObject* t = as_teedata(o);
  for (ssize i = 0; i < n; ++i) t->values[i] = newref(list_item(values, i));
  t->numread = static_cast<int>(n);
  if (next != None) t->nextlink = newref(next);
  return o;
}

MethodDef teedata_methods[] = {
    MethodDef("__reduce__", static_cast<NoArgsMethod>(teedata_reduce), "How to rebuild the buffer (copy, pickle)."),
    {},
};

Object* tee_copy_object(TeeObject* source) {
  Object* o = type_generic_alloc(&ItertoolsTeeType, 0);
  if (!o) return nullptr;
  as_tee(o)->dataobj = newref(source->dataobj);
  as_tee(o)->index = source->index;
  return o;
}

// A _tee over an iterable: a copy of it when it already is a _tee.
Object* tee_from_iterable(Object* iterable) {
  ObjRef it = ObjRef::steal(get_iter(iterable));
  if (!it) return nullptr;
  if (it->type == &ItertoolsTeeType) return tee_copy_object(as_tee(it.get()));
  ObjRef data = ObjRef::steal(teedata_make(it.get()));
  if (!data) return nullptr;
  Object* o = type_generic_alloc(&ItertoolsTeeType, 0);
  if (!o) return nullptr;
  as_tee(o)->dataobj = data.release();
  return o;
}

Object* tee_new(Type*, Object* args, Object* kwds) {
  if (!check_no_kwargs("_tee", kwds)) return nullptr;
  if (!check_positional("_tee", tuple_size(args), 1, 1)) return nullptr;
  return tee_from_iterable(tuple_item(args, 0));
}

Object* tee_next(Object* o) {
  TeeObject* t = as_tee(o);
  if (t->index >= kLinkCells) {
    Object* link = teedata_jumplink(as_teedata(t->dataobj));
    if (!link) return nullptr;
    setref(t->dataobj, link);
    t->index = 0;
  }
  Object* value = teedata_getitem(as_teedata(t->dataobj), t->index);
  if (!value) return nullptr;
  ++t->index;
  return value;
}

Object* tee_copy(Object* o) { return tee_copy_object(as_tee(o)); }

Object* tee_reduce(Object* o) {
  TeeObject* t = as_tee(o);
  return tuple_steal({type_ref(o), tuple_pack({empty_tuple()}),
                      tuple_steal({newref(t->dataobj), int_from_ssize(t->index)})});
}

Object* tee_setstate(Object* o, Object* state) {
  if (!is_tuple(state)) {
    set_error(&exc::TypeError, "state is not a tuple");
    return nullptr;
  }
  if (tuple_size(state) != 2) {
    return format_error(&exc::TypeError, "function takes exactly 2 arguments (%zd given)", tuple_size(state));
  }
  Object* data = tuple_item(state, 0);
  if (data->type != &ItertoolsTeeDataType) {
    return format_error(&exc::TypeError, "argument 1 must be itertools._tee_dataobject, not %.50s",
                        type_name(data->type));
  }
  int index;
  if (!arg_to_int(tuple_item(state, 1), &index)) return nullptr;
  if (index < 0 || index > kLinkCells) {
    set_error(&exc::ValueError, "Index out of range");
    return nullptr;
  }
  setref(as_tee(o)->dataobj, newref(data));
  as_tee(o)->index = index;
  return newref(None);
}

MethodDef tee_methods[] = {
    MethodDef("__copy__", static_cast<NoArgsMethod>(tee_copy), "Returns an independent iterator."),
    MethodDef("__reduce__", static_cast<NoArgsMethod>(tee_reduce), "How to rebuild the iterator (copy, pickle)."),
    MethodDef("__setstate__", static_cast<OneArgMethod>(tee_setstate), "Restores a pickled position."),
    {},
};

// tee(iterable, n=2): n iterators over one source.
Object* itertools_tee(Object*, Object* const* args, ssize nargs) {
  if (!check_positional("tee", nargs, 1, 2)) return nullptr;
  ssize n = 2;
  if (nargs == 2 && !arg_to_ssize(args[1], &n)) return nullptr;
  if (n < 0) {
    set_error(&exc::ValueError, "n must be >= 0");
    return nullptr;
  }
  ObjRef result = ObjRef::steal(tuple_new(n));
  if (!result || n == 0) return result.release();
  for (ssize i = 0; i < n; ++i) tuple_set_item(result.get(), i, newref(None));
  ObjRef it = ObjRef::steal(get_iter(args[0]));
  if (!it) return nullptr;
  // An iterator that can copy itself is used as is; others get a _tee.
  Object* copier;
  if (lookup_attr(it.get(), ID(dunder_copy), &copier) < 0) return nullptr;
  ObjRef copyfunc = ObjRef::steal(copier);
  Object* first;
  if (copyfunc) {
    first = it.release();
  } else {
    first = tee_from_iterable(it.get());
    if (!first) return nullptr;
    if (lookup_attr(first, ID(dunder_copy), &copier) < 0 || !copier) {
      decref(first);
      if (!error_occurred()) set_error(&exc::AttributeError, "__copy__");
      return nullptr;
    }
    copyfunc = ObjRef::steal(copier);
  }
  setref(as_tuple(result.get())->items[0], first);
  for (ssize i = 1; i < n; ++i) {
    Object* copy = call_no_args(copyfunc.get());
    if (!copy) return nullptr;
    setref(as_tuple(result.get())->items[i], copy);
  }
  return result.release();
}

}  // namespace

MethodDef itertools_tee_function[] = {
    MethodDef("tee", static_cast<FastMethod>(itertools_tee), "tee(iterable, n=2): n independent iterators over one iterable."),
    {},
};

Type ItertoolsGroupbyType{{
    .name = "itertools.groupby",
    .basicsize = sizeof(GroupbyObject),
    .dealloc = GroupbyFields::dealloc,
    .getattro = generic_getattr,
    .flags = tpflags::kHaveGC | tpflags::kBaseType,
    .doc = "groupby(iterable, key=None): (key, group iterator) pairs for the runs of consecutive items with equal "
           "keys.",
    .traverse = GroupbyFields::traverse,
    .iter = return_self,
    .iternext = groupby_next,
    .methods = groupby_methods,
    .new_ = groupby_new,
}};

Type ItertoolsGrouperType{{
    .name = "itertools._grouper",
    .basicsize = sizeof(GrouperObject),
    .dealloc = GrouperFields::dealloc,
    .getattro = generic_getattr,
    .flags = tpflags::kHaveGC,
    .traverse = GrouperFields::traverse,
    .iter = return_self,
    .iternext = grouper_next,
    .methods = grouper_methods,
    .new_ = grouper_new,
}};

Type ItertoolsTeeDataType{{
    .name = "itertools._tee_dataobject",
    .basicsize = sizeof(TeeDataObject),
    .dealloc = teedata_dealloc,
    .getattro = generic_getattr,
    .flags = tpflags::kHaveGC,
    .doc = "Buffer shared by the iterators of one tee().",
    .traverse = teedata_traverse,
    .clear = teedata_clear,
    .methods = teedata_methods,
    .new_ = teedata_new,
}};

Type ItertoolsTeeType{{
    .name = "itertools._tee",
    .basicsize = sizeof(TeeObject),
    .dealloc = TeeFields::dealloc,
    .getattro = generic_getattr,
    .flags = tpflags::kHaveGC,
    .doc = "Iterator over an iterable, sharing its buffer with its copies.",
    .traverse = TeeFields::traverse,
    .clear = TeeFields::clear,
    .iter = return_self,
    .iternext = tee_next,
    .methods = tee_methods,
    .new_ = tee_new,
}};

}  // namespace glasspy
