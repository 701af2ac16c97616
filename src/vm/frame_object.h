// `frame`: the Python-visible view of an interpreter frame (sys._getframe(),
// tracebacks' tb_frame), made lazily (frame_get_object in frame.h).
//
// While the frame runs, f_frame points to it (on the data stack or inside a
// generator).  When the frame finishes and the frame object is still
// referenced, the frame object takes a copy of the frame into its own
// trailing storage (f_frame then points there, owner kFrameObject) and
// remembers its caller's frame object in f_back, so tracebacks keep showing
// the locals and line of frames that are gone.
#pragma once

#include "objects/object.h"
#include "vm/frame.h"

namespace glasspy {

extern Type FrameType;

struct FrameObject : Object {
  FrameObject* f_back;  // owned; set once the frame is gone
  Frame* f_frame;
  Object* f_trace;
  int f_lineno;  // 0: compute from the frame's position
  char f_trace_lines;
  char f_trace_opcodes;
  alignas(16) char f_frame_data[16];  // room for a copy of the frame (allocated to size)
};

inline bool is_frame_object(Object* o) { return o->type == &FrameType; }

// A frame object for `frame` (not yet linked from it).  New reference.
FrameObject* frame_object_new_for(Frame* frame);
// Where a frame object keeps its own copy of the frame.
inline Frame* frame_object_storage(FrameObject* f) { return reinterpret_cast<Frame*>(f->f_frame_data); }

// f.f_lineno.
int frame_object_line(FrameObject* f);
// f.f_back (new reference or null).
FrameObject* frame_object_back(FrameObject* f);

}  // namespace glasspy
