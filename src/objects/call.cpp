// Calling objects and parsing native arguments (see call.h).
#include "objects/call.h"

#include <cstdlib>
#include <cstring>
#include <string>

#include "objects/abstract.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace glasspy {

vectorcallfunc vectorcall_function_of(Object* callable) {
  Type* tp = callable->type;
  if (!(tp->flags & tpflags::kHaveVectorcall)) return nullptr;
  ssize offset = tp->vectorcall_offset;
  if (offset <= 0) return nullptr;
  return *reinterpret_cast<vectorcallfunc*>(reinterpret_cast<char*>(callable) + offset);
}

bool is_callable(Object* obj) { return obj->type->call != nullptr; }

namespace {

// _Py_CheckFunctionResult: a result and an error never go together.
Object* check_result(Object* callable, Object* result) {
  if (!result) {
    if (!error_occurred()) {
      format_error(&exc::SystemError, "%R returned NULL without setting an exception", callable);
    }
    return nullptr;
  }
  if (error_occurred()) {
    decref(result);
    Object* cause = fetch_error();
    format_error(&exc::SystemError, "%R returned a result with an exception set", callable);
    Object* e = fetch_error();
    if (e) {
      exception_set_cause(e, newref(cause));
      exception_set_context(e, cause);
      restore_error(e);
    } else {
      xdecref(cause);
    }
    return nullptr;
  }
  return result;
}

}  // namespace

Object* kwnames_to_dict(Object* const* values, Object* kwnames) {
  ssize n = tuple_size(kwnames);
  Object* d = dict_new_presized(n);
  if (!d) return nullptr;
  for (ssize i = 0; i < n; ++i) {
    if (dict_set_item(d, tuple_item(kwnames, i), values[i]) < 0) {
      decref(d);
      return nullptr;
    }
  }
  return d;
}

bool dict_to_kwnames(Object* const* args, ssize nargs, Object* kwargs, Object*** new_args, Object** kwnames) {
  ssize nkw = dict_size(kwargs);
  Object** stack = static_cast<Object**>(std::malloc(sizeof(Object*) * static_cast<size_t>(nargs + nkw + 1)));
  if (!stack) {
    no_memory();
    return false;
  }
  Object* names = tuple_new(nkw);
  if (!names) {
    std::free(stack);
    return false;
  }
  // stack[0] is room for a prepended self (kVectorcallArgumentsOffset).
  stack[0] = nullptr;
  for (ssize i = 0; i < nargs; ++i) stack[1 + i] = newref(args[i]);
  ssize pos = 0, i = 0;
  Object* key;
  Object* value;
  bool ok = true;
  while (dict_next(kwargs, &pos, &key, &value)) {
    if (!is_str(key)) ok = false;
    tuple_set_item(names, i, newref(key));
    stack[1 + nargs + i] = newref(value);
    ++i;
  }
  if (!ok) {
    set_error(&exc::TypeError, "keywords must be strings");
    for (ssize k = 0; k < nargs + nkw; ++k) decref(stack[1 + k]);
    std::free(stack);
    decref(names);
    return false;
  }
  *new_args = stack;
  *kwnames = names;
  return true;
}

void free_kwnames_args(Object** new_args, ssize total, Object* kwnames) {
  for (ssize k = 0; k < total; ++k) decref(new_args[1 + k]);
  std::free(new_args);
  xdecref(kwnames);
}

Object* call_with_tp_call(Object* callable, Object* const* args, ssize nargs, Object* kwnames) {
  ternaryfunc call_slot = callable->type->call;
  if (!call_slot) return format_error(&exc::TypeError, "'%.200s' object is not callable", callable->type->name);
  Object* argstuple = tuple_from_array(args, nargs);
  if (!argstuple) return nullptr;
  Object* kwdict = nullptr;
  if (kwnames && tuple_size(kwnames)) {
    kwdict = kwnames_to_dict(args + nargs, kwnames);
    if (!kwdict) {
      decref(argstuple);
      return nullptr;
    }
  }
  Object* result = nullptr;
  if (enter_recursive_call(" while calling a Python object") == 0) {
    result = call_slot(callable, argstuple, kwdict);
    leave_recursive_call();
    result = check_result(callable, result);
  }
  decref(argstuple);
  xdecref(kwdict);
  return result;
}

