// Built-in functions about numbers and ordering: abs, divmod, pow, round,
// sum, min, max (Python/bltinmodule.c).
#include "modules/builtins_module.h"
#include "objects/abstract.h"
#include "objects/bytes.h"
#include "objects/call.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/known_strings.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace glasspy {

namespace {

Object* builtin_abs(Object* module, Object* x) { return number_absolute(x); }

Object* builtin_divmod(Object* module, Object* const* args, ssize nargs) {
  if (!check_positional("divmod", nargs, 2, 2)) return nullptr;
  return number_divmod(args[0], args[1]);
}

Object* builtin_pow(Object* module, Object* const* args, ssize nargs, Object* kwnames) {
  static ArgParser parser{"pow", {"base", "exp", "mod"}, 2, 3};
  Object* out[3];
  if (!parse_args(parser, args, nargs, kwnames, out)) return nullptr;
  return number_power(out[0], out[1], out[2] ? out[2] : None);
}

Object* builtin_round(Object* module, Object* const* args, ssize nargs, Object* kwnames) {
  static ArgParser parser{"round", {"number", "ndigits"}, 1, 2};
  Object* out[2];
  if (!parse_args(parser, args, nargs, kwnames, out)) return nullptr;
  Object* number = out[0];
  Object* ndigits = out[1];
  Object* round = lookup_special(number, ID(dunder_round));
  if (!round) {
    if (!error_occurred()) {
      format_error(&exc::TypeError, "type %.100s doesn't define __round__ method", number->type->name);
    }
    return nullptr;
  }
  Object* result = (!ndigits || ndigits == None) ? call_no_args(round) : call_function(round, ndigits);
  decref(round);
  return result;
}

Object* builtin_sum(Object* module, Object* const* args, ssize nargs, Object* kwnames) {
  static ArgParser parser{"sum", {"", "start"}, 1, 2};
  Object* out[2];
  if (!parse_args(parser, args, nargs, kwnames, out)) return nullptr;
  Object* iter = get_iter(out[0]);
  if (!iter) return nullptr;
  Object* result = out[1];
  if (!result) {
    result = int_from_i64(0);
  } else {
    const char* bad = nullptr;
    if (is_str(result)) {
      bad = "sum() can't sum strings [use ''.join(seq) instead]";
    } else if (is_bytes(result)) {
      bad = "sum() can't sum bytes [use b''.join(seq) instead]";
    } else if (is_bytearray(result)) {
      bad = "sum() can't sum bytearray [use b''.join(seq) instead]";
    }
    if (bad) {
      set_error(&exc::TypeError, bad);
      decref(iter);
      return nullptr;
    }
    incref(result);
  }
  for (;;) {
    Object* item = iter_next(iter);
    if (!item) break;
    Object* temp = number_add(result, item);
    decref(result);
    decref(item);
    result = temp;
    if (!result) break;
  }
  decref(iter);
  if (error_occurred()) {
    xdecref(result);
    return nullptr;
  }
  return result;
}

Object* min_max(Object* args, Object* kwds, int op) {
  const char* name = op == kLT ? "min" : "max";
  ssize n = tuple_size(args);
  bool positional = n > 1;
  Object* v;
  if (positional) {
    v = args;
  } else if (n == 1) {
    v = tuple_item(args, 0);
  } else {
    return format_error(&exc::TypeError, "%s expected at least 1 argument, got 0", name);
  }
  Object* keyfunc = nullptr;
  Object* defaultval = nullptr;
  if (kwds) {
    ssize pos = 0;
    Object* key;
    Object* value;
    while (dict_next(kwds, &pos, &key, &value)) {
      if (is_str(key) && str_equal_cstr(key, "key")) {
        keyfunc = value;
      } else if (is_str(key) && str_equal_cstr(key, "default")) {
        defaultval = value;
      } else {
        if (!is_str(key)) {
          set_error(&exc::TypeError, "keywords must be strings");
          return nullptr;
        }
        return format_error(&exc::TypeError, "'%U' is an invalid keyword argument for %s()", key, name);
      }
    }
  }
  if (positional && defaultval) {
    return format_error(&exc::TypeError,
                        "Cannot specify a default for %s() with multiple positional arguments", name);
  }
  Object* it = get_iter(v);
  if (!it) return nullptr;
  if (keyfunc == None) keyfunc = nullptr;
  Object* maxitem = nullptr;
  Object* maxval = nullptr;
  Object* item;
  while ((item = iter_next(it))) {
    Object* val;
    if (keyfunc) {
      val = call_function(keyfunc, item);
      if (!val) {
        decref(item);
        goto fail;
      }
    } else {
      val = newref(item);
    }
    if (!maxval) {
      maxitem = item;
      maxval = val;
    } else {
      int cmp = rich_compare_bool(val, maxval, op);
      if (cmp < 0) {
        decref(item);
        decref(val);
        goto fail;
      }
      if (cmp > 0) {
        decref(maxval);
        decref(maxitem);
        maxval = val;
        maxitem = item;
      } else {
        decref(item);
        decref(val);
      }
    }
  }
  if (error_occurred()) goto fail;
  if (!maxval) {
    if (defaultval) {
      maxitem = newref(defaultval);
    } else {
      format_error(&exc::ValueError, "%s() arg is an empty sequence", name);
    }
  } else {
    decref(maxval);
  }
  decref(it);
  return maxitem;
fail:
  xdecref(maxval);
  xdecref(maxitem);
  decref(it);
  return nullptr;
}

Object* builtin_min(Object* module, Object* args, Object* kwds) { return min_max(args, kwds, kLT); }
Object* builtin_max(Object* module, Object* args, Object* kwds) { return min_max(args, kwds, kGT); }

}  // namespace

MethodDef builtins_numeric_functions[] = {
    MethodDef("abs", static_cast<OneArgMethod>(builtin_abs), "abs($module, x, /)\n--\n\n"),
    MethodDef("divmod", static_cast<FastMethod>(builtin_divmod), "divmod($module, x, y, /)\n--\n\n"),
    MethodDef("pow", static_cast<FastKeywordsMethod>(builtin_pow), "pow($module, /, base, exp, mod=None)\n--\n\n"),
    MethodDef("round", static_cast<FastKeywordsMethod>(builtin_round),
              "round($module, /, number, ndigits=None)\n--\n\n"),
    MethodDef("sum", static_cast<FastKeywordsMethod>(builtin_sum), "sum($module, iterable, /, start=0)\n--\n\n"),
    MethodDef("min", static_cast<VarargsKeywordsMethod>(builtin_min)),
    MethodDef("max", static_cast<VarargsKeywordsMethod>(builtin_max)),
    {},
};

}  // namespace glasspy
