// `_thread._local` (see thread_local.h).
//
// A local object keeps one attribute dict per thread that touched it, keyed
// by the thread's state, and the arguments it was made with: the first
// time another thread touches it, that thread gets a fresh dict and, when
// the class defines __init__, __init__ runs again in that thread with the
// same arguments (as CPython does).
//
// Attribute access goes through the generic attribute code, which reads an
// instance dict at `dictoffset`: before each access the slot `dict` is
// pointed at the current thread's dict.  Only the GIL holder does this, and
// the generic code reads the slot once, so a thread switch inside a
// property or __getattr__ cannot make it see another thread's dict.
//
// Ending threads drop their dicts from every local object
// (thread_locals_forget), so a later thread that happens to get the same
// state address starts empty: every live local object is on a list for
// that purpose.
#include "modules/thread_local.h"

#include <utility>
#include <vector>

#include "objects/abstract.h"
#include "objects/call.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/gc.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace glasspy {

namespace {

struct LocalObject : Object {
  Object* args;    // tuple, for __init__ in other threads
  Object* kwargs;  // dict or null
  Object* dict;    // the dict of the thread that accessed the object last
  // (thread, its attribute dict): the dicts are owned.
  std::vector<std::pair<ThreadState*, Object*>>* dicts;
  LocalObject* prev_live;
  LocalObject* next_live;
};

LocalObject* as_local(Object* o) { return static_cast<LocalObject*>(o); }

LocalObject* live_locals = nullptr;

void link_live(LocalObject* l) {
  l->prev_live = nullptr;
  l->next_live = live_locals;
  if (live_locals) live_locals->prev_live = l;
  live_locals = l;
}

void unlink_live(LocalObject* l) {
  if (l->prev_live) {
    l->prev_live->next_live = l->next_live;
  } else if (live_locals == l) {
    live_locals = l->next_live;
  }
  if (l->next_live) l->next_live->prev_live = l->prev_live;
  l->prev_live = l->next_live = nullptr;
}

bool init_is_object_init(Type* type) { return type->init == ObjectType.init; }

// The current thread's dict (borrowed), made (and __init__ run) on the
// thread's first access; null with an error.
Object* thread_dict(LocalObject* self) {
  ThreadState* ts = &thread_state();
  for (auto& [thread, dict] : *self->dicts) {
    if (thread == ts) return dict;
  }
  Object* dict = dict_new();
  if (!dict) return nullptr;
  self->dicts->emplace_back(ts, dict);
  setref(self->dict, newref(dict));
  Type* type = self->type;
  if (!init_is_object_init(type) && type->init) {
    if (type->init(self, self->args, self->kwargs) < 0) {
      // Forget the half-made dict so that a later access tries again.
      for (auto it = self->dicts->begin(); it != self->dicts->end(); ++it) {
        if (it->first == ts) {
          Object* d = it->second;
          self->dicts->erase(it);
          if (self->dict == d) clear_ref(self->dict);
          decref(d);
          break;
        }
      }
      return nullptr;
    }
  }
  return dict;
}

Object* local_new(Type* type, Object* args, Object* kwds) {
  if (init_is_object_init(type) && ((args && tuple_size(args) > 0) || (kwds && dict_size(kwds) > 0))) {
    set_error(&exc::TypeError, "Initialization arguments are not supported");
    return nullptr;
  }
  Object* self = type_generic_alloc(type, 0);
  if (!self) return nullptr;
  LocalObject* l = as_local(self);
  l->args = args ? newref(args) : tuple_new(0);
  l->kwargs = kwds && dict_size(kwds) > 0 ? dict_copy(kwds) : nullptr;
  l->dicts = new std::vector<std::pair<ThreadState*, Object*>>();
  link_live(l);
  if (!l->args || (kwds && dict_size(kwds) > 0 && !l->kwargs)) {
    decref(self);
    return nullptr;
  }
  // The creating thread's dict; type() runs __init__ itself here.
  ThreadState* ts = &thread_state();
  Object* dict = dict_new();
  if (!dict) {
    decref(self);
    return nullptr;
  }
  l->dicts->emplace_back(ts, dict);
  l->dict = newref(dict);
  return self;
}

int local_clear(Object* self) {
  LocalObject* l = as_local(self);
  clear_ref(l->args);
  clear_ref(l->kwargs);
  clear_ref(l->dict);
  if (l->dicts) {
    std::vector<std::pair<ThreadState*, Object*>> dicts;
    dicts.swap(*l->dicts);
    for (auto& entry : dicts) decref(entry.second);
  }
  return 0;
}

int local_traverse(Object* self, visitproc visit, void* arg) {
  LocalObject* l = as_local(self);
  GLASSPY_VISIT(l->args);
  GLASSPY_VISIT(l->kwargs);
  GLASSPY_VISIT(l->dict);
  if (l->dicts) {
    for (auto& entry : *l->dicts) GLASSPY_VISIT(entry.second);
  }
  return 0;
}

void local_dealloc(Object* self) {
  gc_maybe_untrack(self);
  LocalObject* l = as_local(self);
  unlink_live(l);
  local_clear(self);
  delete l->dicts;
  l->dicts = nullptr;
  free_object(self);
}

Object* local_getattro(Object* self, Object* name) {
  Object* dict = thread_dict(as_local(self));
  if (!dict) return nullptr;
  if (is_str(name) && str_equal_cstr(name, "__dict__")) return newref(dict);
  setref(as_local(self)->dict, newref(dict));
  return generic_getattr(self, name);
}

int local_setattro(Object* self, Object* name, Object* value) {
  Object* dict = thread_dict(as_local(self));
  if (!dict) return -1;
  if (is_str(name) && str_equal_cstr(name, "__dict__")) {
    format_error(&exc::AttributeError, "'%.100s' object attribute '%U' is read-only", self->type->name, name);
    return -1;
  }
  setref(as_local(self)->dict, newref(dict));
  return generic_setattr(self, name, value);
}

}  // namespace

Type ThreadLocalType{{
    .name = "_thread._local",
    .basicsize = sizeof(LocalObject),
    .dealloc = local_dealloc,
    .getattro = local_getattro,
    .setattro = local_setattro,
    .flags = tpflags::kBaseType | tpflags::kHaveGC,
    .doc = "Thread-local data",
    .traverse = local_traverse,
    .clear = local_clear,
    .dictoffset = offsetof(LocalObject, dict),
    .new_ = local_new,
}};

void thread_locals_forget(ThreadState* ts) {
  // Releasing a dict may run arbitrary code (even touch a local again from
  // this thread), so the entries are taken out first and released after.
  for (int pass = 0; pass < 4; ++pass) {
    std::vector<Object*> released;
    for (LocalObject* l = live_locals; l; l = l->next_live) {
      for (auto it = l->dicts->begin(); it != l->dicts->end(); ++it) {
        if (it->first == ts) {
          if (l->dict == it->second) {
            released.push_back(l->dict);
            l->dict = nullptr;
          }
          released.push_back(it->second);
          l->dicts->erase(it);
          break;
        }
      }
    }
    if (released.empty()) return;
    for (Object* o : released) decref(o);
  }
}

}  // namespace glasspy
