// Interpreter frames: the activation record of one running code object, as
// CPython 3.11's _PyInterpreterFrame.
//
// A Frame is a plain struct (not an object) followed by its `localsplus`
// slots: the code's locals, cells and free variables, then its value stack.
// Frames of running functions are carved out of a per-thread data stack
// (contiguous chunks, pushed and popped in LIFO order), so a Python-to-Python
// call costs a bump of a pointer and no C++ recursion.  A generator keeps its
// frame inside the generator object; a frame object (`frame`, frame_object.h)
// is made only when something asks for one and, if it outlives the frame,
// takes a copy of it ("takes ownership").
//
// Invariants:
//  - func, code and locals are owned (locals may be null: optimized code);
//    globals and builtins are borrowed from func.
//  - localsplus[0, code->co_nlocalsplus) are owned or null; the value stack
//    is localsplus[co_nlocalsplus, stacktop); stack entries are owned, and
//    may be null (the NULL that PUSH_NULL / LOAD_GLOBAL push).
//  - prev_instr points at the instruction executing or last executed;
//    before the first, at instructions - 1.
//  - previous links to the calling frame while this one runs.
//  - is_entry: the eval loop invocation that runs this frame returns to C++
//    when the frame returns (it was entered from C++, not by a CALL).
#pragma once

#include <cstddef>

#include "compiler/code_unit.h"
#include "objects/object.h"
#include "objects/thread_state.h"
#include "vm/code_object.h"

namespace glasspy {

struct FunctionObject;
struct FrameObject;

enum class FrameOwner : uint8_t { kThread, kGenerator, kFrameObject };

struct Frame {
  FunctionObject* func;
  Object* globals;
  Object* builtins;
  Object* locals;
  CodeObject* code;
  FrameObject* frame_obj;
  Frame* previous;
  CodeWord* prev_instr;
  int stacktop;
  bool is_entry;
  FrameOwner owner;
  Object* localsplus[1];

  Object** stack_base() { return localsplus + code->co_nlocalsplus; }
  Object** stack_pointer() { return localsplus + stacktop; }
  void set_stack_pointer(Object** sp) { stacktop = static_cast<int>(sp - localsplus); }
  // The index of the current instruction, in code units (-1 before the first).
  int lasti() const { return static_cast<int>(prev_instr - code->instructions); }
};

// Bytes a frame of `code` takes.
inline size_t frame_size_for(CodeObject* code) {
  return offsetof(Frame, localsplus) +
         sizeof(Object*) * static_cast<size_t>(code->co_framesize > 0 ? code->co_framesize : 1);
}

// The per-thread VM state: the running frame and the data stack, kept in
// the thread state (current_frame, chunk, top, limit).
using VMThread = ThreadState;
inline VMThread& vm_thread() { return thread_state(); }
// Frees the data stack chunks of a thread that has ended (its frames are
// all gone).
void release_data_stack(VMThread& t);

// Allocates a frame on the thread's data stack and initializes its header
// (func, code counted; globals/builtins from func; locals counted; the
// localsplus slots null; stacktop at the stack base; prev_instr before the
// first instruction).  Returns null with MemoryError set on failure.
Frame* push_frame(FunctionObject* func, Object* locals);
// Releases what the frame holds (handing it to its frame object if that is
// still referenced) and pops it from the data stack.  `frame` must be the
// most recently pushed frame.
void clear_and_pop_frame(Frame* frame);
// Pops a frame whose contents were moved elsewhere (into a generator),
// releasing nothing.
void pop_moved_frame(Frame* frame);
// Releases what a frame holds (localsplus, stack, func, code, locals); if a
// frame object still references it, that object takes a copy first.
void clear_frame(Frame* frame);
// Copies a frame's header and slots to `dest` (which must have room),
// transferring the references (the source is left without them).
void copy_frame(Frame* src, Frame* dest);

// True for frames that have not yet executed their first real instruction
// (CPython's _PyFrame_IsIncomplete: still before COPY_FREE_VARS/MAKE_CELL
// prologue ends).  Such frames are skipped by f_back and tracebacks.
bool frame_is_incomplete(Frame* frame);

// The frame object of a frame, made on first request (borrowed; null with
// MemoryError set on failure).
FrameObject* frame_get_object(Frame* frame);

// The current line of a frame.
int frame_line(Frame* frame);

// The frame's locals as a dict (f_locals / locals()): for optimized code,
// fills the frame's dict from its fast locals first.  New reference.
Object* frame_get_locals(Frame* frame);

}  // namespace glasspy
