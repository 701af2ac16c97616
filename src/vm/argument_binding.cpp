// Binding call arguments to a function's parameters, with CPython's
// TypeError messages (see bind_arguments in function_object.h).
//
// The order of the checks is CPython's, since it decides which error a bad
// call reports: keywords are placed first (unknown name, duplicate), then
// too many positional arguments, then missing positional ones (after
// defaults), then missing keyword-only ones (after kwdefaults).  Messages
// name the function by its __qualname__.
#include <string>
#include <vector>

#include "objects/abstract.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/code_object.h"
#include "vm/function_object.h"

namespace glasspy {

namespace {

// "'a'", "'a' and 'b'", "'a', 'b', and 'c'".
void format_missing(const char* kind, const std::vector<std::string>& names, Object* qualname) {
  std::string joined;
  size_t n = names.size();
  if (n == 1) {
    joined = names[0];
  } else if (n == 2) {
    joined = names[0] + " and " + names[1];
  } else {
    for (size_t i = 0; i + 2 < n; ++i) {
      if (i) joined += ", ";
      joined += names[i];
    }
    joined += ", " + names[n - 2] + ", and " + names[n - 1];
  }
  format_error(&exc::TypeError, "%U() missing %d required %s argument%s: %s", qualname,
               static_cast<int>(n), kind, n == 1 ? "" : "s", joined.c_str());
}

void missing_arguments(CodeObject* co, ssize defcount, Object** localsplus, Object* qualname) {
  bool positional = defcount != -1;
  ssize start, end;
  if (positional) {
    start = 0;
    end = co->co_argcount - defcount;
  } else {
    start = co->co_argcount;
    end = start + co->co_kwonlyargcount;
  }
  std::vector<std::string> names;
  for (ssize i = start; i < end; ++i) {
    if (localsplus[i]) continue;
    Object* r = object_repr(tuple_item(co->co_localsplusnames, i));
    if (!r) return;
    names.push_back(str_to_std(r));
    decref(r);
  }
  format_missing(positional ? "positional" : "keyword-only", names, qualname);
}

void too_many_positional(CodeObject* co, ssize given, Object* defaults, Object** localsplus,
                         Object* qualname) {
  ssize argcount = co->co_argcount;
  ssize kwonly_given = 0;
  for (ssize i = argcount; i < argcount + co->co_kwonlyargcount; ++i)
    if (localsplus[i]) ++kwonly_given;
  ssize defcount = defaults ? tuple_size(defaults) : 0;
  std::string sig;
  bool plural;
  if (defcount) {
    plural = true;
    sig = "from " + std::to_string(argcount - defcount) + " to " + std::to_string(argcount);
  } else {
    plural = argcount != 1;
    sig = std::to_string(argcount);
  }
  std::string kwonly_sig;
  if (kwonly_given) {
    kwonly_sig = std::string(" positional argument") + (given != 1 ? "s" : "") + " (and " +
                 std::to_string(kwonly_given) + " keyword-only argument" +
                 (kwonly_given != 1 ? "s" : "") + ")";
  }
  format_error(&exc::TypeError, "%U() takes %s positional argument%s but %zd%s %s given", qualname,
               sig.c_str(), plural ? "s" : "", given, kwonly_sig.c_str(),
               given == 1 && !kwonly_given ? "was" : "were");
}

// A positional-only parameter named as a keyword (and no **kwargs to take
// it): "f() got some positional-only arguments passed as keyword arguments:
// 'a, b'".  True if it reported.
bool positional_only_passed_as_keyword(CodeObject* co, Object* kwnames, Object* qualname) {
  std::string names;
  int count = 0;
  for (int k = 0; k < co->co_posonlyargcount; ++k) {
    Object* posonly = tuple_item(co->co_localsplusnames, k);
    for (ssize i = 0; i < tuple_size(kwnames); ++i) {
      Object* kw = tuple_item(kwnames, i);
      int eq = rich_compare_bool(posonly, kw, kEQ);
      if (eq < 0) return true;
      if (eq) {
        if (count++) names += ", ";
        names += str_to_std(posonly);
        break;
      }
    }
  }
  if (!count) return false;
  format_error(&exc::TypeError,
               "%U() got some positional-only arguments passed as keyword arguments: '%s'",
               qualname, names.c_str());
  return true;
}

}  // namespace

int bind_arguments(FunctionObject* func, Object** localsplus, Object* const* args, ssize argcount,
                   Object* kwnames) {
  CodeObject* co = as_code(func->func_code);
  // The common call: exactly the positional parameters, nothing else.
  if (!kwnames && argcount == co->co_argcount && co->co_kwonlyargcount == 0 &&
      !(co->co_flags & (CO_VARARGS | CO_VARKEYWORDS))) {
    for (ssize k = 0; k < argcount; ++k) localsplus[k] = args[k];
    return 0;
  }
  const ssize total_args = co->co_argcount + co->co_kwonlyargcount;
  ssize kwcount = kwnames ? tuple_size(kwnames) : 0;
  Object* kwdict = nullptr;
  ssize i;

  if (co->co_flags & CO_VARKEYWORDS) {
    kwdict = dict_new();
    if (!kwdict) {
      for (ssize k = 0; k < argcount + kwcount; ++k) decref(args[k]);
      return -1;
    }
    i = total_args;
    if (co->co_flags & CO_VARARGS) ++i;
    localsplus[i] = kwdict;
  }

  ssize n = argcount > co->co_argcount ? co->co_argcount : argcount;
  for (ssize j = 0; j < n; ++j) localsplus[j] = args[j];

  if (co->co_flags & CO_VARARGS) {
    Object* u;
    if (argcount == n) {
      u = newref(empty_tuple());
    } else {
      u = tuple_from_array(args + n, argcount - n);
      for (ssize j = n; j < argcount; ++j) decref(args[j]);
    }
    if (!u) {
      for (ssize k = argcount; k < argcount + kwcount; ++k) decref(args[k]);
      return -1;
    }
    localsplus[total_args] = u;
  } else if (argcount > n) {
    for (ssize j = n; j < argcount; ++j) decref(args[j]);
  }

  for (i = 0; i < kwcount; ++i) {
    Object* keyword = tuple_item(kwnames, i);
    Object* value = args[argcount + i];
    ssize j;
    bool found = false;
    if (!is_str(keyword)) {
      format_error(&exc::TypeError, "%U() keywords must be strings", func->func_qualname);
      goto kw_fail;
    }
    for (j = co->co_posonlyargcount; j < total_args; ++j) {
      if (tuple_item(co->co_localsplusnames, j) == keyword) {
        found = true;
        break;
      }
    }
    if (!found) {
      for (j = co->co_posonlyargcount; j < total_args; ++j) {
        int cmp = rich_compare_bool(keyword, tuple_item(co->co_localsplusnames, j), kEQ);
        if (cmp < 0) goto kw_fail;
        if (cmp > 0) {
          found = true;
          break;
        }
      }
    }
    if (!found) {
      if (!kwdict) {
        if (co->co_posonlyargcount &&
            positional_only_passed_as_keyword(co, kwnames, func->func_qualname)) {
          goto kw_fail;
        }
        format_error(&exc::TypeError, "%U() got an unexpected keyword argument '%S'",
                     func->func_qualname, keyword);
        goto kw_fail;
      }
      if (dict_set_item(kwdict, keyword, value) < 0) goto kw_fail;
      decref(value);
      continue;
    }
    if (localsplus[j]) {
      format_error(&exc::TypeError, "%U() got multiple values for argument '%S'",
                   func->func_qualname, keyword);
      goto kw_fail;
    }
    localsplus[j] = value;
    continue;
  kw_fail:
    for (; i < kwcount; ++i) decref(args[argcount + i]);
    return -1;
  }

  if (argcount > co->co_argcount && !(co->co_flags & CO_VARARGS)) {
    too_many_positional(co, argcount, func->func_defaults, localsplus, func->func_qualname);
    return -1;
  }

  if (argcount < co->co_argcount) {
    ssize defcount = func->func_defaults ? tuple_size(func->func_defaults) : 0;
    ssize m = co->co_argcount - defcount;
    ssize missing = 0;
    for (i = argcount; i < m; ++i)
      if (!localsplus[i]) ++missing;
    if (missing) {
      missing_arguments(co, defcount, localsplus, func->func_qualname);
      return -1;
    }
    i = n > m ? n - m : 0;
    for (; i < defcount; ++i) {
      if (!localsplus[m + i]) localsplus[m + i] = newref(tuple_item(func->func_defaults, i));
    }
  }

  if (co->co_kwonlyargcount > 0) {
    ssize missing = 0;
    for (i = co->co_argcount; i < total_args; ++i) {
      if (localsplus[i]) continue;
      Object* name = tuple_item(co->co_localsplusnames, i);
      if (func->func_kwdefaults) {
        Object* def = dict_get_item(func->func_kwdefaults, name);
        if (def) {
          localsplus[i] = newref(def);
          continue;
        }
        if (error_occurred()) return -1;
      }
      ++missing;
    }
    if (missing) {
      missing_arguments(co, -1, localsplus, func->func_qualname);
      return -1;
    }
  }
  return 0;
}

}  // namespace glasspy
