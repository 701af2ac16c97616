// The built-in exceptions (see exceptions.h and exceptions.def).
//
// BaseException provides args, the chaining attributes, notes, __reduce__,
// and the repr/str every subclass shares.  The classes with extra fields
// (StopIteration, SystemExit, ImportError, OSError, SyntaxError, the Unicode
// errors, AttributeError, NameError) and with their own str (KeyError) or
// construction rules (OSError's errno mapping, BaseExceptionGroup's nesting
// checks and split/subgroup) are written out below; every other class only
// names its base.
#include "objects/exceptions.h"

#include <cerrno>
#include <cstring>
#include <type_traits>

#include "objects/abstract.h"
#include "objects/bytes.h"
#include "objects/call.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/gc.h"
#include "objects/genericalias.h"
#include "objects/int.h"
#include "objects/known_strings.h"
#include "objects/list.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace glasspy {

Type* traceback_type = nullptr;

namespace exc {
Type* ExceptionGroup = nullptr;
}

namespace {

#define EXCEPTION(name, base, object, doc)
#define EXCEPTION_CUSTOM(name, base, object, doc) constexpr const char* name##_doc = doc;
#include "objects/exceptions.def"
#undef EXCEPTION
#undef EXCEPTION_CUSTOM

BaseExceptionObject* as_exc(Object* o) { return static_cast<BaseExceptionObject*>(o); }

// ---- BaseException ----------------------------------------------------------------------

Object* BaseException_new(Type* type, Object* args, Object* kwds) {
  Object* o = type_generic_alloc(type, 0);
  if (!o) return nullptr;
  BaseExceptionObject* self = as_exc(o);
  self->args = args ? newref(args) : newref(empty_tuple());
  return o;
}

int BaseException_init(Object* self, Object* args, Object* kwds) {
  if (!check_no_kwargs(self->type->name, kwds)) return -1;
  setref(as_exc(self)->args, newref(args));
  return 0;
}

int BaseException_clear(Object* o) {
  BaseExceptionObject* self = as_exc(o);
  clear_ref(self->dict);
  clear_ref(self->args);
  clear_ref(self->notes);
  clear_ref(self->traceback);
  clear_ref(self->cause);
  clear_ref(self->context);
  return 0;
}

void BaseException_dealloc(Object* o) {
  gc_untrack(o);
  if (trashcan_begin(o)) return;
  BaseException_clear(o);
  free_object(o);
  trashcan_end();
}

int BaseException_traverse(Object* o, visitproc visit, void* arg) {
  BaseExceptionObject* self = as_exc(o);
  GLASSPY_VISIT(self->dict);
  GLASSPY_VISIT(self->args);
  GLASSPY_VISIT(self->notes);
  GLASSPY_VISIT(self->traceback);
  GLASSPY_VISIT(self->cause);
  GLASSPY_VISIT(self->context);
  return 0;
}

Object* BaseException_str(Object* o) {
  Object* args = as_exc(o)->args;
  switch (tuple_size(args)) {
    case 0: return newref(empty_str());
    case 1: return object_str(tuple_item(args, 0));
    default: return object_str(args);
  }
}

// The class name without its module ("ValueError").
const char* short_type_name(Type* t) {
  const char* s = std::strrchr(t->name, '.');
  return s ? s + 1 : t->name;
}

Object* BaseException_repr(Object* o) {
  Object* args = as_exc(o)->args;
  const char* name = short_type_name(o->type);
  if (tuple_size(args) == 1) return str_from_format("%s(%R)", name, tuple_item(args, 0));
  return str_from_format("%s%R", name, args);
}

Object* BaseException_reduce(Object* o) {
  BaseExceptionObject* self = as_exc(o);
  if (self->args && self->dict && dict_size(self->dict) > 0)
    return tuple_pack({o->type, self->args, self->dict});
  return tuple_pack({o->type, self->args});
}

Object* BaseException_setstate(Object* o, Object* state) {
  if (state != None) {
    if (!is_dict(state)) {
      set_error(&exc::TypeError, "state is not a dictionary");
      return nullptr;
    }
    ssize pos = 0;
    Object* key;
    Object* value;
    while (dict_next(state, &pos, &key, &value)) {
      incref(key);
      incref(value);
      int r = set_attr(o, key, value);
      decref(key);
      decref(value);
      if (r < 0) return nullptr;
    }
  }
  return newref(None);
}

bool is_traceback_or_none(Object* tb) { return tb == None || (traceback_type && is_instance_of(tb, traceback_type)); }

Object* BaseException_with_traceback(Object* o, Object* tb) {
  if (exception_set_traceback(o, tb) < 0) return nullptr;
  return newref(o);
}

Object* BaseException_add_note(Object* o, Object* note) {
  if (!is_str(note)) {
    return format_error(&exc::TypeError, "note must be a str, not '%s'", note->type->name);
  }
  Object* notes;
  if (lookup_attr(o, ID(dunder_notes), &notes) < 0) return nullptr;
  if (!notes) {
    notes = list_new(0);
    if (!notes) return nullptr;
    if (set_attr(o, ID(dunder_notes), notes) < 0) {
      decref(notes);
      return nullptr;
    }
  } else if (!is_list(notes)) {
    decref(notes);
    set_error(&exc::TypeError, "Cannot add note: __notes__ is not a list");
    return nullptr;
  }
  if (list_append(notes, note) < 0) {
    decref(notes);
    return nullptr;
  }
  decref(notes);
  return newref(None);
}

Object* BaseException_get_args(Object* o, void*) {
  Object* args = as_exc(o)->args;
  return newref(args ? args : None);
}

int BaseException_set_args(Object* o, Object* value, void*) {
  if (!value) {
    set_error(&exc::TypeError, "args may not be deleted");
    return -1;
  }
  Object* seq = sequence_tuple(value);
  if (!seq) return -1;
  setref(as_exc(o)->args, seq);
  return 0;
}

Object* BaseException_get_tb(Object* o, void*) {
  Object* tb = as_exc(o)->traceback;
  return newref(tb ? tb : None);
}

int BaseException_set_tb(Object* o, Object* value, void*) {
  if (!value) {
    set_error(&exc::TypeError, "__traceback__ may not be deleted");
    return -1;
  }
  return exception_set_traceback(o, value);
}

Object* BaseException_get_context(Object* o, void*) {
  Object* c = as_exc(o)->context;
  return newref(c ? c : None);
}

int BaseException_set_context(Object* o, Object* value, void*) {
  if (!value) {
    set_error(&exc::TypeError, "__context__ may not be deleted");
    return -1;
  }
  if (value == None) {
    value = nullptr;
  } else if (!is_exception_instance(value)) {
    set_error(&exc::TypeError, "exception context must be None or derive from BaseException");
    return -1;
  } else {
    incref(value);
  }
  setref(as_exc(o)->context, value);
  return 0;
}

Object* BaseException_get_cause(Object* o, void*) {
  Object* c = as_exc(o)->cause;
  return newref(c ? c : None);
}

int BaseException_set_cause(Object* o, Object* value, void*) {
  if (!value) {
    set_error(&exc::TypeError, "__cause__ may not be deleted");
    return -1;
  }
  if (value == None) {
    value = nullptr;
  } else if (!is_exception_instance(value)) {
    set_error(&exc::TypeError, "exception cause must be None or derive from BaseException");
    return -1;
  } else {
    incref(value);
  }
  exception_set_cause(o, value);
  return 0;
}

Object* BaseException_get_dict(Object* o, void*) { return object_get_dict(o); }

int BaseException_set_dict(Object* o, Object* value, void*) {
  if (!value) {
    set_error(&exc::TypeError, "__dict__ may not be deleted");
    return -1;
  }
  if (!is_dict(value)) {
    format_error(&exc::TypeError, "__dict__ must be set to a dictionary, not a '%.200s'", value->type->name);
    return -1;
  }
  setref(as_exc(o)->dict, newref(value));
  return 0;
}

MethodDef BaseException_methods[] = {
    {"__reduce__", BaseException_reduce},
    {"__setstate__", BaseException_setstate},
    {"with_traceback", BaseException_with_traceback,
     "Exception.with_traceback(tb) --\n    set self.__traceback__ to tb and return self."},
    {"add_note", BaseException_add_note,
     "Exception.add_note(note) --\n    add a note to the exception"},
    {},
};

MemberDef BaseException_members[] = {
    {"__suppress_context__", MemberType::kBool, offsetof(BaseExceptionObject, suppress_context), false},
    {},
};

GetSetDef BaseException_getset[] = {
    {"__dict__", BaseException_get_dict, BaseException_set_dict},
    {"args", BaseException_get_args, BaseException_set_args},
    {"__traceback__", BaseException_get_tb, BaseException_set_tb},
    {"__context__", BaseException_get_context, BaseException_set_context, "exception context"},
    {"__cause__", BaseException_get_cause, BaseException_set_cause, "exception cause"},
    {},
};

// ---- StopIteration, SystemExit ----------------------------------------------------------------

int StopIteration_init(Object* o, Object* args, Object* kwds) {
  if (BaseException_init(o, args, kwds) < 0) return -1;
  StopIterationObject* self = static_cast<StopIterationObject*>(o);
  clear_ref(self->value);
  self->value = newref(tuple_size(args) > 0 ? tuple_item(args, 0) : None);
  return 0;
}

int StopIteration_clear(Object* o) {
  clear_ref(static_cast<StopIterationObject*>(o)->value);
  return BaseException_clear(o);
}

void StopIteration_dealloc(Object* o) {
  gc_untrack(o);
  StopIteration_clear(o);
  free_object(o);
}

int StopIteration_traverse(Object* o, visitproc visit, void* arg) {
  GLASSPY_VISIT(static_cast<StopIterationObject*>(o)->value);
  return BaseException_traverse(o, visit, arg);
}

MemberDef StopIteration_members[] = {
    {"value", MemberType::kObject, offsetof(StopIterationObject, value), false, "generator return value"},
    {},
};

int SystemExit_init(Object* o, Object* args, Object* kwds) {
  if (BaseException_init(o, args, kwds) < 0) return -1;
  SystemExitObject* self = static_cast<SystemExitObject*>(o);
  ssize n = tuple_size(args);
  if (n == 0) return 0;
  setref(self->code, newref(n == 1 ? tuple_item(args, 0) : args));
  return 0;
}

int SystemExit_clear(Object* o) {
  clear_ref(static_cast<SystemExitObject*>(o)->code);
  return BaseException_clear(o);
}

void SystemExit_dealloc(Object* o) {
  gc_untrack(o);
  SystemExit_clear(o);
  free_object(o);
}

int SystemExit_traverse(Object* o, visitproc visit, void* arg) {
  GLASSPY_VISIT(static_cast<SystemExitObject*>(o)->code);
  return BaseException_traverse(o, visit, arg);
}

MemberDef SystemExit_members[] = {
    {"code", MemberType::kObject, offsetof(SystemExitObject, code), false, "exception code"},
    {},
};

// ---- ImportError -----------------------------------------------------------------------------

ImportErrorObject* as_import(Object* o) { return static_cast<ImportErrorObject*>(o); }

int ImportError_init(Object* o, Object* args, Object* kwds) {
  // ImportError(*args, name=None, path=None)
  static const ArgParser parser{"ImportError", {"name", "path"}, 0, 0};
  Object* kw[2] = {};
  if (!parse_args_dict(parser, empty_tuple(), kwds, kw)) return -1;
  if (BaseException_init(o, args, nullptr) < 0) return -1;
  ImportErrorObject* self = as_import(o);
  setref(self->name, xnewref(kw[0]));
  setref(self->path, xnewref(kw[1]));
  setref(self->msg, tuple_size(args) == 1 ? newref(tuple_item(args, 0)) : nullptr);
  return 0;
}

int ImportError_clear(Object* o) {
  ImportErrorObject* self = as_import(o);
  clear_ref(self->msg);
  clear_ref(self->name);
  clear_ref(self->path);
  return BaseException_clear(o);
}

void ImportError_dealloc(Object* o) {
  gc_untrack(o);
  ImportError_clear(o);
  free_object(o);
}

int ImportError_traverse(Object* o, visitproc visit, void* arg) {
  ImportErrorObject* self = as_import(o);
  GLASSPY_VISIT(self->msg);
  GLASSPY_VISIT(self->name);
  GLASSPY_VISIT(self->path);
  return BaseException_traverse(o, visit, arg);
}

Object* ImportError_str(Object* o) {
  ImportErrorObject* self = as_import(o);
  if (self->msg && is_str(self->msg)) return newref(self->msg);
  return BaseException_str(o);
}

Object* ImportError_reduce(Object* o) {
  ImportErrorObject* self = as_import(o);
  Object* state = nullptr;
  if (self->dict) {
    state = dict_copy(self->dict);
  } else {
    state = dict_new();
  }
  if (!state) return nullptr;
  if ((self->name && dict_set_item(state, ID(name), self->name) < 0) ||
      (self->path && dict_set_item_cstr(state, "path", self->path) < 0)) {
    decref(state);
    return nullptr;
  }
  Object* r;
  if (dict_size(state) == 0) r = tuple_pack({o->type, self->args});
  else r = tuple_pack({o->type, self->args, state});
  decref(state);
  return r;
}

MethodDef ImportError_methods[] = {
    {"__reduce__", ImportError_reduce},
    {},
};

MemberDef ImportError_members[] = {
    {"msg", MemberType::kObject, offsetof(ImportErrorObject, msg), false, "exception message"},
    {"name", MemberType::kObject, offsetof(ImportErrorObject, name), false, "module name"},
    {"path", MemberType::kObject, offsetof(ImportErrorObject, path), false, "module path"},
    {},
};

// ---- OSError -------------------------------------------------------------------------------

OSErrorObject* as_os(Object* o) { return static_cast<OSErrorObject*>(o); }

newfunc OSError_new_ptr();
initproc OSError_init_ptr();

// An OSError subclass with its own __init__ parses in __init__ (CPython's
// oserror_use_init).
bool oserror_use_init(Type* type) {
  return type->init != OSError_init_ptr() && type->new_ == OSError_new_ptr();
}

// Unpacks (errno, strerror[, filename[, winerror[, filename2]]]).
void oserror_parse_args(Object* args, Object** myerrno, Object** strerror, Object** filename, Object** filename2) {
  ssize nargs = tuple_size(args);
  if (nargs >= 2 && nargs <= 5) {
    *myerrno = tuple_item(args, 0);
    *strerror = tuple_item(args, 1);
    if (nargs >= 3) *filename = tuple_item(args, 2);
    if (nargs >= 5) *filename2 = tuple_item(args, 4);
  }
}

// Stores the parsed fields; *p_args (owned) may be replaced by its first two items.
int oserror_init(OSErrorObject* self, Object** p_args, Object* myerrno, Object* strerror, Object* filename,
                 Object* filename2) {
  Object* args = *p_args;
  ssize nargs = tuple_size(args);
  if (filename && filename != None) {
    if (self->type == &exc::BlockingIOError && has_index(filename)) {
      // BlockingIOError's third argument is the number of characters written.
      self->written = number_as_ssize(filename, &exc::ValueError);
      if (self->written == -1 && error_occurred()) return -1;
    } else {
      setref(self->filename, newref(filename));
      if (filename2 && filename2 != None) setref(self->filename2, newref(filename2));
      if (nargs >= 2 && nargs <= 5) {
        Object* subslice = tuple_get_slice(args, 0, 2);
        if (!subslice) return -1;
        decref(args);
        *p_args = args = subslice;
      }
    }
  }
  setref(self->myerrno, xnewref(myerrno));
  setref(self->strerror, xnewref(strerror));
  setref(self->args, args);
  *p_args = nullptr;
  return 0;
}

Type* errno_subclass(Object* myerrno) {
  if (!myerrno || !is_int(myerrno) || !int_is_small(myerrno)) return nullptr;
  switch (as_int(myerrno)->value) {
    case EAGAIN:
#if EWOULDBLOCK != EAGAIN
    case EWOULDBLOCK:
#endif
    case EALREADY:
    case EINPROGRESS: return &exc::BlockingIOError;
    case ECHILD: return &exc::ChildProcessError;
    case EPIPE:
    case ESHUTDOWN: return &exc::BrokenPipeError;
    case ECONNABORTED: return &exc::ConnectionAbortedError;
    case ECONNREFUSED: return &exc::ConnectionRefusedError;
    case ECONNRESET: return &exc::ConnectionResetError;
    case EEXIST: return &exc::FileExistsError;
    case ENOENT: return &exc::FileNotFoundError;
    case EISDIR: return &exc::IsADirectoryError;
    case ENOTDIR: return &exc::NotADirectoryError;
    case EINTR: return &exc::InterruptedError;
    case EACCES:
    case EPERM: return &exc::PermissionError;
    case ESRCH: return &exc::ProcessLookupError;
    case ETIMEDOUT: return &exc::TimeoutError;
    default: return nullptr;
  }
}

Object* OSError_new(Type* type, Object* args, Object* kwds) {
  Object* myerrno = nullptr;
  Object* strerror = nullptr;
  Object* filename = nullptr;
  Object* filename2 = nullptr;
  const bool use_init = oserror_use_init(type);
  if (!use_init) {
    if (!check_no_kwargs(type->name, kwds)) return nullptr;
    oserror_parse_args(args, &myerrno, &strerror, &filename, &filename2);
    if (type == &exc::OSError) {
      Type* sub = errno_subclass(myerrno);
      if (sub) type = sub;
    }
  }
  Object* o = type_generic_alloc(type, 0);
  if (!o) return nullptr;
  OSErrorObject* self = as_os(o);
  self->written = -1;
  if (!use_init) {
    Object* a = newref(args);
    if (oserror_init(self, &a, myerrno, strerror, filename, filename2) < 0) {
      xdecref(a);
      decref(o);
      return nullptr;
    }
  } else {
    self->args = newref(empty_tuple());
  }
  return o;
}

int OSError_init(Object* o, Object* args, Object* kwds) {
  if (!oserror_use_init(o->type)) return 0;  // done by __new__
  if (!check_no_kwargs(o->type->name, kwds)) return -1;
  Object* myerrno = nullptr;
  Object* strerror = nullptr;
  Object* filename = nullptr;
  Object* filename2 = nullptr;
  oserror_parse_args(args, &myerrno, &strerror, &filename, &filename2);
  Object* a = newref(args);
  if (oserror_init(as_os(o), &a, myerrno, strerror, filename, filename2) < 0) {
    xdecref(a);
    return -1;
  }
  return 0;
}

newfunc OSError_new_ptr() { return OSError_new; }
initproc OSError_init_ptr() { return OSError_init; }

int OSError_clear(Object* o) {
  OSErrorObject* self = as_os(o);
  clear_ref(self->myerrno);
  clear_ref(self->strerror);
  clear_ref(self->filename);
  clear_ref(self->filename2);
  return BaseException_clear(o);
}

void OSError_dealloc(Object* o) {
  gc_untrack(o);
  OSError_clear(o);
  free_object(o);
}

int OSError_traverse(Object* o, visitproc visit, void* arg) {
  OSErrorObject* self = as_os(o);
  GLASSPY_VISIT(self->myerrno);
  GLASSPY_VISIT(self->strerror);
  GLASSPY_VISIT(self->filename);
  GLASSPY_VISIT(self->filename2);
  return BaseException_traverse(o, visit, arg);
}

Object* OSError_str(Object* o) {
  OSErrorObject* self = as_os(o);
  auto or_none = [](Object* x) { return x ? x : None; };
  if (self->filename) {
    if (self->filename2) {
      return str_from_format("[Errno %S] %S: %R -> %R", or_none(self->myerrno), or_none(self->strerror),
                             self->filename, self->filename2);
    }
    return str_from_format("[Errno %S] %S: %R", or_none(self->myerrno), or_none(self->strerror), self->filename);
  }
  if (self->myerrno && self->strerror) return str_from_format("[Errno %S] %S", self->myerrno, self->strerror);
  return BaseException_str(o);
}

Object* OSError_reduce(Object* o) {
  OSErrorObject* self = as_os(o);
  Object* args = self->args;
  Object* new_args = nullptr;
  // With a filename, args becomes (errno, strerror, filename[, None, filename2]).
  if (tuple_size(args) == 2 && self->filename) {
    if (self->filename2) {
      new_args = tuple_pack({tuple_item(args, 0), tuple_item(args, 1), self->filename, None, self->filename2});
    } else {
      new_args = tuple_pack({tuple_item(args, 0), tuple_item(args, 1), self->filename});
    }
    if (!new_args) return nullptr;
  } else {
    new_args = newref(args);
  }
  Object* r;
  if (self->dict) r = tuple_pack({o->type, new_args, self->dict});
  else r = tuple_pack({o->type, new_args});
  decref(new_args);
  return r;
}

Object* OSError_written_get(Object* o, void*) {
  OSErrorObject* self = as_os(o);
  if (self->written == -1) {
    set_error(&exc::AttributeError, "characters_written");
    return nullptr;
  }
  return int_from_ssize(self->written);
}

int OSError_written_set(Object* o, Object* arg, void*) {
  OSErrorObject* self = as_os(o);
  if (!arg) {
    if (self->written == -1) {
      set_error(&exc::AttributeError, "characters_written");
      return -1;
    }
    self->written = -1;
    return 0;
  }
  ssize n = number_as_ssize(arg, &exc::ValueError);
  if (n == -1 && error_occurred()) return -1;
  self->written = n;
  return 0;
}

MethodDef OSError_methods[] = {
    {"__reduce__", OSError_reduce},
    {},
};

MemberDef OSError_members[] = {
    {"errno", MemberType::kObject, offsetof(OSErrorObject, myerrno), false, "POSIX exception code"},
    {"strerror", MemberType::kObject, offsetof(OSErrorObject, strerror), false, "exception strerror"},
    {"filename", MemberType::kObject, offsetof(OSErrorObject, filename), false, "exception filename"},
    {"filename2", MemberType::kObject, offsetof(OSErrorObject, filename2), false, "second exception filename"},
    {},
};

GetSetDef OSError_getset[] = {
    {"characters_written", OSError_written_get, OSError_written_set},
    {},
};

// ---- SyntaxError ----------------------------------------------------------------------------

SyntaxErrorObject* as_syntax(Object* o) { return static_cast<SyntaxErrorObject*>(o); }

int SyntaxError_init(Object* o, Object* args, Object* kwds) {
  if (BaseException_init(o, args, kwds) < 0) return -1;
  SyntaxErrorObject* self = as_syntax(o);
  ssize n = tuple_size(args);
  if (n >= 1) setref(self->msg, newref(tuple_item(args, 0)));
  if (n == 2) {
    Object* info = sequence_tuple(tuple_item(args, 1));
    if (!info) return -1;
    ssize k = tuple_size(info);
    if (k < 4 || k > 6) {
      format_error(&exc::TypeError, "function takes %s %d arguments (%zd given)", k < 4 ? "at least" : "at most",
                   k < 4 ? 4 : 6, k);
      decref(info);
      return -1;
    }
    setref(self->filename, newref(tuple_item(info, 0)));
    setref(self->lineno, newref(tuple_item(info, 1)));
    setref(self->offset, newref(tuple_item(info, 2)));
    setref(self->text, newref(tuple_item(info, 3)));
    setref(self->end_lineno, k > 4 ? newref(tuple_item(info, 4)) : nullptr);
    setref(self->end_offset, k > 5 ? newref(tuple_item(info, 5)) : nullptr);
    decref(info);
    if (self->end_lineno && !self->end_offset) {
      set_error(&exc::TypeError, "end_offset must be provided when end_lineno is provided");
      return -1;
    }
  }
  return 0;
}

int SyntaxError_clear(Object* o) {
  SyntaxErrorObject* self = as_syntax(o);
  clear_ref(self->msg);
  clear_ref(self->filename);
  clear_ref(self->lineno);
  clear_ref(self->offset);
  clear_ref(self->end_lineno);
  clear_ref(self->end_offset);
  clear_ref(self->text);
  clear_ref(self->print_file_and_line);
  return BaseException_clear(o);
}

void SyntaxError_dealloc(Object* o) {
  gc_untrack(o);
  SyntaxError_clear(o);
  free_object(o);
}

int SyntaxError_traverse(Object* o, visitproc visit, void* arg) {
  SyntaxErrorObject* self = as_syntax(o);
  GLASSPY_VISIT(self->msg);
  GLASSPY_VISIT(self->filename);
  GLASSPY_VISIT(self->lineno);
  GLASSPY_VISIT(self->offset);
  GLASSPY_VISIT(self->end_lineno);
  GLASSPY_VISIT(self->end_offset);
  GLASSPY_VISIT(self->text);
  GLASSPY_VISIT(self->print_file_and_line);
  return BaseException_traverse(o, visit, arg);
}

Object* SyntaxError_str(Object* o) {
  SyntaxErrorObject* self = as_syntax(o);
  Object* filename = nullptr;
  if (self->filename && is_str(self->filename)) {
    // The part after the last '/'.
    ssize n = str_length(self->filename);
    ssize start = 0;
    for (ssize i = n; i-- > 0;) {
      if (str_char_at(self->filename, i) == '/') {
        start = i + 1;
        break;
      }
    }
    filename = str_substring(self->filename, start, n);
    if (!filename) return nullptr;
  }
  bool have_lineno = self->lineno && is_int_exact(self->lineno);
  Object* msg = self->msg ? self->msg : None;
  Object* result;
  long lineno = 0;
  if (have_lineno) {
    int overflow;
    int64_t v = int_as_i64_overflow(self->lineno, &overflow);
    lineno = overflow ? -1 : static_cast<long>(v);
  }
  if (!filename && !have_lineno) {
    result = object_str(msg);
  } else if (filename && have_lineno) {
    result = str_from_format("%S (%U, line %ld)", msg, filename, lineno);
  } else if (filename) {
    result = str_from_format("%S (%U)", msg, filename);
  } else {
    result = str_from_format("%S (line %ld)", msg, lineno);
  }
  xdecref(filename);
  return result;
}

MemberDef SyntaxError_members[] = {
    {"msg", MemberType::kObject, offsetof(SyntaxErrorObject, msg), false, "exception msg"},
    {"filename", MemberType::kObject, offsetof(SyntaxErrorObject, filename), false, "exception filename"},
    {"lineno", MemberType::kObject, offsetof(SyntaxErrorObject, lineno), false, "exception lineno"},
    {"offset", MemberType::kObject, offsetof(SyntaxErrorObject, offset), false, "exception offset"},
    {"text", MemberType::kObject, offsetof(SyntaxErrorObject, text), false, "exception text"},
    {"end_lineno", MemberType::kObject, offsetof(SyntaxErrorObject, end_lineno), false, "exception end lineno"},
    {"end_offset", MemberType::kObject, offsetof(SyntaxErrorObject, end_offset), false, "exception end offset"},
    {"print_file_and_line", MemberType::kObject, offsetof(SyntaxErrorObject, print_file_and_line), false,
     "exception print_file_and_line"},
    {},
};

// ---- the Unicode errors -------------------------------------------------------------------

UnicodeErrorObject* as_unicode_error(Object* o) { return static_cast<UnicodeErrorObject*>(o); }

int UnicodeError_clear(Object* o) {
  UnicodeErrorObject* self = as_unicode_error(o);
  clear_ref(self->encoding);
  clear_ref(self->object);
  clear_ref(self->reason);
  return BaseException_clear(o);
}

void UnicodeError_dealloc(Object* o) {
  gc_untrack(o);
  UnicodeError_clear(o);
  free_object(o);
}

int UnicodeError_traverse(Object* o, visitproc visit, void* arg) {
  UnicodeErrorObject* self = as_unicode_error(o);
  GLASSPY_VISIT(self->encoding);
  GLASSPY_VISIT(self->object);
  GLASSPY_VISIT(self->reason);
  return BaseException_traverse(o, visit, arg);
}

// PyArg_ParseTuple's wording: the message names the argument, not the function.
bool check_arg_type(Object* o, Type* t, const char* /*fname*/, int pos, const char* tname) {
  if (is_instance_of(o, t)) return true;
  format_error(&exc::TypeError, "argument %d must be %s, not %.50s", pos, tname,
               o == None ? "None" : o->type->name);
  return false;
}

int UnicodeEncodeError_init(Object* o, Object* args, Object* kwds) {
  if (BaseException_init(o, args, kwds) < 0) return -1;
  if (!check_positional("UnicodeEncodeError", tuple_size(args), 5, 5)) {
    // PyArg_ParseTuple's wording.
    clear_error();
    ssize n = tuple_size(args);
    format_error(&exc::TypeError, "function takes exactly 5 arguments (%zd given)", n);
    return -1;
  }
  Object* const* a = tuple_items(args);
  if (!check_arg_type(a[0], &StrType, "UnicodeEncodeError", 1, "str") ||
      !check_arg_type(a[1], &StrType, "UnicodeEncodeError", 2, "str"))
    return -1;
  ssize start, end;
  if (!arg_to_ssize(a[2], &start) || !arg_to_ssize(a[3], &end)) return -1;
  if (!check_arg_type(a[4], &StrType, "UnicodeEncodeError", 5, "str")) return -1;
  UnicodeErrorObject* self = as_unicode_error(o);
  setref(self->encoding, newref(a[0]));
  setref(self->object, newref(a[1]));
  self->start = start;
  self->end = end;
  setref(self->reason, newref(a[4]));
  return 0;
}

int UnicodeDecodeError_init(Object* o, Object* args, Object* kwds) {
  if (BaseException_init(o, args, kwds) < 0) return -1;
  ssize n = tuple_size(args);
  if (n != 5) {
    format_error(&exc::TypeError, "function takes exactly 5 arguments (%zd given)", n);
    return -1;
  }
  Object* const* a = tuple_items(args);
  if (!check_arg_type(a[0], &StrType, "UnicodeDecodeError", 1, "str")) return -1;
  ssize start, end;
  if (!arg_to_ssize(a[2], &start) || !arg_to_ssize(a[3], &end) ||
      !check_arg_type(a[4], &StrType, "UnicodeDecodeError", 5, "str")) {
    return -1;
  }
  // The object is kept as bytes, copied from any bytes-like object.
  Object* object;
  if (is_bytes(a[1])) {
    object = newref(a[1]);
  } else {
    std::string_view view;
    if (!bytes_like_view(a[1], &view)) return -1;
    object = bytes_from_data(view.data(), static_cast<ssize>(view.size()));
    if (!object) return -1;
  }
  UnicodeErrorObject* self = as_unicode_error(o);
  setref(self->encoding, newref(a[0]));
  setref(self->object, object);
  self->start = start;
  self->end = end;
  setref(self->reason, newref(a[4]));
  return 0;
}

int UnicodeTranslateError_init(Object* o, Object* args, Object* kwds) {
  if (BaseException_init(o, args, kwds) < 0) return -1;
  ssize n = tuple_size(args);
  if (n != 4) {
    format_error(&exc::TypeError, "function takes exactly 4 arguments (%zd given)", n);
    return -1;
  }
  Object* const* a = tuple_items(args);
  if (!check_arg_type(a[0], &StrType, "UnicodeTranslateError", 1, "str")) return -1;
  ssize start, end;
  if (!arg_to_ssize(a[1], &start) || !arg_to_ssize(a[2], &end)) return -1;
  if (!check_arg_type(a[3], &StrType, "UnicodeTranslateError", 4, "str")) return -1;
  UnicodeErrorObject* self = as_unicode_error(o);
  clear_ref(self->encoding);
  setref(self->object, newref(a[0]));
  self->start = start;
  self->end = end;
  setref(self->reason, newref(a[3]));
  return 0;
}

// The escape that shows one character in encode/translate messages.
const char* char_format(uint32_t c) {
  if (c <= 0xff) return "\\x%02x";
  if (c <= 0xffff) return "\\u%04x";
  return "\\U%08x";
}

Object* UnicodeEncodeError_str(Object* o) {
  UnicodeErrorObject* self = as_unicode_error(o);
  if (!self->object) return newref(empty_str());
  Object* reason = object_str(self->reason ? self->reason : None);
  Object* encoding = reason ? object_str(self->encoding ? self->encoding : None) : nullptr;
  Object* result = nullptr;
  if (reason && encoding) {
    ssize start = self->start, end = self->end;
    if (is_str(self->object) && start >= 0 && start < str_length(self->object) && end >= 0 && end == start + 1) {
      uint32_t bad = str_char_at(self->object, start);
      std::string fmt = std::string("'%U' codec can't encode character '") + char_format(bad) +
                        "' in position %zd: %U";
      result = str_from_format(fmt.c_str(), encoding, static_cast<int>(bad), start, reason);
    } else {
      result = str_from_format("'%U' codec can't encode characters in position %zd-%zd: %U", encoding, start,
                               end - 1, reason);
    }
  }
  xdecref(reason);
  xdecref(encoding);
  return result;
}

Object* UnicodeDecodeError_str(Object* o) {
  UnicodeErrorObject* self = as_unicode_error(o);
  if (!self->object) return newref(empty_str());
  Object* reason = object_str(self->reason ? self->reason : None);
  Object* encoding = reason ? object_str(self->encoding ? self->encoding : None) : nullptr;
  Object* result = nullptr;
  if (reason && encoding) {
    ssize start = self->start, end = self->end;
    if (is_bytes(self->object) && start >= 0 && start < bytes_size(self->object) && end >= 0 && end == start + 1) {
      int byte = static_cast<unsigned char>(bytes_data(self->object)[start]);
      result = str_from_format("'%U' codec can't decode byte 0x%02x in position %zd: %U", encoding, byte, start,
                               reason);
    } else {
      result = str_from_format("'%U' codec can't decode bytes in position %zd-%zd: %U", encoding, start, end - 1,
                               reason);
    }
  }
  xdecref(reason);
  xdecref(encoding);
  return result;
}

Object* UnicodeTranslateError_str(Object* o) {
  UnicodeErrorObject* self = as_unicode_error(o);
  if (!self->object) return newref(empty_str());
  Object* reason = object_str(self->reason ? self->reason : None);
  if (!reason) return nullptr;
  Object* result;
  ssize start = self->start, end = self->end;
  if (is_str(self->object) && start >= 0 && start < str_length(self->object) && end >= 0 && end == start + 1) {
    uint32_t bad = str_char_at(self->object, start);
    std::string fmt = std::string("can't translate character '") + char_format(bad) + "' in position %zd: %U";
    result = str_from_format(fmt.c_str(), static_cast<int>(bad), start, reason);
  } else {
    result = str_from_format("can't translate characters in position %zd-%zd: %U", start, end - 1, reason);
  }
  decref(reason);
  return result;
}

MemberDef UnicodeError_members[] = {
    {"encoding", MemberType::kObject, offsetof(UnicodeErrorObject, encoding), false, "exception encoding"},
    {"object", MemberType::kObject, offsetof(UnicodeErrorObject, object), false, "exception object"},
    {"start", MemberType::kSsize, offsetof(UnicodeErrorObject, start), false, "exception start"},
    {"end", MemberType::kSsize, offsetof(UnicodeErrorObject, end), false, "exception end"},
    {"reason", MemberType::kObject, offsetof(UnicodeErrorObject, reason), false, "exception reason"},
    {},
};

// ---- AttributeError, NameError, KeyError ---------------------------------------------------------

AttributeErrorObject* as_attr_error(Object* o) { return static_cast<AttributeErrorObject*>(o); }

int AttributeError_init(Object* o, Object* args, Object* kwds) {
  static const ArgParser parser{"AttributeError", {"name", "obj"}, 0, 0};
  Object* kw[2] = {};
  if (!parse_args_dict(parser, empty_tuple(), kwds, kw)) return -1;
  if (BaseException_init(o, args, nullptr) < 0) return -1;
  setref(as_attr_error(o)->name, xnewref(kw[0]));
  setref(as_attr_error(o)->obj, xnewref(kw[1]));
  return 0;
}

int AttributeError_clear(Object* o) {
  clear_ref(as_attr_error(o)->obj);
  clear_ref(as_attr_error(o)->name);
  return BaseException_clear(o);
}

void AttributeError_dealloc(Object* o) {
  gc_untrack(o);
  AttributeError_clear(o);
  free_object(o);
}

int AttributeError_traverse(Object* o, visitproc visit, void* arg) {
  GLASSPY_VISIT(as_attr_error(o)->obj);
  GLASSPY_VISIT(as_attr_error(o)->name);
  return BaseException_traverse(o, visit, arg);
}

MemberDef AttributeError_members[] = {
    {"name", MemberType::kObject, offsetof(AttributeErrorObject, name), false, "attribute name"},
    {"obj", MemberType::kObject, offsetof(AttributeErrorObject, obj), false, "object"},
    {},
};

NameErrorObject* as_name_error(Object* o) { return static_cast<NameErrorObject*>(o); }

int NameError_init(Object* o, Object* args, Object* kwds) {
  static const ArgParser parser{"NameError", {"name"}, 0, 0};
  Object* kw[1] = {};
  if (!parse_args_dict(parser, empty_tuple(), kwds, kw)) return -1;
  if (BaseException_init(o, args, nullptr) < 0) return -1;
  setref(as_name_error(o)->name, xnewref(kw[0]));
  return 0;
}

int NameError_clear(Object* o) {
  clear_ref(as_name_error(o)->name);
  return BaseException_clear(o);
}

void NameError_dealloc(Object* o) {
  gc_untrack(o);
  NameError_clear(o);
  free_object(o);
}

int NameError_traverse(Object* o, visitproc visit, void* arg) {
  GLASSPY_VISIT(as_name_error(o)->name);
  return BaseException_traverse(o, visit, arg);
}

MemberDef NameError_members[] = {
    {"name", MemberType::kObject, offsetof(NameErrorObject, name), false, "name"},
    {},
};

// str(KeyError(k)) is repr(k): a missing key '' would otherwise print nothing.
Object* KeyError_str(Object* o) {
  Object* args = as_exc(o)->args;
  if (tuple_size(args) == 1) return object_repr(tuple_item(args, 0));
  return BaseException_str(o);
}

// ---- BaseExceptionGroup -------------------------------------------------------------------

BaseExceptionGroupObject* as_group(Object* o) { return static_cast<BaseExceptionGroupObject*>(o); }

bool is_group(Object* o) { return is_instance_of(o, &exc::BaseExceptionGroup); }

Object* BaseExceptionGroup_new(Type* type, Object* args, Object* kwds) {
  ssize n = tuple_size(args);
  if (n != 2) {
    return format_error(&exc::TypeError, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%zd given)", n);
  }
  Object* message = tuple_item(args, 0);
  Object* exceptions = tuple_item(args, 1);
  if (!is_str(message)) {
    return format_error(&exc::TypeError, "BaseExceptionGroup.__new__() argument 1 must be str, not %.50s",
                        message->type->name);
  }
  if (!is_sequence(exceptions)) {
    set_error(&exc::TypeError, "second argument (exceptions) must be a sequence");
    return nullptr;
  }
  Object* excs = sequence_tuple(exceptions);
  if (!excs) return nullptr;
  ssize numexcs = tuple_size(excs);
  if (numexcs == 0) {
    decref(excs);
    set_error(&exc::ValueError, "second argument (exceptions) must be a non-empty sequence");
    return nullptr;
  }
  bool nested_base_exceptions = false;
  for (ssize i = 0; i < numexcs; ++i) {
    Object* e = tuple_item(excs, i);
    if (!is_exception_instance(e)) {
      decref(excs);
      format_error(&exc::ValueError, "Item %d of second argument (exceptions) is not an exception", static_cast<int>(i));
      return nullptr;
    }
    if (!is_instance_of(e, &exc::Exception)) nested_base_exceptions = true;
  }
  Type* cls = type;
  if (cls == exc::ExceptionGroup) {
    if (nested_base_exceptions) {
      decref(excs);
      set_error(&exc::TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
      return nullptr;
    }
  } else if (cls == &exc::BaseExceptionGroup) {
    // Only Exceptions inside: it is an ExceptionGroup.
    if (!nested_base_exceptions && exc::ExceptionGroup) cls = exc::ExceptionGroup;
  } else if (nested_base_exceptions && is_subtype(cls, &exc::Exception)) {
    decref(excs);
    format_error(&exc::TypeError, "Cannot nest BaseExceptions in '%.200s'", cls->name);
    return nullptr;
  }
  Object* o = BaseException_new(cls, args, kwds);
  if (!o) {
    decref(excs);
    return nullptr;
  }
  as_group(o)->msg = newref(message);
  as_group(o)->excs = excs;
  return o;
}

int BaseExceptionGroup_init(Object* o, Object* args, Object* kwds) {
  if (!check_no_kwargs(o->type->name, kwds)) return -1;
  return BaseException_init(o, args, kwds);
}

int BaseExceptionGroup_clear(Object* o) {
  clear_ref(as_group(o)->msg);
  clear_ref(as_group(o)->excs);
  return BaseException_clear(o);
}

void BaseExceptionGroup_dealloc(Object* o) {
  gc_untrack(o);
  BaseExceptionGroup_clear(o);
  free_object(o);
}

int BaseExceptionGroup_traverse(Object* o, visitproc visit, void* arg) {
  GLASSPY_VISIT(as_group(o)->msg);
  GLASSPY_VISIT(as_group(o)->excs);
  return BaseException_traverse(o, visit, arg);
}

Object* BaseExceptionGroup_str(Object* o) {
  ssize n = tuple_size(as_group(o)->excs);
  return str_from_format("%S (%zd sub-exception%s)", as_group(o)->msg, n, n > 1 ? "s" : "");
}

Object* BaseExceptionGroup_derive(Object* o, Object* excs) {
  return call_function(&exc::BaseExceptionGroup, as_group(o)->msg, excs);
}

enum class MatcherType { kByType, kByPredicate };

bool is_exception_class_obj(Object* o) { return is_type(o) && is_subtype(static_cast<Type*>(o), &exc::BaseException); }

bool get_matcher_type(Object* value, MatcherType* type) {
  if (is_callable(value) && !is_type(value)) {
    *type = MatcherType::kByPredicate;
    return true;
  }
  if (is_exception_class_obj(value)) {
    *type = MatcherType::kByType;
    return true;
  }
  if (is_tuple_exact(value)) {
    bool ok = true;
    for (ssize i = 0; i < tuple_size(value); ++i)
      if (!is_exception_class_obj(tuple_item(value, i))) ok = false;
    if (ok) {
      *type = MatcherType::kByType;
      return true;
    }
  }
  set_error(&exc::TypeError, "expected a function, exception type or tuple of exception types");
  return false;
}

int check_match(Object* e, MatcherType type, Object* matcher) {
  if (type == MatcherType::kByType) return exception_matches(e, matcher);
  Object* r = call_function(matcher, e);
  if (!r) return -1;
  int t = object_is_true(r);
  decref(r);
  return t;
}

// eg.derive(excs) with eg's traceback, context, cause and notes.
int exceptiongroup_subset(Object* orig, Object* excs, Object** result) {
  *result = nullptr;
  if (list_size(excs) == 0) return 0;
  Object* derive = str_intern_cstr("derive");
  if (!derive) return -1;
  Object* eg = call_method(orig, derive, excs);
  decref(derive);
  if (!eg) return -1;
  if (!is_group(eg)) {
    set_error(&exc::TypeError, "derive must return an instance of BaseExceptionGroup");
    decref(eg);
    return -1;
  }
  Object* tb = exception_get_traceback(orig);
  if (tb) {
    int r = exception_set_traceback(eg, tb);
    decref(tb);
    if (r < 0) {
      decref(eg);
      return -1;
    }
  }
  exception_set_context(eg, exception_get_context(orig));
  exception_set_cause(eg, exception_get_cause(orig));
  Object* notes;
  if (lookup_attr(orig, ID(dunder_notes), &notes) < 0) {
    decref(eg);
    return -1;
  }
  if (notes) {
    if (is_sequence(notes)) {
      Object* copy = sequence_list(notes);
      int r = copy ? set_attr(eg, ID(dunder_notes), copy) : -1;
      xdecref(copy);
      if (r < 0) {
        decref(notes);
        decref(eg);
        return -1;
      }
    }
    decref(notes);
  }
  *result = eg;
  return 0;
}

int split_recursive(Object* e, MatcherType type, Object* matcher, bool construct_rest, Object** match, Object** rest) {
  *match = nullptr;
  *rest = nullptr;
  int is_match = check_match(e, type, matcher);
  if (is_match < 0) return -1;
  if (is_match) {
    *match = newref(e);
    return 0;
  }
  if (!is_group(e)) {
    if (construct_rest) *rest = newref(e);
    return 0;
  }
  Object* excs = as_group(e)->excs;
  Object* match_list = list_new(0);
  Object* rest_list = construct_rest ? list_new(0) : nullptr;
  int status = -1;
  if (!match_list || (construct_rest && !rest_list)) goto done;
  for (ssize i = 0; i < tuple_size(excs); ++i) {
    Object* m;
    Object* r;
    if (enter_recursive_call(" in exceptiongroup_split_recursive") < 0) goto done;
    int s = split_recursive(tuple_item(excs, i), type, matcher, construct_rest, &m, &r);
    leave_recursive_call();
    if (s < 0) goto done;
    if (m) {
      int a = list_append(match_list, m);
      decref(m);
      if (a < 0) {
        xdecref(r);
        goto done;
      }
    }
    if (r) {
      int a = list_append(rest_list, r);
      decref(r);
      if (a < 0) goto done;
    }
  }
  if (exceptiongroup_subset(e, match_list, match) < 0) goto done;
  if (construct_rest && exceptiongroup_subset(e, rest_list, rest) < 0) {
    clear_ref(*match);
    goto done;
  }
  status = 0;
done:
  xdecref(match_list);
  xdecref(rest_list);
  return status;
}

Object* BaseExceptionGroup_split(Object* o, Object* matcher) {
  MatcherType type;
  if (!get_matcher_type(matcher, &type)) return nullptr;
  Object* match;
  Object* rest;
  if (split_recursive(o, type, matcher, true, &match, &rest) < 0) return nullptr;
  Object* r = tuple_pack({match ? match : None, rest ? rest : None});
  xdecref(match);
  xdecref(rest);
  return r;
}

Object* BaseExceptionGroup_subgroup(Object* o, Object* matcher) {
  MatcherType type;
  if (!get_matcher_type(matcher, &type)) return nullptr;
  Object* match;
  Object* rest;
  if (split_recursive(o, type, matcher, false, &match, &rest) < 0) return nullptr;
  return match ? match : newref(None);
}

MethodDef BaseExceptionGroup_methods[] = {
    {"__class_getitem__", generic_alias_new, "See PEP 585", Binding::kClass},
    {"derive", BaseExceptionGroup_derive},
    {"split", BaseExceptionGroup_split},
    {"subgroup", BaseExceptionGroup_subgroup},
    {},
};

MemberDef BaseExceptionGroup_members[] = {
    {"message", MemberType::kObject, offsetof(BaseExceptionGroupObject, msg), true, "exception message"},
    {"exceptions", MemberType::kObject, offsetof(BaseExceptionGroupObject, excs), true, "nested exceptions"},
    {},
};

}  // namespace

// ---- the types --------------------------------------------------------------------------------

namespace exc {

constexpr unsigned long kExcFlags = tpflags::kBaseType | tpflags::kHaveGC;

Type BaseException{{
    .name = "BaseException",
    .basicsize = sizeof(BaseExceptionObject),
    .dealloc = BaseException_dealloc,
    .repr = BaseException_repr,
    .str = BaseException_str,
    .getattro = generic_getattr,
    .setattro = generic_setattr,
    .flags = kExcFlags | tpflags::kBaseExcSubclass,
    .doc = BaseException_doc,
    .traverse = BaseException_traverse,
    .clear = BaseException_clear,
    .methods = BaseException_methods,
    .members = BaseException_members,
    .getset = BaseException_getset,
    .dictoffset = offsetof(BaseExceptionObject, dict),
    .init = BaseException_init,
    .new_ = BaseException_new,
}};

Type BaseExceptionGroup{{
    .name = "BaseExceptionGroup",
    .basicsize = sizeof(BaseExceptionGroupObject),
    .dealloc = BaseExceptionGroup_dealloc,
    .str = BaseExceptionGroup_str,
    .flags = kExcFlags,
    .doc = BaseExceptionGroup_doc,
    .traverse = BaseExceptionGroup_traverse,
    .clear = BaseExceptionGroup_clear,
    .methods = BaseExceptionGroup_methods,
    .members = BaseExceptionGroup_members,
    .base = &BaseException,
    .init = BaseExceptionGroup_init,
    .new_ = BaseExceptionGroup_new,
}};

#define FIELDS_EXCEPTION(NAME, BASE, STRUCT, PREFIX, STR, MEMBERS, METHODS, GETSET, INIT, NEW) \
  Type NAME{{                                                                                  \
      .name = #NAME,                                                                           \
      .basicsize = sizeof(STRUCT),                                                             \
      .dealloc = PREFIX##_dealloc,                                                             \
      .str = STR,                                                                              \
      .flags = kExcFlags,                                                                      \
      .doc = NAME##_doc,                                                                       \
      .traverse = PREFIX##_traverse,                                                           \
      .clear = PREFIX##_clear,                                                                 \
      .methods = METHODS,                                                                      \
      .members = MEMBERS,                                                                      \
      .getset = GETSET,                                                                        \
      .base = &BASE,                                                                           \
      .init = INIT,                                                                            \
      .new_ = NEW,                                                                             \
  }};

FIELDS_EXCEPTION(SystemExit, BaseException, SystemExitObject, SystemExit, nullptr, SystemExit_members, nullptr,
                 nullptr, SystemExit_init, nullptr)
FIELDS_EXCEPTION(StopIteration, Exception, StopIterationObject, StopIteration, nullptr, StopIteration_members,
                 nullptr, nullptr, StopIteration_init, nullptr)
FIELDS_EXCEPTION(ImportError, Exception, ImportErrorObject, ImportError, ImportError_str, ImportError_members,
                 ImportError_methods, nullptr, ImportError_init, nullptr)
FIELDS_EXCEPTION(OSError, Exception, OSErrorObject, OSError, OSError_str, OSError_members, OSError_methods,
                 OSError_getset, OSError_init, OSError_new)
FIELDS_EXCEPTION(SyntaxError, Exception, SyntaxErrorObject, SyntaxError, SyntaxError_str, SyntaxError_members,
                 nullptr, nullptr, SyntaxError_init, nullptr)
FIELDS_EXCEPTION(UnicodeEncodeError, UnicodeError, UnicodeErrorObject, UnicodeError, UnicodeEncodeError_str,
                 UnicodeError_members, nullptr, nullptr, UnicodeEncodeError_init, BaseException_new)
FIELDS_EXCEPTION(UnicodeDecodeError, UnicodeError, UnicodeErrorObject, UnicodeError, UnicodeDecodeError_str,
                 UnicodeError_members, nullptr, nullptr, UnicodeDecodeError_init, BaseException_new)
FIELDS_EXCEPTION(UnicodeTranslateError, UnicodeError, UnicodeErrorObject, UnicodeError, UnicodeTranslateError_str,
                 UnicodeError_members, nullptr, nullptr, UnicodeTranslateError_init, BaseException_new)
FIELDS_EXCEPTION(AttributeError, Exception, AttributeErrorObject, AttributeError, BaseException_str,
                 AttributeError_members, nullptr, nullptr, AttributeError_init, nullptr)
FIELDS_EXCEPTION(NameError, Exception, NameErrorObject, NameError, BaseException_str, NameError_members,
                 nullptr, nullptr, NameError_init, nullptr)
#undef FIELDS_EXCEPTION

Type KeyError{{
    .name = "KeyError",
    .basicsize = sizeof(BaseExceptionObject),
    .str = KeyError_str,
    .flags = tpflags::kBaseType,
    .doc = KeyError_doc,
    .base = &LookupError,
    .init = BaseException_init,
}};

// Each built-in exception names its __init__ (and, with the plain layout,
// its __new__) itself, as CPython's do, so they show in its __dict__.
template <class Struct>
constexpr initproc kInitOf = BaseException_init;
template <>
constexpr initproc kInitOf<ImportErrorObject> = ImportError_init;
template <>
constexpr initproc kInitOf<NameErrorObject> = NameError_init;
template <>
constexpr initproc kInitOf<OSErrorObject> = OSError_init;
template <>
constexpr initproc kInitOf<SyntaxErrorObject> = SyntaxError_init;
template <class Struct>
constexpr newfunc kNewOf = std::is_same_v<Struct, BaseExceptionObject> ? BaseException_new : nullptr;

#define EXCEPTION(NAME, BASE, STRUCT, DOC) \
  Type NAME{{                              \
      .name = #NAME,                       \
      .basicsize = sizeof(STRUCT),         \
      .flags = tpflags::kBaseType,         \
      .doc = DOC,                          \
      .base = &BASE,                       \
      .init = kInitOf<STRUCT>,             \
      .new_ = kNewOf<STRUCT>,              \
  }};
#define EXCEPTION_CUSTOM(NAME, BASE, STRUCT, DOC)
#include "objects/exceptions.def"
#undef EXCEPTION
#undef EXCEPTION_CUSTOM

}  // namespace exc

// ---- accessors and helpers ---------------------------------------------------------------------

bool is_exception_class(Object* o) {
  return is_type(o) && (static_cast<Type*>(o)->flags & tpflags::kBaseExcSubclass);
}

Object* exception_get_context(Object* e) { return xnewref(as_exception(e)->context); }
void exception_set_context(Object* e, Object* context) { setref(as_exception(e)->context, context); }
Object* exception_get_cause(Object* e) { return xnewref(as_exception(e)->cause); }
void exception_set_cause(Object* e, Object* cause) {
  as_exception(e)->suppress_context = 1;
  setref(as_exception(e)->cause, cause);
}
Object* exception_get_traceback(Object* e) { return xnewref(as_exception(e)->traceback); }

int exception_set_traceback(Object* e, Object* tb) {
  if (!is_traceback_or_none(tb)) {
    set_error(&exc::TypeError, "__traceback__ must be a traceback or None");
    return -1;
  }
  setref(as_exception(e)->traceback, tb == None ? nullptr : newref(tb));
  return 0;
}

void set_key_error(Object* key) {
  Object* t = tuple_pack({key});
  if (!t) return;
  set_error_object(&exc::KeyError, t);
  decref(t);
}

void set_stop_iteration(Object* value) {
  if (!value) {
    set_error_none(&exc::StopIteration);
    return;
  }
  // A tuple value must not be unpacked as arguments.
  Object* t = tuple_pack({value});
  if (!t) return;
  set_error_object(&exc::StopIteration, t);
  decref(t);
}

void set_unicode_decode_error(const char* encoding, const char* data, ssize len, ssize start, ssize end,
                              const char* reason) {
  Object* enc = str_from_cstr(encoding);
  Object* obj = enc ? bytes_from_data(data, len) : nullptr;
  Object* st = obj ? int_from_ssize(start) : nullptr;
  Object* en = st ? int_from_ssize(end) : nullptr;
  Object* rs = en ? str_from_cstr(reason) : nullptr;
  if (rs) {
    Object* args = tuple_pack({enc, obj, st, en, rs});
    if (args) {
      set_error_object(&exc::UnicodeDecodeError, args);
      decref(args);
    }
  }
  xdecref(enc);
  xdecref(obj);
  xdecref(st);
  xdecref(en);
  xdecref(rs);
}

void set_unicode_encode_error(const char* encoding, Object* str, ssize start, ssize end, const char* reason) {
  Object* enc = str_from_cstr(encoding);
  Object* st = enc ? int_from_ssize(start) : nullptr;
  Object* en = st ? int_from_ssize(end) : nullptr;
  Object* rs = en ? str_from_cstr(reason) : nullptr;
  if (rs) {
    Object* args = tuple_pack({enc, str, st, en, rs});
    if (args) {
      set_error_object(&exc::UnicodeEncodeError, args);
      decref(args);
    }
  }
  xdecref(enc);
  xdecref(st);
  xdecref(en);
  xdecref(rs);
}

void set_error_from_errno(Type* type, int errnum, Object* filename) {
  Object* num = int_from_i64(errnum);
  Object* msg = num ? str_from_cstr(errnum ? std::strerror(errnum) : "Error") : nullptr;
  if (msg) {
    Object* args = filename ? tuple_pack({num, msg, filename}) : tuple_pack({num, msg});
    if (args) {
      set_error_object(type, args);
      decref(args);
    }
  }
  xdecref(num);
  xdecref(msg);
}

int exceptions_init() {
  // ExceptionGroup(BaseExceptionGroup, Exception), made as a class is.
  Object* name = str_from_cstr("ExceptionGroup");
  Object* bases = tuple_pack({&exc::BaseExceptionGroup, &exc::Exception});
  Object* dict = dict_new();
  int status = -1;
  if (name && bases && dict && dict_set_item(dict, ID(dunder_module), ID(builtins)) == 0) {
    Object* args = tuple_pack({name, bases, dict});
    if (args) {
      Object* t = type_new(&TypeType, args, nullptr);
      if (t) {
        exc::ExceptionGroup = static_cast<Type*>(t);  // owned for the whole run
        status = 0;
      }
      decref(args);
    }
  }
  xdecref(name);
  xdecref(bases);
  xdecref(dict);
  return status;
}

void for_each_builtin_exception(void (*fn)(const char* name, Type* type, void* ctx), void* ctx) {
#define EXCEPTION(NAME, BASE, STRUCT, DOC) fn(#NAME, &exc::NAME, ctx);
#define EXCEPTION_CUSTOM(NAME, BASE, STRUCT, DOC) fn(#NAME, &exc::NAME, ctx);
#include "objects/exceptions.def"
#undef EXCEPTION
#undef EXCEPTION_CUSTOM
  fn("ExceptionGroup", exc::ExceptionGroup, ctx);
  fn("EnvironmentError", &exc::OSError, ctx);
  fn("IOError", &exc::OSError, ctx);
}

}  // namespace glasspy
