// Error messages for calls with argument unpacking (see call_support.h).
#include "vm/call_support.h"

#include "objects/abstract.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/known_strings.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace glasspy {

Object* function_str(Object* func) {
  Object* qualname;
  if (lookup_attr(func, ID(dunder_qualname), &qualname) < 0) return nullptr;
  if (!qualname) return object_str(func);
  Object* module;
  Object* result = nullptr;
  if (lookup_attr(func, ID(dunder_module), &module) < 0) {
    decref(qualname);
    return nullptr;
  }
  if (module && module != None) {
    int ne = rich_compare_bool(module, ID(builtins), kNE);
    if (ne < 0) {
      decref(qualname);
      decref(module);
      return nullptr;
    }
    if (ne > 0) {
      result = str_from_format("%S.%S()", module, qualname);
      decref(qualname);
      decref(module);
      return result;
    }
  }
  xdecref(module);
  result = str_from_format("%S()", qualname);
  decref(qualname);
  return result;
}

void format_kwargs_error(Object* func, Object* kwargs) {
  if (error_matches(&exc::AttributeError)) {
    clear_error();
    Object* funcstr = function_str(func);
    if (funcstr) {
      format_error(&exc::TypeError, "%U argument after ** must be a mapping, not %.200s", funcstr,
                   kwargs->type->name);
      decref(funcstr);
    }
  } else if (error_matches(&exc::KeyError)) {
    Object* e = fetch_error();
    Object* args = exception_args(e);
    if (args && is_tuple(args) && tuple_size(args) == 1) {
      Object* funcstr = function_str(func);
      if (funcstr) {
        format_error(&exc::TypeError, "%U got multiple values for keyword argument '%S'", funcstr,
                     tuple_item(args, 0));
        decref(funcstr);
      }
      decref(e);
    } else {
      restore_error(e);
    }
  }
}

int check_args_iterable(Object* func, Object* args) {
  if (!args->type->iter && !is_sequence(args)) {
    clear_error();
    Object* funcstr = function_str(func);
    if (funcstr) {
      format_error(&exc::TypeError, "%U argument after * must be an iterable, not %.200s", funcstr,
                   args->type->name);
      decref(funcstr);
    }
    return -1;
  }
  return 0;
}

}  // namespace glasspy