Object* vectorcall(Object* callable, Object* const* args, size_t nargsf, Object* kwnames) {
  vectorcallfunc func = vectorcall_function_of(callable);
  if (!func) return call_with_tp_call(callable, args, vectorcall_nargs(nargsf), kwnames);
  return check_result(callable, func(callable, args, nargsf, kwnames));
}

Object* vectorcall_dict(Object* callable, Object* const* args, size_t nargsf, Object* kwargs) {
  ssize nargs = vectorcall_nargs(nargsf);
  if (!kwargs || dict_size(kwargs) == 0) return vectorcall(callable, args, nargsf, nullptr);
  vectorcallfunc func = vectorcall_function_of(callable);
  if (!func) {
    // tp_call wants a dict anyway.
    ternaryfunc call_slot = callable->type->call;
    if (!call_slot) return format_error(&exc::TypeError, "'%.200s' object is not callable", callable->type->name);
    Object* argstuple = tuple_from_array(args, nargs);
    if (!argstuple) return nullptr;
    Object* result = nullptr;
    if (enter_recursive_call(" while calling a Python object") == 0) {
      result = check_result(callable, call_slot(callable, argstuple, kwargs));
      leave_recursive_call();
    }
    decref(argstuple);
    return result;
  }
  Object** stack;
  Object* kwnames;
  if (!dict_to_kwnames(args, nargs, kwargs, &stack, &kwnames)) return nullptr;
  ssize nkw = tuple_size(kwnames);
  Object* result = check_result(callable, func(callable, stack + 1, static_cast<size_t>(nargs) | kVectorcallArgumentsOffset, kwnames));
  free_kwnames_args(stack, nargs + nkw, kwnames);
  return result;
}

Object* vectorcall_with_tuple(Object* callable, Object* args, Object* kwargs) {
  // Instances of a class derived from a vectorcall type keep the base's
  // function at the inherited offset, flag or not.
  ssize offset = callable->type->vectorcall_offset;
  vectorcallfunc func =
      offset > 0 ? *reinterpret_cast<vectorcallfunc*>(reinterpret_cast<char*>(callable) + offset) : nullptr;
  if (!func) return format_error(&exc::TypeError, "'%.200s' object does not support vectorcall", callable->type->name);
  ssize nargs = tuple_size(args);
  if (!kwargs || dict_size(kwargs) == 0) return func(callable, tuple_items(args), static_cast<size_t>(nargs), nullptr);
  Object** stack;
  Object* kwnames;
  if (!dict_to_kwnames(tuple_items(args), nargs, kwargs, &stack, &kwnames)) return nullptr;
  ssize nkw = tuple_size(kwnames);
  Object* result = func(callable, stack + 1, static_cast<size_t>(nargs) | kVectorcallArgumentsOffset, kwnames);
  free_kwnames_args(stack, nargs + nkw, kwnames);
  return result;
}

Object* call(Object* callable, Object* args, Object* kwargs) {
  vectorcallfunc func = vectorcall_function_of(callable);
  if (func) return check_result(callable, vectorcall_with_tuple(callable, args, kwargs));
  ternaryfunc call_slot = callable->type->call;
  if (!call_slot) return format_error(&exc::TypeError, "'%.200s' object is not callable", callable->type->name);
  if (enter_recursive_call(" while calling a Python object") < 0) return nullptr;
  Object* result = call_slot(callable, args, kwargs);
  leave_recursive_call();
  return check_result(callable, result);
}

Object* vectorcall_method(Object* name, Object* const* args, size_t nargsf, Object* kwnames) {
  ssize nargs = vectorcall_nargs(nargsf);
  Object* callable;
  int unbound = get_method(args[0], name, &callable);
  if (!callable) return nullptr;
  Object* result;
  if (unbound) {
    // args[0] is self: use the whole array.
    result = vectorcall(callable, args, static_cast<size_t>(nargs), kwnames);
  } else {
    result = vectorcall(callable, args + 1, static_cast<size_t>(nargs - 1) | kVectorcallArgumentsOffset, kwnames);
  }
  decref(callable);
  return result;
}

// ---- argument parsing ------------------------------------------------------------------------

bool check_positional(const char* name, ssize nargs, ssize min, ssize max) {
  if (nargs < min) {
    format_error(&exc::TypeError, "%.200s expected %s%zd argument%s, got %zd", name, min == max ? "" : "at least ", min,
                 min == 1 ? "" : "s", nargs);
    return false;
  }
  if (nargs == 0) return true;
  if (nargs > max) {
    format_error(&exc::TypeError, "%.200s expected %s%zd argument%s, got %zd", name, min == max ? "" : "at most ", max,
                 max == 1 ? "" : "s", nargs);
    return false;
  }
  return true;
}

