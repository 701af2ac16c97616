// The built-in exception hierarchy (exceptions.def lists every class).
//
// Instances keep `args` (a tuple), the chaining fields __context__,
// __cause__ and __suppress_context__, __traceback__, __notes__ (created by
// add_note) and an instance dict; subclasses add their fields (StopIteration
// .value, OSError's errno/strerror/filename..., SyntaxError's location,
// the Unicode errors' encoding/object/start/end/reason, the groups' message
// and exceptions).  OSError(errno, ...) picks the subclass matching errno
// (OSError(2, 'x') is a FileNotFoundError), as CPython does.
#pragma once

#include "objects/object.h"

namespace glasspy {

namespace exc {
#define EXCEPTION(name, base, object, doc) extern Type name;
#define EXCEPTION_CUSTOM(name, base, object, doc) extern Type name;
#include "objects/exceptions.def"
#undef EXCEPTION
#undef EXCEPTION_CUSTOM
// ExceptionGroup(BaseExceptionGroup, Exception) is a class made at start-up.
extern Type* ExceptionGroup;
}  // namespace exc

struct BaseExceptionObject : Object {
  Object* dict;
  Object* args;       // tuple, never null after construction
  Object* notes;      // unused: __notes__ lives in the instance dict (as in 3.11)
  Object* traceback;  // null or a traceback
  Object* context;
  Object* cause;
  char suppress_context;
};
struct StopIterationObject : BaseExceptionObject {
  Object* value;
};
struct SystemExitObject : BaseExceptionObject {
  Object* code;
};
struct ImportErrorObject : BaseExceptionObject {
  Object* msg;
  Object* name;
  Object* path;
};
struct OSErrorObject : BaseExceptionObject {
  Object* myerrno;
  Object* strerror;
  Object* filename;
  Object* filename2;
  ssize written;  // BlockingIOError.characters_written, -1 if unset
};
struct SyntaxErrorObject : BaseExceptionObject {
  Object* msg;
  Object* filename;
  Object* lineno;
  Object* offset;
  Object* end_lineno;
  Object* end_offset;
  Object* text;
  Object* print_file_and_line;
};
struct UnicodeErrorObject : BaseExceptionObject {
  Object* encoding;
  Object* object;
  ssize start;
  ssize end;
  Object* reason;
};
struct AttributeErrorObject : BaseExceptionObject {
  Object* obj;
  Object* name;
};
struct NameErrorObject : BaseExceptionObject {
  Object* name;
};
struct BaseExceptionGroupObject : BaseExceptionObject {
  Object* msg;
  Object* excs;  // tuple
};

inline bool is_exception_instance(Object* o) {
  return o->type->flags & tpflags::kBaseExcSubclass;
}
// A class deriving from BaseException.
bool is_exception_class(Object* o);
inline BaseExceptionObject* as_exception(Object* o) { return static_cast<BaseExceptionObject*>(o); }

// Accessors (PyException_*): borrowed / new references as noted.
inline Object* exception_args(Object* e) { return as_exception(e)->args; }  // borrowed
Object* exception_get_context(Object* e);  // new reference or null
void exception_set_context(Object* e, Object* context);  // steals context (may be null)
Object* exception_get_cause(Object* e);    // new reference or null
void exception_set_cause(Object* e, Object* cause);  // steals; sets __suppress_context__
Object* exception_get_traceback(Object* e);  // new reference or null
int exception_set_traceback(Object* e, Object* tb);

// Creates the ExceptionGroup class and the builtins aliases; called from
// objects_init after the static types are ready.
int exceptions_init();

// KeyError(key) with the key as the only argument (so str() shows repr(key)).
void set_key_error(Object* key);
// StopIteration(value) (value may be null: no arguments).
void set_stop_iteration(Object* value);
// UnicodeDecodeError(encoding, object, start, end, reason).
void set_unicode_decode_error(const char* encoding, const char* data, ssize len, ssize start,
                              ssize end, const char* reason);
void set_unicode_encode_error(const char* encoding, Object* str, ssize start, ssize end,
                              const char* reason);
// OSError from errno (picks the subclass), with an optional filename.
void set_error_from_errno(Type* type, int errnum, Object* filename = nullptr);

// The traceback type (the VM's); with_traceback and __traceback__ accept its
// instances and None.  Set by the VM.
extern Type* traceback_type;

// Name -> exception class, for builtins: every class in exceptions.def plus
// ExceptionGroup, EnvironmentError, IOError.  Calls fn(name, type).
void for_each_builtin_exception(void (*fn)(const char* name, Type* type, void* ctx), void* ctx);

}  // namespace glasspy
