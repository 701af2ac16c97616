// The error indicator: how a failing function reports a Python exception.
//
// A function that fails sets the thread's current exception and returns null
// (or -1); its caller either handles the error (matches + clear) or passes it
// on by returning null itself.  The indicator holds one normalized exception
// instance (CPython 3.12's model): setting an error creates the instance at
// once, by calling the exception type.  Setting an error while another is
// being handled records that one as the new exception's __context__
// (implicit chaining), as CPython's _PyErr_SetObject does.
//
// Formatting follows PyUnicode_FromFormat (see str_from_format in str.h):
// %s (UTF-8 char*), %c, %d %i %u %x with l/ll/z modifiers, %p, %S (str()),
// %R (repr()), %A (ascii()), %U (a str object), %V (str object or char*),
// with width and precision (%.200s).
#pragma once

#include <cstdarg>

#include "objects/object.h"
#include "objects/thread_state.h"

namespace glasspy {

// PyErr_SetString: sets type(message).
void set_error(Type* type, const char* message);
// PyErr_SetObject: `value` is an instance of `type` (used as is), a tuple
// (arguments), None (no arguments) or the single argument.
void set_error_object(Type* type, Object* value);
// PyErr_SetNone.
void set_error_none(Type* type);
// PyErr_Format; always returns null so that `return format_error(...)` reads well.
Object* format_error(Type* type, const char* format, ...);
Object* format_error_v(Type* type, const char* format, va_list args);

// True if an exception is set.
inline bool error_occurred() { return thread_state().current_exception != nullptr; }
// The current exception, borrowed (null if none).
inline Object* current_error() { return thread_state().current_exception; }
// PyErr_GetRaisedException: hands the current exception to the caller (new
// reference, null if none) and clears the indicator.
Object* fetch_error();
// PyErr_SetRaisedException: makes `exc` (stolen; null clears) the current
// exception, releasing any previous one.
void restore_error(Object* exc);
void clear_error();

// PyErr_ExceptionMatches: the current exception is an instance of `type` (a
// class or a tuple of classes, recursively).
bool error_matches(Object* type);
inline bool error_matches(Type* type) { return error_matches(reinterpret_cast<Object*>(type)); }
// PyErr_GivenExceptionMatches: `given` (an instance or a class) matches `type`.
bool exception_matches(Object* given, Object* type);

// MemoryError (the preallocated instance); returns null.
Object* no_memory();
// SystemError("bad argument to internal function"); returns null.
Object* bad_internal_call();

// Sets `exc`'s __context__ to the exception currently being handled, breaking
// cycles as CPython does (used when raising).
void chain_to_handled_exception(Object* exc);

// Reports an exception that cannot be raised (in a destructor, a __del__...):
// "Exception ignored in: <obj repr>" and the exception, on stderr.  Clears
// the indicator.  The VM replaces the printer to add tracebacks and
// sys.unraisablehook.
void write_unraisable(Object* obj);
using UnraisableHook = void (*)(Object* exc, Object* obj);
void set_unraisable_hook(UnraisableHook hook);

// Warnings (PyErr_WarnEx): the warnings machinery belongs to the VM, which
// installs it with set_warning_hook; until then warnings are not shown.
// Returns 0, or -1 when the warning was turned into an exception.
int warn(Type* category, const char* message, ssize stacklevel = 1);
using WarningHook = int (*)(Type* category, Object* message, ssize stacklevel);
void set_warning_hook(WarningHook hook);

}  // namespace glasspy
