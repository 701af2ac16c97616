// `frame` objects (see frame_object.h).
#include "vm/frame_object.h"

#include "objects/abstract.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/gc.h"
#include "objects/int.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/type.h"
#include "vm/function_object.h"
#include "vm/generator.h"

namespace glasspy {

FrameObject* frame_object_new_for(Frame* frame) {
  size_t size = offsetof(FrameObject, f_frame_data) + frame_size_for(frame->code);
  Object* o = allocate_object(&FrameType, size);
  if (!o) return nullptr;
  FrameObject* f = static_cast<FrameObject*>(o);
  f->f_frame = frame;
  f->f_back = nullptr;
  f->f_trace = nullptr;
  f->f_lineno = 0;
  f->f_trace_lines = 1;
  f->f_trace_opcodes = 0;
  gc_track(o);
  return f;
}

int frame_object_line(FrameObject* f) {
  if (f->f_lineno != 0) return f->f_lineno;
  return frame_line(f->f_frame);
}

FrameObject* frame_object_back(FrameObject* f) {
  FrameObject* back = f->f_back;
  if (!back) {
    Frame* prev = f->f_frame->previous;
    while (prev && frame_is_incomplete(prev)) prev = prev->previous;
    if (prev) {
      back = frame_get_object(prev);
      if (!back) return nullptr;
    }
  }
  return xnewref(back);
}

namespace {

FrameObject* as_frame(Object* o) { return static_cast<FrameObject*>(o); }

void frame_dealloc(Object* o) {
  gc_untrack(o);
  FrameObject* f = as_frame(o);
  if (f->f_frame == frame_object_storage(f) && f->f_frame->owner == FrameOwner::kFrameObject) {
    clear_frame(f->f_frame);
  }
  clear_ref(f->f_back);
  clear_ref(f->f_trace);
  free_object(o);
}

int frame_traverse(Object* o, visitproc visit, void* arg) {
  FrameObject* f = as_frame(o);
  GLASSPY_VISIT(f->f_back);
  GLASSPY_VISIT(f->f_trace);
  if (f->f_frame->owner != FrameOwner::kFrameObject) return 0;
  Frame* fr = f->f_frame;
  GLASSPY_VISIT(fr->func);
  GLASSPY_VISIT(fr->code);
  GLASSPY_VISIT(fr->locals);
  for (int i = 0; i < fr->stacktop; ++i) GLASSPY_VISIT(fr->localsplus[i]);
  return 0;
}

Object* frame_repr(Object* o) {
  FrameObject* f = as_frame(o);
  return str_from_format("<frame at %p, file %R, line %d, code %U>", static_cast<void*>(o),
                         f->f_frame->code->co_filename, frame_object_line(f),
                         f->f_frame->code->co_name);
}

Object* get_lineno(Object* o, void*) {
  int line = frame_object_line(as_frame(o));
  if (line < 0) return newref(None);
  return int_from_i64(line);
}

Object* get_lasti(Object* o, void*) {
  int lasti = as_frame(o)->f_frame->lasti();
  if (lasti < 0) return int_from_i64(-1);
  return int_from_i64(lasti * 2);
}

Object* get_back(Object* o, void*) {
  FrameObject* b = frame_object_back(as_frame(o));
  if (!b) {
    if (error_occurred()) return nullptr;
    return newref(None);
  }
  return b;
}

Object* get_locals(Object* o, void*) { return frame_get_locals(as_frame(o)->f_frame); }
Object* get_globals(Object* o, void*) { return newref(as_frame(o)->f_frame->globals); }
Object* get_builtins(Object* o, void*) { return newref(as_frame(o)->f_frame->builtins); }
Object* get_code(Object* o, void*) { return newref(static_cast<Object*>(as_frame(o)->f_frame->code)); }

Object* get_trace(Object* o, void*) {
  Object* t = as_frame(o)->f_trace;
  return newref(t ? t : None);
}
int set_trace(Object* o, Object* v, void*) {
  if (v == None) v = nullptr;
  setref(as_frame(o)->f_trace, xnewref(v));
  return 0;
}

// frame.clear(): drops the locals of a finished frame (traceback.clear_frames
// uses it to break reference cycles); a suspended generator's frame is
// finalized with its generator; a running frame cannot be cleared.
Object* frame_clear_method(Object* o) {
  FrameObject* f = as_frame(o);
  Frame* fr = f->f_frame;
  if (fr->owner == FrameOwner::kGenerator) {
    GenObject* gen = generator_of_frame(fr);
    if (gen->gi_frame_state != kFrameExecuting) {
      gen_finalize(gen);
      if (error_occurred()) return nullptr;
      return newref(None);
    }
  } else if (fr->owner == FrameOwner::kFrameObject) {
    clear_ref(f->f_trace);
    for (int i = 0; i < fr->stacktop; ++i) clear_ref(fr->localsplus[i]);
    fr->stacktop = 0;
    return newref(None);
  }
  set_error(&exc::RuntimeError, "cannot clear an executing frame");
  return nullptr;
}

MethodDef frame_methods[] = {
    MethodDef("clear", static_cast<NoArgsMethod>(frame_clear_method)),
    {},
};

MemberDef frame_members[] = {
    {"f_trace_lines", MemberType::kBool, offsetof(FrameObject, f_trace_lines), false},
    {"f_trace_opcodes", MemberType::kBool, offsetof(FrameObject, f_trace_opcodes), false},
    {},
};

GetSetDef frame_getset[] = {
    {"f_back", get_back},
    {"f_locals", get_locals},
    {"f_lineno", get_lineno},
    {"f_trace", get_trace, set_trace},
    {"f_lasti", get_lasti},
    {"f_globals", get_globals},
    {"f_builtins", get_builtins},
    {"f_code", get_code},
    {},
};

}  // namespace

Type FrameType{{
    .name = "frame",
    .basicsize = sizeof(FrameObject),
    .dealloc = frame_dealloc,
    .repr = frame_repr,
    .getattro = generic_getattr,
    .setattro = generic_setattr,
    .flags = tpflags::kHaveGC,
    .traverse = frame_traverse,
    .methods = frame_methods,
    .members = frame_members,
    .getset = frame_getset,
}};

}  // namespace glasspy
