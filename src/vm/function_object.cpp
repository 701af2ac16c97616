// `function` objects (see function_object.h).
#include "vm/function_object.h"

#include "objects/abstract.h"
#include "objects/call.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/gc.h"
#include "objects/known_strings.h"
#include "objects/method.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "vm/cell.h"
#include "vm/code_object.h"
#include "vm/eval.h"
#include "vm/frame.h"
#include "vm/interpreter.h"
#include "vm/module_object.h"
#include "objects/weakref.h"

namespace glasspy {

Object* builtins_from_globals(Object* globals) {
  Object* b = dict_get_item(globals, ID(dunder_builtins));
  if (b) {
    if (is_module(b)) return module_dict(b);
    if (is_dict(b)) return b;
  }
  if (error_occurred()) clear_error();
  return interpreter_builtins_dict();
}

Object* function_new(Object* code, Object* globals, Object* qualname) {
  CodeObject* co = as_code(code);
  Object* o = allocate_object(&FunctionType, sizeof(FunctionObject));
  if (!o) return nullptr;
  FunctionObject* f = as_function(o);
  f->func_code = newref(code);
  f->func_globals = newref(globals);
  f->func_builtins = newref(builtins_from_globals(globals));
  f->func_name = newref(co->co_name);
  f->func_qualname = newref(qualname ? qualname : co->co_qualname);
  // __doc__: the first constant if it is a str (CPython 3.11 puts a
  // docstring there, and None otherwise... unless the code has none at all).
  Object* doc = None;
  if (tuple_size(co->co_consts) > 0 && is_str(tuple_item(co->co_consts, 0))) {
    doc = tuple_item(co->co_consts, 0);
  }
  f->func_doc = newref(doc);
  Object* module = dict_get_item(globals, ID(dunder_name));
  if (module) {
    f->func_module = newref(module);
  } else if (error_occurred()) {
    decref(o);
    return nullptr;
  }
  f->vectorcall = function_vectorcall;
  gc_track(o);
  return o;
}

Object* function_vectorcall(Object* func, Object* const* args, size_t nargsf, Object* kwnames) {
  FunctionObject* f = as_function(func);
  CodeObject* co = as_code(f->func_code);
  Object* locals = (co->co_flags & CO_OPTIMIZED) ? nullptr : f->func_globals;
  return function_call_with_locals(f, locals, args, vectorcall_nargs(nargsf), kwnames);
}

Object* function_call_with_locals(FunctionObject* func, Object* locals, Object* const* args,
                                  ssize nargs, Object* kwnames) {
  Frame* frame = push_frame(func, locals);
  if (!frame) return nullptr;
  ssize total = nargs + (kwnames ? tuple_size(kwnames) : 0);
  // The frame steals the arguments: give it its own counts.
  for (ssize i = 0; i < total; ++i) incref(args[i]);
  if (bind_arguments(func, frame->localsplus, args, nargs, kwnames) < 0) {
    clear_and_pop_frame(frame);
    return nullptr;
  }
  return eval_entry_frame(frame);
}

namespace {

void func_dealloc(Object* o) {
  gc_untrack(o);
  clear_weakrefs_if_any(o);
  FunctionObject* f = as_function(o);
  clear_ref(f->func_code);
  clear_ref(f->func_globals);
  clear_ref(f->func_builtins);
  clear_ref(f->func_name);
  clear_ref(f->func_qualname);
  clear_ref(f->func_defaults);
  clear_ref(f->func_kwdefaults);
  clear_ref(f->func_closure);
  clear_ref(f->func_doc);
  clear_ref(f->func_dict);
  clear_ref(f->func_module);
  clear_ref(f->func_annotations);
  free_object(o);
}

int func_traverse(Object* o, visitproc visit, void* arg) {
  FunctionObject* f = as_function(o);
  GLASSPY_VISIT(f->func_code);
  GLASSPY_VISIT(f->func_globals);
  GLASSPY_VISIT(f->func_builtins);
  GLASSPY_VISIT(f->func_module);
  GLASSPY_VISIT(f->func_defaults);
  GLASSPY_VISIT(f->func_kwdefaults);
  GLASSPY_VISIT(f->func_doc);
  GLASSPY_VISIT(f->func_name);
  GLASSPY_VISIT(f->func_dict);
  GLASSPY_VISIT(f->func_closure);
  GLASSPY_VISIT(f->func_annotations);
  GLASSPY_VISIT(f->func_qualname);
  return 0;
}

int func_clear(Object* o) {
  FunctionObject* f = as_function(o);
  clear_ref(f->func_globals);
  clear_ref(f->func_module);
  clear_ref(f->func_defaults);
  clear_ref(f->func_kwdefaults);
  clear_ref(f->func_doc);
  clear_ref(f->func_dict);
  clear_ref(f->func_closure);
  clear_ref(f->func_annotations);
  return 0;
}

Object* func_repr(Object* o) {
  return str_from_format("<function %U at %p>", as_function(o)->func_qualname, static_cast<void*>(o));
}

Object* func_descr_get(Object* func, Object* obj, Object* type) {
  if (!obj || obj == None) return newref(func);
  return method_new(func, obj);
}

Object* func_get_code(Object* o, void*) { return newref(as_function(o)->func_code); }
int func_set_code(Object* o, Object* value, void*) {
  FunctionObject* f = as_function(o);
  if (!value || !is_code(value)) {
    set_error(&exc::TypeError, "__code__ must be set to a code object");
    return -1;
  }
  ssize nfree = as_code(value)->co_nfreevars;
  ssize nclosure = f->func_closure ? tuple_size(f->func_closure) : 0;
  if (nclosure != nfree) {
    format_error(&exc::ValueError, "%U() requires a code object with %zd free vars, not %zd",
                 f->func_name, nclosure, nfree);
    return -1;
  }
  setref(f->func_code, newref(value));
  return 0;
}

Object* func_get_defaults(Object* o, void*) {
  Object* d = as_function(o)->func_defaults;
  return newref(d ? d : None);
}
int func_set_defaults(Object* o, Object* value, void*) {
  if (value == None) value = nullptr;
  if (value && !is_tuple(value)) {
    set_error(&exc::TypeError, "__defaults__ must be set to a tuple object");
    return -1;
  }
  setref(as_function(o)->func_defaults, xnewref(value));
  return 0;
}

Object* func_get_kwdefaults(Object* o, void*) {
  Object* d = as_function(o)->func_kwdefaults;
  return newref(d ? d : None);
}
int func_set_kwdefaults(Object* o, Object* value, void*) {
  if (value == None) value = nullptr;
  if (value && !is_dict(value)) {
    set_error(&exc::TypeError, "__kwdefaults__ must be set to a dict object");
    return -1;
  }
  setref(as_function(o)->func_kwdefaults, xnewref(value));
  return 0;
}

Object* func_get_name(Object* o, void*) { return newref(as_function(o)->func_name); }
int func_set_name(Object* o, Object* value, void*) {
  if (!value || !is_str(value)) {
    set_error(&exc::TypeError, "__name__ must be set to a string object");
    return -1;
  }
  setref(as_function(o)->func_name, newref(value));
  return 0;
}

Object* func_get_qualname(Object* o, void*) { return newref(as_function(o)->func_qualname); }
int func_set_qualname(Object* o, Object* value, void*) {
  if (!value || !is_str(value)) {
    set_error(&exc::TypeError, "__qualname__ must be set to a string object");
    return -1;
  }
  setref(as_function(o)->func_qualname, newref(value));
  return 0;
}

Object* func_get_annotations(Object* o, void*) {
  FunctionObject* f = as_function(o);
  if (!f->func_annotations) {
    f->func_annotations = dict_new();
    if (!f->func_annotations) return nullptr;
  } else if (is_tuple(f->func_annotations)) {
    // MAKE_FUNCTION stores them as a flat tuple (name, value, name, value...).
    Object* t = f->func_annotations;
    Object* d = dict_new();
    if (!d) return nullptr;
    for (ssize i = 0; i + 1 < tuple_size(t); i += 2) {
      if (dict_set_item(d, tuple_item(t, i), tuple_item(t, i + 1)) < 0) {
        decref(d);
        return nullptr;
      }
    }
    setref(f->func_annotations, d);
  }
  return newref(f->func_annotations);
}
int func_set_annotations(Object* o, Object* value, void*) {
  if (value == None) value = nullptr;
  if (value && !is_dict(value)) {
    set_error(&exc::TypeError, "__annotations__ must be set to a dict object");
    return -1;
  }
  setref(as_function(o)->func_annotations, xnewref(value));
  return 0;
}

Object* func_get_dict(Object* o, void*) { return object_get_dict(o); }
int func_set_dict(Object* o, Object* value, void*) {
  if (!value) {
    set_error(&exc::TypeError, "cannot delete __dict__");
    return -1;
  }
  if (!is_dict(value)) {
    format_error(&exc::TypeError, "__dict__ must be set to a dictionary, not a '%.200s'",
                 value->type->name);
    return -1;
  }
  setref(as_function(o)->func_dict, newref(value));
  return 0;
}

Object* func_get_builtins(Object* o, void*) { return newref(as_function(o)->func_builtins); }

// types.FunctionType(code, globals, name=None, argdefs=None, closure=None),
// with the checks and messages of CPython 3.11's func_new.
Object* func_new_slot(Type*, Object* args, Object* kwargs) {
  static const ArgParser parser{"function", {"code", "globals", "name", "argdefs", "closure"}, 2, 5};
  Object* argv[5] = {};
  if (!parse_args_dict(parser, args, kwargs, argv)) return nullptr;
  Object* code = argv[0];
  Object* globals = argv[1];
  Object* name = argv[2] == None ? nullptr : argv[2];
  Object* defaults = argv[3] == None ? nullptr : argv[3];
  Object* closure = argv[4] == None ? nullptr : argv[4];
  if (!is_code(code))
    return format_error(&exc::TypeError, "function() argument 'code' must be code, not %s", code->type->name);
  if (!is_dict(globals))
    return format_error(&exc::TypeError, "function() argument 'globals' must be dict, not %s",
                        globals->type->name);
  if (name && !is_str(name)) return format_error(&exc::TypeError, "arg 3 (name) must be None or string");
  if (defaults && !is_tuple(defaults))
    return format_error(&exc::TypeError, "arg 4 (defaults) must be None or tuple");
  if (closure && !is_tuple(closure))
    return format_error(&exc::TypeError, "arg 5 (closure) must be None or tuple");
  CodeObject* co = as_code(code);
  if (co->co_nfreevars && !closure) return format_error(&exc::TypeError, "arg 5 (closure) must be tuple");
  ssize nclosure = closure ? tuple_size(closure) : 0;
  if (nclosure != co->co_nfreevars)
    return format_error(&exc::ValueError, "%U requires closure of length %zd, not %zd", co->co_name,
                        static_cast<ssize>(co->co_nfreevars), nclosure);
  for (ssize i = 0; i < nclosure; ++i) {
    Object* cell = tuple_item(closure, i);
    if (!is_cell(cell))
      return format_error(&exc::TypeError, "arg 5 (closure) expected cell, found %s", cell->type->name);
  }
  Object* f = function_new(code, globals);
  if (!f) return nullptr;
  FunctionObject* func = as_function(f);
  if (name) {
    Object* old = func->func_name;
    func->func_name = newref(name);
    xdecref(old);
  }
  if (defaults) {
    Object* old = func->func_defaults;
    func->func_defaults = newref(defaults);
    xdecref(old);
  }
  if (closure) {
    Object* old = func->func_closure;
    func->func_closure = newref(closure);
    xdecref(old);
  }
  return f;
}

MemberDef func_members[] = {
    {"__closure__", MemberType::kObject, offsetof(FunctionObject, func_closure), true},
    {"__doc__", MemberType::kObject, offsetof(FunctionObject, func_doc), false},
    {"__globals__", MemberType::kObject, offsetof(FunctionObject, func_globals), true},
    {"__module__", MemberType::kObject, offsetof(FunctionObject, func_module), false},
    {},
};

GetSetDef func_getset[] = {
    {"__code__", func_get_code, func_set_code},
    {"__defaults__", func_get_defaults, func_set_defaults},
    {"__kwdefaults__", func_get_kwdefaults, func_set_kwdefaults},
    {"__annotations__", func_get_annotations, func_set_annotations},
    {"__dict__", func_get_dict, func_set_dict},
    {"__name__", func_get_name, func_set_name},
    {"__qualname__", func_get_qualname, func_set_qualname},
    {"__builtins__", func_get_builtins, nullptr},
    {},
};

}  // namespace

Type FunctionType{{
    .name = "function",
    .basicsize = sizeof(FunctionObject),
    .dealloc = func_dealloc,
    .vectorcall_offset = offsetof(FunctionObject, vectorcall),
    .repr = func_repr,
    .call = vectorcall_with_tuple,
    .flags = tpflags::kHaveGC | tpflags::kHaveVectorcall | tpflags::kMethodDescriptor,
    .doc = "Create a function object.",
    .traverse = func_traverse,
    .clear = func_clear,
    .weaklistoffset = offsetof(FunctionObject, func_weakreflist),
    .members = func_members,
    .getset = func_getset,
    .descr_get = func_descr_get,
    .dictoffset = offsetof(FunctionObject, func_dict),
    .new_ = func_new_slot,
}};

}  // namespace glasspy
