// `traceback` objects (see traceback.h).
#include "vm/traceback.h"

#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/gc.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/type.h"

namespace glasspy {

Object* traceback_new(Object* next, FrameObject* frame, int lasti, int lineno) {
  Object* o = allocate_object(&TracebackType, sizeof(TracebackObject));
  if (!o) return nullptr;
  TracebackObject* tb = as_traceback(o);
  tb->tb_next = static_cast<TracebackObject*>(xnewref(next));
  tb->tb_frame = newref(frame);
  tb->tb_lasti = lasti;
  tb->tb_lineno = lineno;
  gc_track(o);
  return o;
}

int traceback_here(Frame* frame) {
  FrameObject* f = frame_get_object(frame);
  if (!f) return -1;
  Object* exc = fetch_error();
  if (!exc) return 0;
  Object* tb = exception_get_traceback(exc);
  Object* newtb = traceback_new(tb, f, frame->lasti() * 2, frame_line(frame));
  xdecref(tb);
  if (!newtb) {
    decref(exc);
    return -1;
  }
  exception_set_traceback(exc, newtb);
  decref(newtb);
  restore_error(exc);
  return 0;
}

namespace {

void tb_dealloc(Object* o) {
  gc_untrack(o);
  bool deferred = trashcan_begin(o);
  if (deferred) return;
  TracebackObject* tb = as_traceback(o);
  clear_ref(tb->tb_next);
  clear_ref(tb->tb_frame);
  free_object(o);
  trashcan_end();
}

int tb_traverse(Object* o, visitproc visit, void* arg) {
  GLASSPY_VISIT(as_traceback(o)->tb_next);
  GLASSPY_VISIT(as_traceback(o)->tb_frame);
  return 0;
}

int tb_clear(Object* o) {
  clear_ref(as_traceback(o)->tb_next);
  clear_ref(as_traceback(o)->tb_frame);
  return 0;
}

Object* tb_get_next(Object* o, void*) {
  Object* n = as_traceback(o)->tb_next;
  return newref(n ? n : None);
}

int tb_set_next(Object* o, Object* value, void*) {
  if (!value) {
    set_error(&exc::TypeError, "can't delete tb_next attribute");
    return -1;
  }
  if (value == None) {
    value = nullptr;
  } else if (!is_traceback(value)) {
    format_error(&exc::TypeError, "expected traceback object, got '%s'", value->type->name);
    return -1;
  }
  for (TracebackObject* c = static_cast<TracebackObject*>(value); c; c = c->tb_next) {
    if (c == as_traceback(o)) {
      set_error(&exc::ValueError, "traceback loop detected");
      return -1;
    }
  }
  setref(as_traceback(o)->tb_next, static_cast<TracebackObject*>(xnewref(value)));
  return 0;
}

Object* tb_get_lineno(Object* o, void*) { return int_from_i64(as_traceback(o)->tb_lineno); }

Object* tb_new_slot(Type*, Object* args, Object* kwds) {
  set_error(&exc::TypeError, "cannot create 'traceback' instances");
  return nullptr;
}

Object* tb_dir(Object* o) {
  Object* l = list_new(4);
  if (!l) return nullptr;
  const char* names[] = {"tb_frame", "tb_next", "tb_lasti", "tb_lineno"};
  for (int i = 0; i < 4; ++i) {
    Object* s = str_from_cstr(names[i]);
    if (!s) {
      decref(l);
      return nullptr;
    }
    list_set_item(l, i, s);
  }
  return l;
}

MemberDef tb_members[] = {
    {"tb_frame", MemberType::kObject, offsetof(TracebackObject, tb_frame), true},
    {"tb_lasti", MemberType::kInt, offsetof(TracebackObject, tb_lasti), true},
    {},
};

GetSetDef tb_getset[] = {
    {"tb_next", tb_get_next, tb_set_next},
    {"tb_lineno", tb_get_lineno},
    {},
};

MethodDef tb_methods[] = {
    MethodDef("__dir__", static_cast<NoArgsMethod>(tb_dir)),
    {},
};

}  // namespace

Type TracebackType{{
    .name = "traceback",
    .basicsize = sizeof(TracebackObject),
    .dealloc = tb_dealloc,
    .getattro = generic_getattr,
    .flags = tpflags::kHaveGC,
    .doc = "Create a new traceback object.",
    .traverse = tb_traverse,
    .clear = tb_clear,
    .methods = tb_methods,
    .members = tb_members,
    .getset = tb_getset,
    .new_ = tb_new_slot,
}};

}  // namespace glasspy
