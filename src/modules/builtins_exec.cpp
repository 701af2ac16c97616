// Built-in functions about code and namespaces: exec, eval, compile,
// globals, locals, vars, __build_class__ (Python/bltinmodule.c).
#include <string>

#include "modules/builtins_module.h"
#include "objects/abstract.h"
#include "objects/buffer.h"
#include "objects/bytes.h"
#include "objects/call.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/known_strings.h"
#include "objects/list.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "vm/cell.h"
#include "vm/code_object.h"
#include "vm/eval.h"
#include "vm/frame.h"
#include "vm/function_object.h"
#include "vm/import.h"
#include "vm/interpreter.h"
#include "vm/source_compiler.h"
#include "vm/vm_strings.h"

namespace glasspy {

namespace {

// The source text of compile/exec/eval: a str's UTF-8, or the bytes of
// bytes, a bytearray or any other object exporting a buffer.
bool source_as_string(Object* cmd, const char* funcname, const char* what, std::string& out) {
  if (is_str(cmd)) {
    ssize len;
    const char* s = str_as_utf8(cmd, &len);
    if (!s) return false;
    out.assign(s, static_cast<size_t>(len));
  } else if (is_bytes(cmd) || is_bytearray(cmd)) {
    std::string_view v;
    if (!bytes_like_view(cmd, &v)) return false;
    out.assign(v);
  } else if (Buffer view; has_buffer(cmd) && get_buffer(cmd, &view) == 0) {
    out.assign(view.buf, static_cast<size_t>(view.len));
    release_buffer(&view);
  } else {
    if (has_buffer(cmd)) clear_error();
    format_error(&exc::TypeError, "%s() arg 1 must be a %s object", funcname, what);
    return false;
  }
  if (out.find('\0') != std::string::npos) {
    set_error(&exc::SyntaxError, "source code string cannot contain null bytes");
    return false;
  }
  return true;
}

// compile()'s filename: a str, bytes, or an os.PathLike whose __fspath__
// gives one of those.
bool filename_as_string(Object* filename, std::string& out) {
  Object* path = nullptr;
  if (!is_str(filename) && !is_bytes(filename)) {
    Object* fspath = lookup_special(filename, str_intern_cstr("__fspath__"));
    if (!fspath) {
      if (!error_occurred()) {
        format_error(&exc::TypeError, "expected str, bytes or os.PathLike object, not %.200s",
                     filename->type->name);
      }
      return false;
    }
    path = call_no_args(fspath);
    decref(fspath);
    if (!path) return false;
    if (!is_str(path) && !is_bytes(path)) {
      format_error(&exc::TypeError, "expected %.200s.__fspath__() to return str or bytes, not %.200s",
                   filename->type->name, path->type->name);
      decref(path);
      return false;
    }
    filename = path;
  }
  out = is_str(filename) ? str_to_std(filename) : std::string(bytes_view(filename));
  xdecref(path);
  return true;
}

int ensure_builtins(Object* globals) {
  int r = dict_contains(globals, ID(dunder_builtins));
  if (r == 0) r = dict_set_item(globals, ID(dunder_builtins), current_builtins());
  return r < 0 ? -1 : 0;
}

// The __future__ features (CO_FUTURE_* bits of co_flags) in force in the
// calling code: compiling a string inherits them, as in CPython.
constexpr int kFutureFlagsMask = 0x1fe0000;

// Source compiled as a module from a string ends with a newline, added when
// missing, as CPython's tokenizer adds it for string input (so an error's
// text is "a b\n", as it would be read from a file).
void end_module_source_with_newline(std::string& src, SourceMode mode) {
  if (mode == SourceMode::Exec && (src.empty() || (src.back() != '\n' && src.back() != '\r'))) src += '\n';
}

int inherited_future_flags() {
  Frame* frame = current_frame();
  return frame && frame->code ? frame->code->co_flags & kFutureFlagsMask : 0;
}

Object* run_string(std::string src, SourceMode mode, Object* globals, Object* locals) {
  end_module_source_with_newline(src, mode);
  SourceCompileOptions options;
  options.mode = mode;
  options.origin = SourceOrigin::String;
  options.quote_lines = false;
  options.future_flags = inherited_future_flags();
  Object* code = compile_source(src, "<string>", options);
  if (!code) return nullptr;
  Object* r = eval_code(code, globals, locals);
  decref(code);
  return r;
}

// exec(code, ..., closure=cells): code with free variables needs a tuple
// of exactly that many cells, and code without them takes no closure.
Object* exec_code_with_closure(Object* code, Object* globals, Object* locals, Object* closure) {
  ssize nfree = as_code(code)->co_nfreevars;
  if (nfree == 0) {
    if (closure) {
      set_error(&exc::TypeError, "cannot use a closure with this code object");
      return nullptr;
    }
    return eval_code(code, globals, locals);
  }
  bool ok = closure && is_tuple_exact(closure) && tuple_size(closure) == nfree;
  for (ssize i = 0; ok && i < nfree; ++i) ok = is_cell(tuple_item(closure, i));
  if (!ok) return format_error(&exc::TypeError, "code object requires a closure of exactly length %zd", nfree);
  Object* func = function_new(code, globals);
  if (!func) return nullptr;
  as_function(func)->func_closure = newref(closure);
  Object* r = function_call_with_locals(as_function(func), locals, nullptr, 0, nullptr);
  decref(func);
  return r;
}

Object* builtin_exec(Object* module, Object* const* args, ssize nargs, Object* kwnames) {
  static ArgParser parser{"exec", {"", "", "", "closure"}, 1, 3};
  Object* out[4];
  if (!parse_args(parser, args, nargs, kwnames, out)) return nullptr;
  Object* source = out[0];
  Object* globals = out[1] ? out[1] : None;
  Object* locals = out[2] ? out[2] : None;
  Object* closure = out[3] == None ? nullptr : out[3];
  Object* owned_locals = nullptr;
  if (globals == None) {
    globals = current_globals();
    if (locals == None) {
      owned_locals = current_locals();
      if (!owned_locals) {
        if (!error_occurred()) set_error(&exc::SystemError, "globals and locals cannot be NULL");
        return nullptr;
      }
      locals = owned_locals;
    }
    if (!globals) {
      xdecref(owned_locals);
      set_error(&exc::SystemError, "globals and locals cannot be NULL");
      return nullptr;
    }
  } else if (locals == None) {
    locals = globals;
  }
  Object* result = nullptr;
  if (!is_dict(globals)) {
    format_error(&exc::TypeError, "exec() globals must be a dict, not %.100s", globals->type->name);
  } else if (!is_mapping(locals)) {
    format_error(&exc::TypeError, "locals must be a mapping or None, not %.100s", locals->type->name);
  } else if (ensure_builtins(globals) == 0) {
    if (is_code(source)) {
      result = exec_code_with_closure(source, globals, locals, closure);
    } else if (closure) {
      set_error(&exc::TypeError, "closure can only be used when source is a code object");
    } else {
      std::string src;
      if (source_as_string(source, "exec", "string, bytes or code", src)) {
        result = run_string(src, SourceMode::Exec, globals, locals);
      }
    }
  }
  xdecref(owned_locals);
  if (!result) return nullptr;
  decref(result);
  return newref(None);
}

Object* builtin_eval(Object* module, Object* const* args, ssize nargs, Object* kwnames) {
  // eval's parameters are positional only, checked as CPython checks them.
  if (!check_no_kwnames("eval", kwnames) || !check_positional("eval", nargs, 1, 3)) return nullptr;
  Object* source = args[0];
  Object* globals = nargs > 1 ? args[1] : None;
  Object* locals = nargs > 2 ? args[2] : None;
  if (locals != None && !is_mapping(locals)) {
    set_error(&exc::TypeError, "locals must be a mapping");
    return nullptr;
  }
  if (globals != None && !is_dict(globals)) {
    set_error(&exc::TypeError, is_mapping(globals) ? "globals must be a real dict; try eval(expr, {}, mapping)"
                                                   : "globals must be a dict");
    return nullptr;
  }
  Object* owned_locals = nullptr;
  if (globals == None) {
    globals = current_globals();
    if (locals == None) {
      owned_locals = current_locals();
      if (!owned_locals && error_occurred()) return nullptr;
      locals = owned_locals;
    }
  } else if (locals == None) {
    locals = globals;
  }
  if (!globals || !locals) {
    xdecref(owned_locals);
    set_error(&exc::TypeError, "eval must be given globals and locals when called without a frame");
    return nullptr;
  }
  Object* result = nullptr;
  if (ensure_builtins(globals) == 0) {
    if (is_code(source)) {
      if (as_code(source)->co_nfreevars > 0) {
        set_error(&exc::TypeError, "code object passed to eval() may not contain free variables");
      } else {
        result = eval_code(source, globals, locals);
      }
    } else {
      std::string src;
      if (source_as_string(source, "eval", "string, bytes or code", src)) {
        size_t skip = 0;
        while (skip < src.size() && (src[skip] == ' ' || src[skip] == '\t')) ++skip;
        result = run_string(src.substr(skip), SourceMode::Eval, globals, locals);
      }
    }
  }
  xdecref(owned_locals);
  return result;
}

Object* builtin_compile(Object* module, Object* const* args, ssize nargs, Object* kwnames) {
  static ArgParser parser{"compile",
                          {"source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"},
                          3, 6, 0};
  Object* out[7];
  if (!parse_args(parser, args, nargs, kwnames, out)) return nullptr;
  Object* source = out[0];
  Object* filename = out[1];
  Object* mode = out[2];
  int flags = 0;
  if (out[3] && !arg_to_int(out[3], &flags)) return nullptr;
  int dont_inherit = 0;
  if (out[4] && !arg_to_int(out[4], &dont_inherit)) return nullptr;
  int optimize = -1;
  if (out[5] && !arg_to_int(out[5], &optimize)) return nullptr;
  // The flags compile() knows: the __future__ features, the obsolete
  // CO_NESTED, and PyCF_ONLY_AST, DONT_IMPLY_DEDENT, TYPE_COMMENTS,
  // ALLOW_TOP_LEVEL_AWAIT and ALLOW_INCOMPLETE_INPUT.
  constexpr int kKnownFlags = 0x1fe0000 | 0x10 | 0x400 | 0x200 | 0x1000 | 0x2000 | 0x4000;
  if (flags & ~kKnownFlags) {
    set_error(&exc::ValueError, "compile(): unrecognised flags");
    return nullptr;
  }
  if (optimize < -1 || optimize > 2) {
    set_error(&exc::ValueError, "compile(): invalid optimize value");
    return nullptr;
  }
  std::string fname;
  if (!filename_as_string(filename, fname)) return nullptr;
  if (!is_str(mode)) {
    return format_error(&exc::TypeError, "compile() argument 'mode' must be str, not %.200s",
                        mode == None ? "None" : mode->type->name);
  }
  SourceMode cmode;
  if (str_equal_cstr(mode, "exec")) {
    cmode = SourceMode::Exec;
  } else if (str_equal_cstr(mode, "eval")) {
    cmode = SourceMode::Eval;
  } else if (str_equal_cstr(mode, "single")) {
    cmode = SourceMode::Single;
  } else {
    set_error(&exc::ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
    return nullptr;
  }
  if (flags & 0x400) {
    set_error(&exc::NotImplementedError, "compile() to an AST object is not supported yet");
    return nullptr;
  }
  std::string src;
  if (!source_as_string(source, "compile", "string, bytes or AST", src)) return nullptr;
  SourceCompileOptions options;
  options.mode = cmode;
  options.origin = SourceOrigin::String;
  options.quote_lines = false;
  options.future_flags = (flags & kFutureFlagsMask) | (dont_inherit ? 0 : inherited_future_flags());
  options.optimize = optimize < 0 ? 0 : optimize;
  end_module_source_with_newline(src, cmode);
  return compile_source(src, fname, options);
}

Object* builtin_globals(Object* module) {
  Object* g = current_globals();
  return xnewref(g ? g : None);
}

Object* builtin_locals(Object* module) {
  Object* l = current_locals();
  if (!l && !error_occurred()) return newref(None);
  return l;
}

Object* builtin_vars(Object* module, Object* const* args, ssize nargs) {
  if (!check_positional("vars", nargs, 0, 1)) return nullptr;
  if (nargs == 0) return builtin_locals(module);
  Object* d;
  if (lookup_attr(args[0], ID(dunder_dict), &d) == 0) {
    set_error(&exc::TypeError, "vars() argument must have __dict__ attribute");
    return nullptr;
  }
  return d;
}

// update_bases: __mro_entries__ of non-class bases.
Object* update_bases(Object* bases, Object* const* args, ssize nargs) {
  Object* new_bases = nullptr;
  for (ssize i = 0; i < nargs; ++i) {
    Object* base = args[i];
    if (is_type(base)) {
      if (new_bases && list_append(new_bases, base) < 0) goto error;
      continue;
    }
    Object* meth;
    if (lookup_attr(base, ID(dunder_mro_entries), &meth) < 0) goto error;
    if (!meth) {
      if (new_bases && list_append(new_bases, base) < 0) goto error;
      continue;
    }
    {
      Object* new_base = call_function(meth, bases);
      decref(meth);
      if (!new_base) goto error;
      if (!is_tuple(new_base)) {
        set_error(&exc::TypeError, "__mro_entries__ must return a tuple");
        decref(new_base);
        goto error;
      }
      if (!new_bases) {
        new_bases = list_from_array(args, i);
        if (!new_bases) {
          decref(new_base);
          goto error;
        }
      }
      ssize j = list_size(new_bases);
      int r = list_set_slice(new_bases, j, j, new_base);
      decref(new_base);
      if (r < 0) goto error;
    }
  }
  if (!new_bases) return newref(bases);
  {
    Object* result = list_as_tuple(new_bases);
    decref(new_bases);
    return result;
  }
error:
  xdecref(new_bases);
  return nullptr;
}

Type* calculate_metaclass(Type* metatype, Object* bases) {
  Type* winner = metatype;
  for (ssize i = 0; i < tuple_size(bases); ++i) {
    Type* tmptype = tuple_item(bases, i)->type;
    if (is_subtype(winner, tmptype)) continue;
    if (is_subtype(tmptype, winner)) {
      winner = tmptype;
      continue;
    }
    set_error(&exc::TypeError,
              "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the "
              "metaclasses of all its bases");
    return nullptr;
  }
  return winner;
}

Object* builtin_build_class(Object* module, Object* const* args, ssize nargs, Object* kwnames) {
  if (nargs < 2) {
    set_error(&exc::TypeError, "__build_class__: not enough arguments");
    return nullptr;
  }
  Object* func = args[0];
  if (!is_function(func)) {
    set_error(&exc::TypeError, "__build_class__: func must be a function");
    return nullptr;
  }
  Object* name = args[1];
  if (!is_str(name)) {
    set_error(&exc::TypeError, "__build_class__: name is not a string");
    return nullptr;
  }
  Object* orig_bases = tuple_from_array(args + 2, nargs - 2);
  if (!orig_bases) return nullptr;
  Object* bases = update_bases(orig_bases, args + 2, nargs - 2);
  if (!bases) {
    decref(orig_bases);
    return nullptr;
  }
  Object* meta = nullptr;
  Object* mkw = nullptr;
  Object* ns = nullptr;
  Object* cell = nullptr;
  Object* cls = nullptr;
  bool isclass = false;
  if (kwnames && tuple_size(kwnames) > 0) {
    mkw = kwnames_to_dict(args + nargs, kwnames);
    if (!mkw) goto error;
    meta = dict_get_item(mkw, VM_ID(metaclass));
    if (meta) {
      incref(meta);
      if (dict_del_item(mkw, VM_ID(metaclass)) < 0) goto error;
      isclass = is_type(meta);
    } else if (error_occurred()) {
      goto error;
    }
  }
  if (!meta) {
    meta = tuple_size(bases) == 0 ? static_cast<Object*>(&TypeType) : static_cast<Object*>(tuple_item(bases, 0)->type);
    incref(meta);
    isclass = true;
  }
  if (isclass) {
    Type* winner = calculate_metaclass(static_cast<Type*>(meta), bases);
    if (!winner) goto error;
    if (winner != meta) setref(meta, newref(static_cast<Object*>(winner)));
  }
  {
    Object* prep;
    if (lookup_attr(meta, ID(dunder_prepare), &prep) < 0) {
      ns = nullptr;
    } else if (!prep) {
      ns = dict_new();
    } else {
      Object* pargs[2] = {name, bases};
      ns = vectorcall_dict(prep, pargs, 2, mkw);
      decref(prep);
    }
  }
  if (!ns) goto error;
  if (!is_mapping(ns)) {
    format_error(&exc::TypeError, "%.200s.__prepare__() must return a mapping, not %.200s",
                 isclass ? static_cast<Type*>(meta)->name : "<metaclass>", ns->type->name);
    goto error;
  }
  cell = function_call_with_locals(as_function(func), ns, nullptr, 0, nullptr);
  if (cell) {
    if (bases != orig_bases) {
      if (set_item(ns, ID(dunder_orig_bases), orig_bases) < 0) goto error;
    }
    Object* margs[3] = {name, bases, ns};
    cls = vectorcall_dict(meta, margs, 3, mkw);
    if (cls && is_type(cls) && is_cell(cell)) {
      Object* cell_cls = cell_get(cell);
      if (cell_cls != cls) {
        if (!cell_cls) {
          format_error(&exc::RuntimeError,
                       "__class__ not set defining %.200R as %.200R. Was __classcell__ propagated to type.__new__?",
                       name, cls);
        } else {
          format_error(&exc::TypeError, "__class__ set to %.200R defining %.200R as %.200R", cell_cls, name, cls);
        }
        clear_ref(cls);
      }
    }
  }
error:
  xdecref(cell);
  xdecref(ns);
  xdecref(meta);
  xdecref(mkw);
  decref(orig_bases);
  decref(bases);
  return cls;
}

}  // namespace

// breakpoint(*args, **kws): whatever sys.breakpointhook does.
Object* builtin_breakpoint(Object* module, Object* const* args, ssize nargs, Object* kwnames) {
  Object* hook = sys_get_attr_borrowed("breakpointhook");
  if (!hook) {
    if (!error_occurred()) set_error(&exc::RuntimeError, "lost sys.breakpointhook");
    return nullptr;
  }
  hook = newref(hook);
  Object* result = vectorcall(hook, args, static_cast<size_t>(nargs), kwnames);
  decref(hook);
  return result;
}

MethodDef builtins_exec_functions[] = {
    MethodDef("exec", static_cast<FastKeywordsMethod>(builtin_exec),
              "exec($module, source, globals=None, locals=None, /, *, closure=None)\n--\n\n"),
    MethodDef("eval", static_cast<FastKeywordsMethod>(builtin_eval),
              "eval($module, source, globals=None, locals=None, /)\n--\n\n"),
    MethodDef("compile", static_cast<FastKeywordsMethod>(builtin_compile),
              "compile($module, /, source, filename, mode, flags=0,\n        dont_inherit=False, optimize=-1, *, _feature_version=-1)\n--\n\n"),
    MethodDef("globals", static_cast<NoArgsMethod>(builtin_globals), "globals($module, /)\n--\n\n"),
    MethodDef("locals", static_cast<NoArgsMethod>(builtin_locals), "locals($module, /)\n--\n\n"),
    MethodDef("vars", static_cast<FastMethod>(builtin_vars)),
    MethodDef("breakpoint", static_cast<FastKeywordsMethod>(builtin_breakpoint)),
    MethodDef("__build_class__", static_cast<FastKeywordsMethod>(builtin_build_class),
              "__build_class__(func, name, /, *bases, [metaclass], **kwds) -> class\n\nInternal helper function used by the class statement."),
    MethodDef("__import__", static_cast<FastKeywordsMethod>(builtin_import),
              "__import__($module, /, name, globals=None, locals=None, fromlist=(),\n           level=0)\n--\n\n"),
    {},
};

}  // namespace glasspy
