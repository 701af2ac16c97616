// `_queue` (see queue_module.h).
//
// The items live in a std::deque that only the GIL holder touches.  A get()
// on an empty queue has to wait for a put() with the GIL released; the
// queue counts its puts under a small mutex of its own and the getter
// sleeps on a condition variable until the count moves past what it saw
// (or its deadline passes), then takes the GIL back and looks again: the
// item may have gone to another getter meanwhile, in which case it waits
// again.
#include "modules/queue_module.h"

#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <new>

#include "modules/thread_lock.h"
#include "objects/abstract.h"
#include "objects/call.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/gc.h"
#include "objects/genericalias.h"
#include "objects/int.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "vm/gil.h"
#include "vm/module_object.h"

namespace glasspy {

namespace {

struct PutSignal {
  std::mutex mutex;
  std::condition_variable put_done;
  uint64_t puts = 0;
};

struct SimpleQueueObject : Object {
  std::deque<Object*>* items;  // owned references
  PutSignal* signal;
};

SimpleQueueObject* as_queue(Object* o) { return static_cast<SimpleQueueObject*>(o); }

Object* empty_error = nullptr;  // _queue.Empty

Type* simple_queue_type();

Object* queue_new(Type* type, Object* args, Object* kwds) {
  if (type == simple_queue_type() || type->init == simple_queue_type()->init) {
    if (args && tuple_size(args) > 0) {
      set_error(&exc::TypeError, "SimpleQueue() takes no positional arguments");
      return nullptr;
    }
    if (kwds && dict_size(kwds) > 0) {
      set_error(&exc::TypeError, "SimpleQueue() takes no keyword arguments");
      return nullptr;
    }
  }
  Object* self = type_generic_alloc(type, 0);
  if (!self) return nullptr;
  SimpleQueueObject* q = as_queue(self);
  q->items = new std::deque<Object*>();
  q->signal = new PutSignal();
  return self;
}

int queue_clear(Object* self) {
  SimpleQueueObject* q = as_queue(self);
  if (!q->items) return 0;
  std::deque<Object*> items;
  items.swap(*q->items);
  for (Object* o : items) decref(o);
  return 0;
}

int queue_traverse(Object* self, visitproc visit, void* arg) {
  SimpleQueueObject* q = as_queue(self);
  if (q->items) {
    for (Object* o : *q->items) GLASSPY_VISIT(o);
  }
  return 0;
}

void queue_dealloc(Object* self) {
  gc_maybe_untrack(self);
  queue_clear(self);
  SimpleQueueObject* q = as_queue(self);
  delete q->items;
  delete q->signal;
  q->items = nullptr;
  q->signal = nullptr;
  free_object(self);
}

void put_item(SimpleQueueObject* q, Object* item) {
  q->items->push_back(newref(item));
  {
    std::lock_guard<std::mutex> guard(q->signal->mutex);
    ++q->signal->puts;
  }
  q->signal->put_done.notify_all();
}

Object* queue_put(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  static const ArgParser parser{"put", {"item", "block", "timeout"}, 1, 3};
  Object* parsed[3] = {};
  if (!parse_args(parser, args, nargs, kwnames, parsed)) return nullptr;
  // A SimpleQueue is unbounded: put never blocks, whatever block says
  // (it must still be a valid truth value).
  if (parsed[1] && object_is_true(parsed[1]) < 0) return nullptr;
  put_item(as_queue(self), parsed[0]);
  return newref(None);
}

Object* queue_put_nowait(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  static const ArgParser parser{"put_nowait", {"item"}, 1, 1};
  Object* parsed[1] = {};
  if (!parse_args(parser, args, nargs, kwnames, parsed)) return nullptr;
  put_item(as_queue(self), parsed[0]);
  return newref(None);
}

Object* raise_empty() {
  set_error_none(reinterpret_cast<Type*>(empty_error));
  return nullptr;
}

// Takes the first item, waiting at most timeout_ns (negative: no limit) for
// one to arrive.
Object* get_item(SimpleQueueObject* q, int64_t timeout_ns) {
  // Past about three years a deadline would overflow the clock.
  constexpr int64_t kForeverNs = int64_t(1) << 56;
  bool forever = timeout_ns < 0 || timeout_ns >= kForeverNs;
  auto deadline = std::chrono::steady_clock::now() + std::chrono::nanoseconds(forever ? 0 : timeout_ns);
  while (q->items->empty()) {
    if (timeout_ns == 0) return raise_empty();
    PutSignal* signal = q->signal;
    uint64_t seen = signal->puts;
    bool timed_out = false;
    {
      GilReleased released;
      std::unique_lock<std::mutex> lock(signal->mutex);
      auto arrived = [&] { return signal->puts != seen; };
      if (forever) {
        signal->put_done.wait(lock, arrived);
      } else {
        timed_out = !signal->put_done.wait_until(lock, deadline, arrived);
      }
    }
    if (timed_out && q->items->empty()) return raise_empty();
  }
  Object* item = q->items->front();
  q->items->pop_front();
  return item;
}

Object* queue_get(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  static const ArgParser parser{"get", {"block", "timeout"}, 0, 2};
  Object* parsed[2] = {};
  if (!parse_args(parser, args, nargs, kwnames, parsed)) return nullptr;
  int block = 1;
  if (parsed[0] && (block = object_is_true(parsed[0])) < 0) return nullptr;
  int64_t timeout_ns = -1;
  if (!block) {
    timeout_ns = 0;
  } else if (parsed[1] && parsed[1] != None) {
    if (!timeout_to_ns(parsed[1], true, &timeout_ns)) return nullptr;
    if (timeout_ns < 0) {
      set_error(&exc::ValueError, "'timeout' must be a non-negative number");
      return nullptr;
    }
    if ((timeout_ns + 999) / 1000 > kMaxTimeoutUs) {
      set_error(&exc::OverflowError, "timeout value is too large");
      return nullptr;
    }
  }
  // The queue object must outlive the wait, whoever else drops it.
  incref(self);
  Object* item = get_item(as_queue(self), timeout_ns);
  decref(self);
  return item;
}

Object* queue_get_nowait(Object* self) { return get_item(as_queue(self), 0); }

Object* queue_empty(Object* self) { return newref(as_queue(self)->items->empty() ? True : False); }

Object* queue_qsize(Object* self) { return int_from_i64(static_cast<int64_t>(as_queue(self)->items->size())); }

MethodDef queue_methods[] = {
    MethodDef("empty", static_cast<NoArgsMethod>(queue_empty), "Return True if the queue is empty, False otherwise (not reliable!)."),
    MethodDef("get", static_cast<FastKeywordsMethod>(queue_get)),
    MethodDef("get_nowait", static_cast<NoArgsMethod>(queue_get_nowait)),
    MethodDef("put", static_cast<FastKeywordsMethod>(queue_put)),
    MethodDef("put_nowait", static_cast<FastKeywordsMethod>(queue_put_nowait)),
    MethodDef("qsize", static_cast<NoArgsMethod>(queue_qsize), "Return the approximate size of the queue (not reliable!)."),
    MethodDef("__class_getitem__", static_cast<OneArgMethod>(generic_alias_new), "See PEP 585", Binding::kClass),
    {},
};

Type SimpleQueueType{{
    .name = "_queue.SimpleQueue",
    .basicsize = sizeof(SimpleQueueObject),
    .dealloc = queue_dealloc,
    .getattro = generic_getattr,
    .flags = tpflags::kBaseType | tpflags::kHaveGC,
    .doc = "Simple, unbounded, reentrant FIFO queue.",
    .traverse = queue_traverse,
    .clear = queue_clear,
    .methods = queue_methods,
    .new_ = queue_new,
}};

Type* simple_queue_type() { return &SimpleQueueType; }

// class Empty(Exception), made as a class statement would make it.
Object* make_empty_exception() {
  Object* name = str_from_cstr("Empty");
  Object* bases = name ? tuple_pack({static_cast<Object*>(&exc::Exception)}) : nullptr;
  Object* ns = bases ? dict_new() : nullptr;
  Object* doc = ns ? str_from_cstr("Exception raised by Queue.get(block=0)/get_nowait().") : nullptr;
  Object* module = doc ? str_from_cstr("_queue") : nullptr;
  Object* cls = nullptr;
  if (module && dict_set_item_cstr(ns, "__module__", module) == 0 && dict_set_item_cstr(ns, "__doc__", doc) == 0) {
    cls = call_function(static_cast<Object*>(&TypeType), name, bases, ns);
  }
  xdecref(name);
  xdecref(bases);
  xdecref(ns);
  xdecref(doc);
  xdecref(module);
  return cls;
}

}  // namespace

Object* queue_module_create() {
  if (type_ready(&SimpleQueueType) < 0) return nullptr;
  if (!empty_error) {
    empty_error = make_empty_exception();
    if (!empty_error) return nullptr;
  }
  Object* m = module_new_cstr("_queue");
  if (!m) return nullptr;
  as_module(m)->md_builtin = true;
  if (module_add_object(m, "SimpleQueue", static_cast<Object*>(&SimpleQueueType)) < 0 ||
      module_add_object(m, "Empty", empty_error) < 0) {
    decref(m);
    return nullptr;
  }
  return m;
}

}  // namespace glasspy