bool check_parse_tuple_arity(const char* name, ssize nargs, ssize min, ssize max) {
  if (nargs >= min && nargs <= max) return true;
  ssize bound = nargs < min ? min : max;
  const char* how = min == max ? "exactly" : nargs < min ? "at least" : "at most";
  format_error(&exc::TypeError, "%.150s() takes %s %zd argument%s (%zd given)", name, how, bound,
               bound == 1 ? "" : "s", nargs);
  return false;
}

bool check_no_kwnames(const char* name, Object* kwnames) {
  if (!kwnames || tuple_size(kwnames) == 0) return true;
  format_error(&exc::TypeError, "%.200s() takes no keyword arguments", name);
  return false;
}

bool check_no_kwargs(const char* name, Object* kwargs) {
  if (!kwargs) return true;
  if (!is_dict(kwargs)) {
    bad_internal_call();
    return false;
  }
  if (dict_size(kwargs) == 0) return true;
  format_error(&exc::TypeError, "%.200s() takes no keyword arguments", name);
  return false;
}

namespace {

// The keyword names a parser accepts (the non-positional-only ones).
bool is_keyword_of(const ArgParser& parser, Object* key, ssize* index) {
  ssize i = 0;
  for (const char* kw : parser.keywords) {
    if (*kw && str_equal_cstr(key, kw)) {
      *index = i;
      return true;
    }
    ++i;
  }
  return false;
}

// Finds the keyword argument named `name` among kwnames/kwargs.
Object* find_keyword(const char* name, Object* const* kwvalues, Object* kwnames, Object* kwargs) {
  if (kwargs) return dict_get_item_cstr(kwargs, name);
  for (ssize i = 0; i < tuple_size(kwnames); ++i) {
    Object* key = tuple_item(kwnames, i);
    if (is_str(key) && str_equal_cstr(key, name)) return kwvalues[i];
  }
  return nullptr;
}

void unexpected_keyword(const ArgParser& parser, Object* const* kwvalues, Object* kwnames, Object* kwargs) {
  auto report = [&](Object* key) {
    if (!is_str(key)) {
      set_error(&exc::TypeError, "keywords must be strings");
      return true;
    }
    ssize idx;
    if (!is_keyword_of(parser, key, &idx)) {
      format_error(&exc::TypeError, "'%S' is an invalid keyword argument for %.200s()", key, parser.fname);
      return true;
    }
    return false;
  };
  if (kwargs) {
    ssize pos = 0;
    Object* key;
    while (dict_next(kwargs, &pos, &key, nullptr))
      if (report(key)) return;
  } else {
    for (ssize i = 0; i < tuple_size(kwnames); ++i)
      if (report(tuple_item(kwnames, i))) return;
  }
}

bool unpack_keywords(const ArgParser& parser, Object* const* args, ssize nargs, Object* const* kwvalues,
                     Object* kwnames, Object* kwargs, Object** out) {
  const int maxargs = static_cast<int>(parser.keywords.size());
  int posonly = 0;
  for (const char* kw : parser.keywords) {
    if (*kw) break;
    ++posonly;
  }
  const int minpos = parser.min_positional;
  const int maxpos = parser.max_positional;
  const int minkw = parser.min_keyword_only;
  const int minposonly = posonly < minpos ? posonly : minpos;
  const int reqlimit = minkw ? maxpos + minkw : minpos;
  ssize nkwargs = kwargs ? dict_size(kwargs) : kwnames ? tuple_size(kwnames) : 0;
  for (int i = 0; i < maxargs; ++i) out[i] = nullptr;
  if (nkwargs == 0 && minkw == 0 && minpos <= nargs && nargs <= maxpos) {
    for (ssize i = 0; i < nargs; ++i) out[i] = args[i];
    return true;
  }
  if (nargs + nkwargs > maxargs) {
    format_error(&exc::TypeError, "%.200s() takes at most %d %sargument%s (%zd given)", parser.fname, maxargs,
                 nargs == 0 ? "keyword " : "", maxargs == 1 ? "" : "s", nargs + nkwargs);
    return false;
  }
  if (nargs > maxpos) {
    if (maxpos == 0) {
      format_error(&exc::TypeError, "%.200s() takes no positional arguments", parser.fname);
    } else {
      format_error(&exc::TypeError, "%.200s() takes %s %d positional argument%s (%zd given)", parser.fname,
                   minpos < maxpos ? "at most" : "exactly", maxpos, maxpos == 1 ? "" : "s", nargs);
    }
    return false;
  }
  if (nargs < minposonly) {
    format_error(&exc::TypeError, "%.200s() takes %s %d positional argument%s (%zd given)", parser.fname,
                 minposonly < maxpos ? "at least" : "exactly", minposonly, minposonly == 1 ? "" : "s", nargs);
    return false;
  }
  for (ssize i = 0; i < nargs; ++i) out[i] = args[i];
  int i = nargs > posonly ? static_cast<int>(nargs) : posonly;
  auto kw_at = [&](int k) { return *(parser.keywords.begin() + k); };
  for (; i < maxargs; ++i) {
    Object* current = nullptr;
    if (nkwargs) {
      current = find_keyword(kw_at(i), kwvalues, kwnames, kwargs);
      if (!current && error_occurred()) return false;
    } else if (i >= reqlimit) {
      break;
    }
    out[i] = current;
    if (current) {
      --nkwargs;
    } else if (i < minpos || (maxpos <= i && i < reqlimit)) {
      format_error(&exc::TypeError, "%.200s() missing required argument '%s' (pos %d)", parser.fname, kw_at(i), i + 1);
      return false;
    }
  }
  if (nkwargs > 0) {
    // A keyword also given by position?
    for (int k = posonly; k < nargs; ++k) {
      Object* current = find_keyword(kw_at(k), kwvalues, kwnames, kwargs);
      if (current) {
        format_error(&exc::TypeError, "argument for %.200s() given by name ('%s') and position (%d)", parser.fname,
                     kw_at(k), k + 1);
        return false;
      }
      if (error_occurred()) return false;
    }
    unexpected_keyword(parser, kwvalues, kwnames, kwargs);
    return false;
  }
  return true;
}

}  // namespace

