// Interpreter frames and the per-thread data stack (see frame.h).
//
// The data stack is a list of chunks; a frame never straddles two.  Pushing
// bumps `top` within the current chunk or starts a new one; popping the
// first frame of a chunk returns to the previous chunk and frees the empty
// one (keeping one spare, so a call that oscillates across a chunk boundary
// does not allocate every time).
#include "vm/frame.h"

#include <cstdlib>
#include <cstring>

#include "compiler/opcodes.h"
#include "objects/abstract.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/tuple.h"
#include "vm/cell.h"
#include "vm/frame_object.h"
#include "vm/function_object.h"

namespace glasspy {

struct DataStackChunk {
  DataStackChunk* previous;
  size_t size;  // bytes of data
  char* saved_top;  // the previous chunk's top when this one was started
  alignas(16) char data[1];
};

namespace {

constexpr size_t kChunkSize = 256 * 1024;

DataStackChunk* spare_chunk = nullptr;

DataStackChunk* new_chunk(size_t min_bytes) {
  size_t size = min_bytes > kChunkSize ? min_bytes : kChunkSize;
  if (size == kChunkSize && spare_chunk) {
    DataStackChunk* c = spare_chunk;
    spare_chunk = nullptr;
    return c;
  }
  void* mem = std::malloc(offsetof(DataStackChunk, data) + size);
  if (!mem) return nullptr;
  DataStackChunk* c = static_cast<DataStackChunk*>(mem);
  c->size = size;
  return c;
}

void free_chunk(DataStackChunk* c) {
  if (c->size == kChunkSize && !spare_chunk) {
    spare_chunk = c;
    return;
  }
  std::free(c);
}

size_t round_up(size_t n) { return (n + 15) & ~size_t(15); }

}  // namespace

void release_data_stack(VMThread& t) {
  while (DataStackChunk* c = t.chunk) {
    t.chunk = c->previous;
    free_chunk(c);
  }
  t.top = t.limit = nullptr;
}

Frame* push_frame(FunctionObject* func, Object* locals) {
  CodeObject* code = as_code(func->func_code);
  VMThread& t = vm_thread();
  size_t bytes = round_up(frame_size_for(code));
  if (!t.top || static_cast<size_t>(t.limit - t.top) < bytes) {
    DataStackChunk* c = new_chunk(bytes);
    if (!c) {
      no_memory();
      return nullptr;
    }
    c->previous = t.chunk;
    c->saved_top = t.top;
    t.chunk = c;
    t.top = c->data;
    t.limit = c->data + c->size;
  }
  Frame* f = reinterpret_cast<Frame*>(t.top);
  t.top += bytes;
  f->func = newref(func);
  f->code = newref(code);
  f->globals = func->func_globals;
  f->builtins = func->func_builtins;
  f->locals = xnewref(locals);
  f->frame_obj = nullptr;
  f->previous = nullptr;
  f->prev_instr = code->instructions - 1;
  f->stacktop = code->co_nlocalsplus;
  f->is_entry = false;
  f->owner = FrameOwner::kThread;
  for (int i = 0; i < code->co_nlocalsplus; ++i) f->localsplus[i] = nullptr;
  return f;
}

static void pop_frame_memory(Frame* frame) {
  VMThread& t = vm_thread();
  char* base = reinterpret_cast<char*>(frame);
  if (base == t.chunk->data && t.chunk->previous) {
    DataStackChunk* c = t.chunk;
    t.chunk = c->previous;
    t.top = c->saved_top;
    t.limit = t.chunk->data + t.chunk->size;
    free_chunk(c);
    return;
  }
  t.top = base;
}

void pop_moved_frame(Frame* frame) { pop_frame_memory(frame); }

namespace {

// The frame object outlives the frame: it takes a copy (CPython's
// take_ownership) and links f_back to the caller's frame object.
void take_ownership(FrameObject* f, Frame* frame) {
  Frame* own = frame_object_storage(f);
  copy_frame(frame, own);
  own->owner = FrameOwner::kFrameObject;
  own->frame_obj = f;  // borrowed back-link; the frame object owns the frame
  f->f_frame = own;
  Frame* prev = frame->previous;
  while (prev && frame_is_incomplete(prev)) prev = prev->previous;
  if (prev) {
    FrameObject* back = frame_get_object(prev);
    if (!back) {
      // Out of memory: the frame simply has no f_back.
      clear_error();
    } else {
      f->f_back = newref(back);
    }
  }
  own->previous = nullptr;
}

}  // namespace

void copy_frame(Frame* src, Frame* dest) {
  size_t n = offsetof(Frame, localsplus) + sizeof(Object*) * static_cast<size_t>(src->stacktop);
  std::memcpy(static_cast<void*>(dest), static_cast<void*>(src), n);
}

void clear_frame(Frame* frame) {
  if (frame->frame_obj && frame->owner != FrameOwner::kFrameObject) {
    FrameObject* f = frame->frame_obj;
    frame->frame_obj = nullptr;
    if (f->refcnt > 1) {
      take_ownership(f, frame);
      decref(f);
      return;
    }
    decref(f);
  }
  for (int i = 0; i < frame->stacktop; ++i) xdecref(frame->localsplus[i]);
  frame->stacktop = 0;
  xdecref(frame->locals);
  frame->locals = nullptr;
  decref(frame->func);
  decref(frame->code);
}

void clear_and_pop_frame(Frame* frame) {
  clear_frame(frame);
  pop_frame_memory(frame);
}

bool frame_is_incomplete(Frame* frame) {
  return frame->owner != FrameOwner::kGenerator &&
         frame->prev_instr < frame->code->instructions + frame->code->co_firsttraceable;
}

FrameObject* frame_get_object(Frame* frame) {
  if (frame->frame_obj) return frame->frame_obj;
  FrameObject* f = frame_object_new_for(frame);
  if (!f) return nullptr;
  frame->frame_obj = f;
  return f;
}

int frame_line(Frame* frame) {
  int lasti = frame->lasti();
  if (lasti < 0) return frame->code->co_firstlineno;
  return code_addr_to_line(frame->code, lasti);
}

Object* frame_get_locals(Frame* frame) {
  CodeObject* co = frame->code;
  if (!frame->locals) {
    frame->locals = dict_new();
    if (!frame->locals) return nullptr;
  }
  Object* locals = frame->locals;
  int lasti = frame->lasti();
  if (lasti < 0 && co->instructions[0].opcode == op::COPY_FREE_VARS && frame->func->func_closure) {
    // The free variables are not copied yet: do it now.
    Object* closure = frame->func->func_closure;
    int offset = co->co_nlocalsplus - co->co_nfreevars;
    for (int i = 0; i < co->co_nfreevars; ++i) {
      frame->localsplus[offset + i] = newref(tuple_item(closure, i));
    }
    frame->prev_instr = co->instructions;
  }
  const uint8_t* kinds = reinterpret_cast<const uint8_t*>(bytes_data(co->co_localspluskinds));
  for (int i = 0; i < co->co_nlocalsplus; ++i) {
    uint8_t kind = kinds[i];
    if ((kind & CO_FAST_FREE) && !(co->co_flags & CO_OPTIMIZED)) continue;
    Object* name = tuple_item(co->co_localsplusnames, i);
    Object* value = frame->localsplus[i];
    if (value) {
      if (kind & CO_FAST_FREE) {
        value = is_cell(value) ? cell_get(value) : value;
      } else if (kind & CO_FAST_CELL) {
        if (is_cell(value) && frame->lasti() >= 0) value = cell_get(value);
      }
    }
    if (!value) {
      if (del_item(locals, name) != 0) {
        if (error_matches(&exc::KeyError)) {
          clear_error();
        } else {
          return nullptr;
        }
      }
    } else if (set_item(locals, name, value) != 0) {
      return nullptr;
    }
  }
  return newref(locals);
}

}  // namespace glasspy
