// `traceback`: one entry of an exception's __traceback__ chain: the frame
// object where the exception passed, the instruction (tb_lasti, in bytes as
// CPython reports it) and its line.  The newest entry is the outermost
// frame; tb_next leads toward where the exception was raised.
#pragma once

#include "objects/object.h"
#include "vm/frame_object.h"

namespace glasspy {

extern Type TracebackType;

struct TracebackObject : Object {
  TracebackObject* tb_next;  // owned, or null
  FrameObject* tb_frame;     // owned
  int tb_lasti;              // bytes
  int tb_lineno;             // -1: unknown
};

inline bool is_traceback(Object* o) { return o->type == &TracebackType; }
inline TracebackObject* as_traceback(Object* o) { return static_cast<TracebackObject*>(o); }

// New reference.
Object* traceback_new(Object* next, FrameObject* frame, int lasti, int lineno);

// PyTraceBack_Here: prepends an entry for `frame` (at its current
// instruction) to the current exception's __traceback__.  0 or -1.
int traceback_here(Frame* frame);

}  // namespace glasspy