bool parse_args(const ArgParser& parser, Object* const* args, ssize nargs, Object* kwnames, Object** out) {
  if (kwnames && tuple_size(kwnames) == 0) kwnames = nullptr;
  return unpack_keywords(parser, args, nargs, args + nargs, kwnames, nullptr, out);
}

bool parse_args_dict(const ArgParser& parser, Object* args_tuple, Object* kwargs, Object** out) {
  if (kwargs && dict_size(kwargs) == 0) kwargs = nullptr;
  return unpack_keywords(parser, tuple_items(args_tuple), tuple_size(args_tuple), nullptr, nullptr, kwargs, out);
}

bool arg_to_ssize(Object* o, ssize* out) {
  Object* i = number_index(o);
  if (!i) return false;
  ssize v = int_as_ssize(i);
  decref(i);
  if (v == -1 && error_occurred()) return false;
  *out = v;
  return true;
}

namespace {

bool slice_index_value(Object* o, ssize* out, const char* message) {
  if (!has_index(o)) {
    set_error(&exc::TypeError, message);
    return false;
  }
  ssize v = number_as_ssize(o, nullptr);
  if (v == -1 && error_occurred()) return false;
  *out = v;
  return true;
}

}  // namespace

bool arg_to_slice_index(Object* o, ssize* out) {
  if (o == None) return true;
  return slice_index_value(o, out, "slice indices must be integers or None or have an __index__ method");
}

bool arg_to_slice_index_not_none(Object* o, ssize* out) {
  return slice_index_value(o, out, "slice indices must be integers or have an __index__ method");
}

bool arg_to_int(Object* o, int* out) {
  if (is_float(o)) {
    set_error(&exc::TypeError, "'float' object cannot be interpreted as an integer");
    return false;
  }
  Object* i = number_index(o);
  if (!i) return false;
  int overflow;
  int64_t v = int_as_i64_overflow(i, &overflow);
  decref(i);
  if (overflow || v > INT32_MAX || v < INT32_MIN) {
    set_error(&exc::OverflowError, overflow > 0 || v > INT32_MAX ? "Python int too large to convert to C int"
                                                                 : "Python int too large to convert to C int");
    return false;
  }
  *out = static_cast<int>(v);
  return true;
}

}  // namespace glasspy
