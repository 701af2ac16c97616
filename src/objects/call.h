// Calling objects, and parsing the arguments of native functions.
//
// Every call goes through vectorcall(): positional arguments in an array,
// keyword values after them with their names in a tuple (kwnames).  A
// callable whose type has kHaveVectorcall keeps its vectorcallfunc at
// type->vectorcall_offset inside the instance (built-in functions, bound
// methods, and later Python functions: that is where the VM plugs in); other
// callables are called through their type's `call` slot with a tuple and a
// dict (built from the array here).  Calls nest through enter/leave of the
// recursion guard (" while calling a Python object").
//
// Argument parsing helpers produce CPython's TypeError messages for each of
// its conventions: METH_NOARGS/METH_O ("list.append() takes exactly one
// argument (0 given)"), _PyArg_CheckPositional ("pop expected at most 1
// argument, got 2") and Argument Clinic's keyword parser ("split() takes at
// most 2 arguments (3 given)", "'x' is an invalid keyword argument for
// split()", "pow() missing required argument 'exp' (pos 2)").
#pragma once

#include <initializer_list>

#include "objects/object.h"

namespace glasspy {

// PyObject_Vectorcall.
Object* vectorcall(Object* callable, Object* const* args, size_t nargsf, Object* kwnames);
// PyObject_Call: args a tuple, kwargs a dict or null.
Object* call(Object* callable, Object* args, Object* kwargs);
// PyObject_VectorcallDict: positional array plus a dict of keywords (or null).
Object* vectorcall_dict(Object* callable, Object* const* args, size_t nargsf, Object* kwargs);
// PyVectorcall_Call: calls a vectorcall-capable object with a tuple and dict.
Object* vectorcall_with_tuple(Object* callable, Object* args, Object* kwargs);
// _PyObject_MakeTpCall: calls type->call, converting the array.
Object* call_with_tp_call(Object* callable, Object* const* args, ssize nargs, Object* kwnames);

// callable(args...) with borrowed arguments.
template <class... Args>
Object* call_function(Object* callable, Args*... args) {
  Object* array[] = {nullptr, static_cast<Object*>(args)...};
  return vectorcall(callable, array + 1, sizeof...(Args) | kVectorcallArgumentsOffset, nullptr);
}
inline Object* call_no_args(Object* callable) { return vectorcall(callable, nullptr, 0, nullptr); }

// PyObject_VectorcallMethod: args[0] is self; looks `name` up on self and
// calls it (without creating a bound method when it is a plain function).
Object* vectorcall_method(Object* name, Object* const* args, size_t nargsf, Object* kwnames);
// self.name(args...).
template <class... Args>
Object* call_method(Object* self, Object* name, Args*... args) {
  Object* array[] = {self, static_cast<Object*>(args)...};
  return vectorcall_method(name, array, (1 + sizeof...(Args)) | kVectorcallArgumentsOffset, nullptr);
}

// The callable's vectorcallfunc, or null if it has none.
vectorcallfunc vectorcall_function_of(Object* callable);
// True if obj can be called (callable()).
bool is_callable(Object* obj);

// Converts keyword arguments (kwnames + values) to a dict / back.
Object* kwnames_to_dict(Object* const* values, Object* kwnames);
// Flattens a dict into values appended to a positional array: fills
// *new_args (array owned by the caller via the returned storage) and
// *kwnames.  Returns false on error.
bool dict_to_kwnames(Object* const* args, ssize nargs, Object* kwargs, Object*** new_args,
                     Object** kwnames);
void free_kwnames_args(Object** new_args, ssize total, Object* kwnames);

// ---- argument parsing --------------------------------------------------------

// _PyArg_CheckPositional: "NAME expected [at least |at most ]N argument[s],
// got M".  True if min <= nargs <= max.
bool check_positional(const char* name, ssize nargs, ssize min, ssize max);
// PyArg_ParseTuple's arity check, used by the older methods that still parse
// with it (str.find, str.startswith, ...): "NAME() takes at least|at
// most|exactly N argument[s] (M given)".
bool check_parse_tuple_arity(const char* name, ssize nargs, ssize min, ssize max);
// "NAME() takes no keyword arguments" unless kwnames is null or empty.
bool check_no_kwnames(const char* name, Object* kwnames);
// The same for a kwargs dict (null or empty is fine).
bool check_no_kwargs(const char* name, Object* kwargs);

// Argument Clinic's keyword parser (_PyArg_UnpackKeywords).  `keywords`
// names every parameter in order; positional-only ones are "" and come
// first.  Parameters past max_positional are keyword-only; of those, the
// first min_keyword_only are required.
struct ArgParser {
  const char* fname;  // "split": messages say "split()"
  std::initializer_list<const char*> keywords;
  int min_positional;  // required positional parameters
  int max_positional;
  int min_keyword_only = 0;
};
// Fills out[0..keywords.size()) with borrowed references (null for omitted
// optional parameters).  Keyword arguments are the values after the nargs
// positional ones with names in kwnames (vectorcall) or a kwargs dict.
bool parse_args(const ArgParser& parser, Object* const* args, ssize nargs, Object* kwnames,
                Object** out);
bool parse_args_dict(const ArgParser& parser, Object* args_tuple, Object* kwargs, Object** out);

// Converters with CPython's messages.
// An index-like argument (operator.index): "'str' object cannot be interpreted
// as an integer"; clamps nothing: OverflowError past ssize.
bool arg_to_ssize(Object* o, ssize* out);
// A slice-like bound (str.find's start/end): an index or None (keeps *out),
// CPython's _PyEval_SliceIndex: "slice indices must be integers or None or
// have an __index__ method".  Values past ssize are clamped.
bool arg_to_slice_index(Object* o, ssize* out);
// The same without None (list.index, tuple.index: _PyEval_SliceIndexNotNone):
// "slice indices must be integers or have an __index__ method".
bool arg_to_slice_index_not_none(Object* o, ssize* out);
// An int argument that must fit a C int: "Python int too large to convert to
// C int"; for base/flag arguments.
bool arg_to_int(Object* o, int* out);

}  // namespace glasspy
