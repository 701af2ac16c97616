// The `sys` module (see sys_module.h).
#include "modules/sys_module.h"

#include <unistd.h>

#include <algorithm>
#include <cfloat>
#include <climits>
#include <cstdlib>
#include <string>

#include "modules/simple_namespace.h"
#include "modules/struct_sequence.h"
#include "modules/io/io_objects.h"
#include "objects/abstract.h"
#include "objects/builtin_function.h"
#include "objects/call.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/gc.h"
#include "objects/instance_size.h"
#include "objects/int.h"
#include "objects/known_strings.h"
#include "objects/list.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/thread_state.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "vm/bytecode_cache.h"
#include "alloc/small_alloc.h"
#include "vm/eval.h"
#include "vm/exception_display.h"
#include "vm/frame.h"
#include "vm/gil.h"
#include "vm/generator.h"
#include "vm/module_search_path.h"
#include "vm/frame_object.h"
#include "vm/import.h"
#include "vm/interpreter.h"
#include "vm/module_object.h"
#include "vm/stdio_support.h"
#include "vm/traceback.h"
#include "vm/unraisable.h"
#include "vm/vm_strings.h"

namespace glasspy {

// The object layer's conversion limit (defined in objects/int.cpp).
extern int int_max_str_digits;

namespace {

constexpr const char* kVersion = "3.11.7 (main, May  9 2026, 07:35:25) [GCC 12.2.0]";
constexpr long kHexVersion = 0x030B07F0;

Object* sys_exit(Object* module, Object* const* args, ssize nargs) {
  if (!check_positional("exit", nargs, 0, 1)) return nullptr;
  set_error_object(&exc::SystemExit, nargs ? args[0] : None);
  return nullptr;
}

Object* sys_getrecursionlimit(Object* module) { return int_from_i64(thread_state().recursion_limit); }

Object* sys_setrecursionlimit(Object* module, Object* arg) {
  if (is_float(arg)) {
    set_error(&exc::TypeError, "'float' object cannot be interpreted as an integer");
    return nullptr;
  }
  int new_limit;
  if (!arg_to_int(arg, &new_limit)) return nullptr;
  if (new_limit < 1) {
    set_error(&exc::ValueError, "recursion limit must be greater or equal than 1");
    return nullptr;
  }
  ThreadState& ts = thread_state();
  int depth = ts.recursion_limit - ts.recursion_remaining;
  if (depth >= new_limit) {
    format_error(&exc::RecursionError,
                 "cannot set the recursion limit to %i at the recursion depth %i: the limit is too low",
                 new_limit, depth);
    return nullptr;
  }
  ts.recursion_limit = new_limit;
  ts.recursion_remaining = new_limit - depth;
  return newref(None);
}

Object* sys_getframe(Object* module, Object* const* args, ssize nargs) {
  if (!check_positional("_getframe", nargs, 0, 1)) return nullptr;
  int depth = 0;
  if (nargs && !arg_to_int(args[0], &depth)) return nullptr;
  Frame* frame = current_frame();
  while (frame && frame_is_incomplete(frame)) frame = frame->previous;
  while (depth > 0 && frame) {
    frame = frame->previous;
    while (frame && frame_is_incomplete(frame)) frame = frame->previous;
    --depth;
  }
  if (!frame) {
    set_error(&exc::ValueError, "call stack is not deep enough");
    return nullptr;
  }
  FrameObject* f = frame_get_object(frame);
  return f ? newref(static_cast<Object*>(f)) : nullptr;
}

Object* sys_getrefcount(Object* module, Object* arg) { return int_from_ssize(arg->refcnt); }

Object* sys_intern(Object* module, Object* arg) {
  if (!is_str(arg)) {
    return format_error(&exc::TypeError, "intern() argument must be str, not %.50s",
                        arg == None ? "None" : arg->type->name);
  }
  if (!is_str_exact(arg)) {
    return format_error(&exc::TypeError, "can't intern %.400s", arg->type->name);
  }
  Object* s = newref(arg);
  str_intern_in_place(&s);
  return s;
}

// sys._debugmallocstats(): the small-object allocator's state, written to
// the C-level stderr as CPython writes it (after flushing sys.stderr so the
// two do not interleave).
Object* sys_debugmallocstats(Object*) {
  std::fflush(stderr);
  std::string report = small_alloc_report();
  std::fwrite(report.data(), 1, report.size(), stderr);
  std::fflush(stderr);
  return newref(None);
}

Object* sys_getsizeof(Object* module, Object* const* args, ssize nargs, Object* kwnames) {
  static ArgParser parser{"getsizeof", {"object", "default"}, 1, 2};
  Object* out[2];
  if (!parse_args(parser, args, nargs, kwnames, out)) return nullptr;
  Object* o = out[0];
  Object* method = lookup_special(o, ID(dunder_sizeof));
  Object* res = nullptr;
  if (!method) {
    if (!error_occurred()) {
      format_error(&exc::TypeError, "Type %.100s doesn't define __sizeof__", o->type->name);
    }
  } else {
    res = call_no_args(method);
    decref(method);
  }
  if (!res) {
    if (out[1] && error_matches(&exc::TypeError)) {
      clear_error();
      return newref(out[1]);
    }
    return nullptr;
  }
  // PyLong_AsSsize_t: an int is required (no __index__).
  if (!is_int(res)) {
    decref(res);
    set_error(&exc::TypeError, "an integer is required");
    return nullptr;
  }
  ssize size = int_as_ssize(res);
  decref(res);
  if (size == -1 && error_occurred()) return nullptr;
  if (size < 0) {
    set_error(&exc::ValueError, "__sizeof__() should return >= 0");
    return nullptr;
  }
  size += object_preheader_size(o);
  return int_from_ssize(size);
}

Object* sys_exc_info(Object* module) {
  Object* e = handled_exception();
  if (!e) return tuple_pack({None, None, None});
  Object* tb = exception_get_traceback(e);
  Object* r = tuple_pack({static_cast<Object*>(e->type), e, tb ? tb : None});
  xdecref(tb);
  return r;
}

Object* sys_exception(Object* module) {
  Object* e = handled_exception();
  return newref(e ? e : None);
}

Object* sys_displayhook(Object* module, Object* value) {
  Object* builtins = interpreter_builtins_module();
  if (value == None) return newref(None);
  if (builtins && set_attr(builtins, VM_ID(underscore), None) < 0) return nullptr;
  Object* out = sys_get_attr_borrowed("stdout");
  if (!out || out == None) {
    set_error(&exc::RuntimeError, "lost sys.stdout");
    return nullptr;
  }
  Object* r = object_repr(value);
  if (!r) return nullptr;
  Object* res = call_method(out, VM_ID(write), r);
  decref(r);
  if (!res) return nullptr;
  decref(res);
  Object* nl = str_from_cstr("\n");
  res = nl ? call_method(out, VM_ID(write), nl) : nullptr;
  xdecref(nl);
  if (!res) return nullptr;
  decref(res);
  if (builtins && set_attr(builtins, VM_ID(underscore), value) < 0) return nullptr;
  return newref(None);
}

Object* sys_getdefaultencoding(Object* module) { return str_from_cstr("utf-8"); }

Object* sys_get_int_max_str_digits(Object* module) { return int_from_i64(int_max_str_digits); }

Object* sys_set_int_max_str_digits(Object* module, Object* const* args, ssize nargs, Object* kwnames) {
  static ArgParser parser{"set_int_max_str_digits", {"maxdigits"}, 1, 1};
  Object* out[1];
  if (!parse_args(parser, args, nargs, kwnames, out)) return nullptr;
  ssize value = number_as_ssize(out[0], &exc::OverflowError);
  if (value == -1 && error_occurred()) return nullptr;
  if (value != 0 && value < 640) {
    return format_error(&exc::ValueError, "maxdigits must be 0 or larger than %d", 640);
  }
  if (value > INT_MAX) value = INT_MAX;
  int_max_str_digits = static_cast<int>(value);
  return newref(None);
}

// Hooks a program may install and read back; glasspy stores them (no
// tracing or profiling happens).
Object* trace_function = nullptr;
Object* profile_function = nullptr;

Object* store_hook(Object** slot, Object* value) {
  Object* old = *slot;
  *slot = value == None ? nullptr : newref(value);
  xdecref(old);
  return newref(None);
}

Object* sys_settrace(Object* module, Object* f) { return store_hook(&trace_function, f); }
Object* sys_gettrace(Object* module) { return newref(trace_function ? trace_function : None); }
Object* sys_setprofile(Object* module, Object* f) { return store_hook(&profile_function, f); }
Object* sys_getprofile(Object* module) { return newref(profile_function ? profile_function : None); }

// sys.set_asyncgen_hooks([firstiter] [, finalizer]): an argument left out
// keeps its hook, None removes it.
Object* sys_set_asyncgen_hooks(Object* module, Object* const* args, ssize nargs, Object* kwnames) {
  static ArgParser parser{"set_asyncgen_hooks", {"firstiter", "finalizer"}, 0, 2, 0};
  Object* out[2];
  if (!parse_args(parser, args, nargs, kwnames, out)) return nullptr;
  Object* firstiter = out[0];
  Object* finalizer = out[1];
  if (finalizer && finalizer != None && !is_callable(finalizer)) {
    return format_error(&exc::TypeError, "callable finalizer expected, got %.50s", finalizer->type->name);
  }
  if (firstiter && firstiter != None && !is_callable(firstiter)) {
    return format_error(&exc::TypeError, "callable firstiter expected, got %.50s", firstiter->type->name);
  }
  AsyncGenHooks& hooks = async_gen_hooks();
  if (finalizer) {
    Object* old = hooks.finalizer;
    hooks.finalizer = finalizer == None ? nullptr : newref(finalizer);
    xdecref(old);
  }
  if (firstiter) {
    Object* old = hooks.firstiter;
    hooks.firstiter = firstiter == None ? nullptr : newref(firstiter);
    xdecref(old);
  }
  return newref(None);
}

Object* sys_get_asyncgen_hooks(Object* module) {
  static Type* type = structseq_new_type("asyncgen_hooks", {"firstiter", "finalizer"});
  if (!type) return nullptr;
  AsyncGenHooks& hooks = async_gen_hooks();
  return structseq_new(type, {newref(hooks.firstiter ? hooks.firstiter : None),
                              newref(hooks.finalizer ? hooks.finalizer : None)});
}

bool ignore_environment = false;

// sys.breakpointhook(*args, **kws): $PYTHONBREAKPOINT names the callable to
// run ("module.attr", a builtin's name, or pdb.set_trace when unset or
// empty); "0" disables breakpoints.  A name that cannot be imported is
// ignored with a RuntimeWarning.
Object* sys_breakpointhook(Object* module, Object* const* args, ssize nargs, Object* kwnames) {
  const char* env = ignore_environment ? nullptr : std::getenv("PYTHONBREAKPOINT");
  std::string target = env && *env ? env : "pdb.set_trace";
  if (target == "0") return newref(None);
  size_t dot = target.rfind('.');
  std::string module_name = dot == std::string::npos ? "builtins" : target.substr(0, dot);
  std::string attr = dot == std::string::npos ? target : target.substr(dot + 1);
  Object* hook = nullptr;
  if (dot != 0) {
    Object* name = str_from_utf8(module_name);
    Object* fromlist = name ? list_new(0) : nullptr;
    Object* mod = fromlist ? import_module_level(name, nullptr, nullptr, fromlist, 0) : nullptr;
    xdecref(name);
    xdecref(fromlist);
    if (!mod && !error_matches(&exc::ImportError)) return nullptr;
    if (mod) {
      hook = get_attr_cstr(mod, attr.c_str());
      decref(mod);
    }
  }
  if (!hook) {
    clear_error();
    std::string msg = "Ignoring unimportable $PYTHONBREAKPOINT: \"" + target + "\"";
    if (warn(&exc::RuntimeWarning, msg.c_str(), 1) < 0) return nullptr;
    return newref(None);
  }
  Object* result = vectorcall(hook, args, static_cast<size_t>(nargs), kwnames);
  decref(hook);
  return result;
}

Object* sys_set_coroutine_origin_tracking_depth(Object* module, Object* const* args, ssize nargs, Object* kwnames) {
  static ArgParser parser{"set_coroutine_origin_tracking_depth", {"depth"}, 1, 1, 0};
  Object* out[1];
  if (!parse_args(parser, args, nargs, kwnames, out)) return nullptr;
  int depth;
  if (!arg_to_int(out[0], &depth)) return nullptr;
  if (depth < 0) {
    set_error(&exc::ValueError, "depth must be >= 0");
    return nullptr;
  }
  coroutine_origin_tracking_depth() = depth;
  return newref(None);
}

Object* sys_get_coroutine_origin_tracking_depth(Object* module) {
  return int_from_i64(coroutine_origin_tracking_depth());
}


Object* sys_getswitchinterval(Object* module) {
  return float_from_double(1e-6 * static_cast<double>(switch_interval_us()));
}

// CPython stores the interval as `(unsigned long)(1e6 * interval)`; this is
// what that conversion gives on x86-64 for every double, out-of-range ones
// included (which C leaves undefined): the truncating conversion yields
// 2**63 for NaN and overflow, and values from 2**63 up are converted
// shifted down by 2**63 with the top bit flipped back.
unsigned long microseconds_as_x86_converts(double us) {
  constexpr double kTwo63 = 9223372036854775808.0;
  constexpr uint64_t kTopBit = uint64_t(1) << 63;
  auto truncate = [](double v) -> uint64_t {
    if (!(v < kTwo63 && v >= -kTwo63)) return kTopBit;
    return static_cast<uint64_t>(static_cast<int64_t>(v));
  };
  if (us >= kTwo63) return static_cast<unsigned long>(truncate(us - kTwo63) ^ kTopBit);
  return static_cast<unsigned long>(truncate(us));
}

Object* sys_setswitchinterval(Object* module, Object* arg) {
  double v = float_as_double(arg);
  if (v == -1.0 && error_occurred()) return nullptr;
  if (v <= 0.0) {
    set_error(&exc::ValueError, "switch interval must be strictly positive");
    return nullptr;
  }
  set_switch_interval_us(microseconds_as_x86_converts(1e6 * v));
  return newref(None);
}

Object* sys_audit(Object* module, Object* const* args, ssize nargs) {
  if (nargs < 1) {
    set_error(&exc::TypeError, "audit() missing 1 required positional argument: 'event'");
    return nullptr;
  }
  if (!is_str(args[0])) {
    return format_error(&exc::TypeError, "expected str for argument 'event', not %.200s", args[0]->type->name);
  }
  return newref(None);
}

Object* sys_addaudithook(Object* module, Object* hook) { return newref(None); }

Object* sys_call_tracing(Object* module, Object* const* args, ssize nargs) {
  if (nargs != 2) {
    return format_error(&exc::TypeError, "call_tracing expected 2 arguments, got %zd", nargs);
  }
  if (!is_tuple(args[1])) {
    return format_error(&exc::TypeError, "call_tracing() argument 2 must be tuple, not %.200s",
                        args[1]->type->name);
  }
  return call(args[0], args[1], nullptr);
}

Object* sys_is_finalizing(Object* module) { return bool_from(false); }

MethodDef sys_methods[] = {
    MethodDef("exit", static_cast<FastMethod>(sys_exit),
              "exit($module, status=None, /)\n--\n\nExit the interpreter by raising SystemExit(status)."),
    MethodDef("getrecursionlimit", static_cast<NoArgsMethod>(sys_getrecursionlimit)),
    MethodDef("setrecursionlimit", static_cast<OneArgMethod>(sys_setrecursionlimit)),
    MethodDef("_getframe", static_cast<FastMethod>(sys_getframe)),
    MethodDef("getrefcount", static_cast<OneArgMethod>(sys_getrefcount)),
    MethodDef("intern", static_cast<OneArgMethod>(sys_intern)),
    MethodDef("getsizeof", static_cast<FastKeywordsMethod>(sys_getsizeof)),
    MethodDef("_debugmallocstats", static_cast<NoArgsMethod>(sys_debugmallocstats),
              "_debugmallocstats($module, /)\n--\n\nPrint summary info to stderr about the state of "
              "pymalloc's structures."),
    MethodDef("exc_info", static_cast<NoArgsMethod>(sys_exc_info)),
    MethodDef("exception", static_cast<NoArgsMethod>(sys_exception)),
    MethodDef("displayhook", static_cast<OneArgMethod>(sys_displayhook)),
    MethodDef("excepthook", static_cast<FastMethod>(default_excepthook)),
    MethodDef("unraisablehook", static_cast<OneArgMethod>(default_unraisablehook),
              "unraisablehook($module, unraisable, /)\n--\n\nHandle an unraisable exception.\n\n"
              "The unraisable argument has the following attributes:\n\n"
              "* exc_type: Exception type.\n* exc_value: Exception value, can be None.\n"
              "* exc_traceback: Exception traceback, can be None.\n* err_msg: Error message, can be None.\n"
              "* object: Object causing the exception, can be None."),
    MethodDef("getdefaultencoding", static_cast<NoArgsMethod>(sys_getdefaultencoding)),
    MethodDef("getfilesystemencoding", static_cast<NoArgsMethod>(sys_getdefaultencoding)),
    MethodDef("get_int_max_str_digits", static_cast<NoArgsMethod>(sys_get_int_max_str_digits)),
    MethodDef("is_finalizing", static_cast<NoArgsMethod>(sys_is_finalizing)),
    MethodDef("set_int_max_str_digits", static_cast<FastKeywordsMethod>(sys_set_int_max_str_digits)),
    MethodDef("settrace", static_cast<OneArgMethod>(sys_settrace)),
    MethodDef("gettrace", static_cast<NoArgsMethod>(sys_gettrace)),
    MethodDef("setprofile", static_cast<OneArgMethod>(sys_setprofile)),
    MethodDef("getprofile", static_cast<NoArgsMethod>(sys_getprofile)),
    MethodDef("getswitchinterval", static_cast<NoArgsMethod>(sys_getswitchinterval)),
    MethodDef("set_coroutine_origin_tracking_depth",
              static_cast<FastKeywordsMethod>(sys_set_coroutine_origin_tracking_depth)),
    MethodDef("get_coroutine_origin_tracking_depth", static_cast<NoArgsMethod>(sys_get_coroutine_origin_tracking_depth)),
    MethodDef("breakpointhook", static_cast<FastKeywordsMethod>(sys_breakpointhook)),
    MethodDef("set_asyncgen_hooks", static_cast<FastKeywordsMethod>(sys_set_asyncgen_hooks)),
    MethodDef("get_asyncgen_hooks", static_cast<NoArgsMethod>(sys_get_asyncgen_hooks)),
    MethodDef("setswitchinterval", static_cast<OneArgMethod>(sys_setswitchinterval)),
    MethodDef("audit", static_cast<FastMethod>(sys_audit)),
    MethodDef("addaudithook", static_cast<OneArgMethod>(sys_addaudithook)),
    MethodDef("call_tracing", static_cast<FastMethod>(sys_call_tracing)),
    {},
};

Object* excepthook_function = nullptr;

int set(Object* d, const char* name, Object* value) {
  if (!value) return -1;
  int r = dict_set_item_cstr(d, name, value);
  decref(value);
  return r;
}

Object* str_list(const std::vector<std::string>& items) {
  Object* l = list_new(static_cast<ssize>(items.size()));
  if (!l) return nullptr;
  for (size_t i = 0; i < items.size(); ++i) {
    Object* s = str_from_utf8(items[i]);
    if (!s) {
      decref(l);
      return nullptr;
    }
    list_set_item(l, static_cast<ssize>(i), s);
  }
  return l;
}

Object* i(int64_t v) { return int_from_i64(v); }
Object* s(const char* v) { return str_from_cstr(v); }
Object* f(double v) { return float_from_double(v); }

}  // namespace

bool is_default_excepthook(Object* hook) { return hook == excepthook_function; }

// sys.stdin / stdout / stderr as CPython's create_stdio makes them: a
// TextIOWrapper over a BufferedReader/BufferedWriter over FileIO(fd,
// closefd=False).  PYTHONUNBUFFERED writes straight to the FileIO
// (write_through); otherwise stderr and a terminal stdout are line
// buffered.  PYTHONIOENCODING gives "encoding[:errors]".
static Object* make_std_stream(int fd, const char* name, const char* mode) {
  Object* io = io_module_create();  // readies the _io types
  if (!io) return nullptr;
  decref(io);
  bool writing = mode[0] == 'w';
  const char* unbuffered_env = std::getenv("PYTHONUNBUFFERED");
  bool unbuffered = unbuffered_env && *unbuffered_env;
  std::string encoding = "utf-8";
  std::string errors = fd == 2 ? "backslashreplace" : "strict";
  if (const char* io_enc = std::getenv("PYTHONIOENCODING"); io_enc && *io_enc) {
    std::string spec = io_enc;
    size_t colon = spec.find(':');
    std::string enc = spec.substr(0, colon);
    if (!enc.empty()) encoding = enc;
    if (colon != std::string::npos && colon + 1 < spec.size()) errors = spec.substr(colon + 1);
  }
  Object* fdobj = int_from_i64(fd);
  if (!fdobj) return nullptr;
  Object* raw = fileio_open(fdobj, writing ? "wb" : "rb", false, nullptr);
  decref(fdobj);
  if (!raw) return nullptr;
  Object* n = str_from_cstr(name);
  if (!n || set_attr_cstr(raw, "name", n) < 0) {
    xdecref(n);
    decref(raw);
    return nullptr;
  }
  decref(n);
  Object* buffer = raw;
  if (!writing || !unbuffered) {
    Object* args = tuple_pack({raw});
    buffer = args ? call(static_cast<Object*>(writing ? &BufferedWriterType : &BufferedReaderType),
                                          args, nullptr)
                  : nullptr;
    xdecref(args);
    decref(raw);
    if (!buffer) return nullptr;
  }
  bool line_buffering = writing && !unbuffered && (fd == 2 || ::isatty(fd) == 1);
  Object* text = textio_new_std(buffer, encoding.c_str(), errors.c_str(), line_buffering, writing && unbuffered);
  decref(buffer);
  if (!text) return nullptr;
  Object* m = str_from_cstr(mode);
  if (!m || set_attr_cstr(text, "mode", m) < 0) {
    xdecref(m);
    decref(text);
    return nullptr;
  }
  decref(m);
  return text;
}

Object* sys_module_create(const InterpreterConfig& config, Object* modules) {
  Object* m = module_new_cstr("sys");
  if (!m) return nullptr;
  as_module(m)->md_builtin = true;
  Object* d = module_dict(m);
  if (module_add_functions(m, sys_methods) < 0) goto fail;
  excepthook_function = dict_get_item_cstr(d, "excepthook");
  if (dict_set_item_cstr(d, "__excepthook__", excepthook_function) < 0) goto fail;
  if (dict_set_item_cstr(d, "__displayhook__", dict_get_item_cstr(d, "displayhook")) < 0) goto fail;
  if (dict_set_item_cstr(d, "__breakpointhook__", dict_get_item_cstr(d, "breakpointhook")) < 0) goto fail;
  ignore_environment = config.ignore_environment;
  if (dict_set_item_cstr(d, "__unraisablehook__", dict_get_item_cstr(d, "unraisablehook")) < 0) goto fail;
  if (dict_set_item_cstr(d, "modules", modules) < 0) goto fail;
  if (set(d, "argv", str_list(config.argv)) < 0) goto fail;
  if (set(d, "orig_argv", str_list(config.argv)) < 0) goto fail;
  if (set(d, "path", str_list(module_search_path(config.path0))) < 0) goto fail;
  if (set(d, "executable", str_from_utf8(config.executable)) < 0) goto fail;
  if (set(d, "version", s(kVersion)) < 0) goto fail;
  if (set(d, "hexversion", i(kHexVersion)) < 0) goto fail;
  if (set(d, "api_version", i(1013)) < 0) goto fail;
  if (set(d, "maxsize", i(PTRDIFF_MAX)) < 0) goto fail;
  if (set(d, "maxunicode", i(0x10FFFF)) < 0) goto fail;
  if (set(d, "byteorder", s("little")) < 0) goto fail;
  if (set(d, "platform", s("linux")) < 0) goto fail;
  if (set(d, "float_repr_style", s("short")) < 0) goto fail;
  if (set(d, "dont_write_bytecode", bool_from(config.dont_write_bytecode)) < 0) goto fail;
  if (set(d, "prefix", s("/usr")) < 0) goto fail;
  if (set(d, "base_prefix", s("/usr")) < 0) goto fail;
  if (set(d, "exec_prefix", s("/usr")) < 0) goto fail;
  if (set(d, "base_exec_prefix", s("/usr")) < 0) goto fail;
  if (set(d, "platlibdir", s("lib")) < 0) goto fail;
  if (set(d, "abiflags", s("")) < 0) goto fail;
  if (set(d, "pycache_prefix", newref(None)) < 0) goto fail;
  if (set(d, "warnoptions", list_new(0)) < 0) goto fail;
  {
    // -X name=value gives {name: value}, a bare -X name {name: True}; a
    // repeated name keeps its last value.
    Object* xoptions = dict_new();
    if (!xoptions || set(d, "_xoptions", xoptions) < 0) goto fail;
    for (const std::string& option : config.xoptions) {
      size_t eq = option.find('=');
      Object* key = str_from_utf8(option.substr(0, eq));
      Object* value = eq == std::string::npos ? newref(True) : str_from_utf8(option.substr(eq + 1));
      int rc = key && value ? dict_set_item(xoptions, key, value) : -1;
      xdecref(key);
      xdecref(value);
      if (rc < 0) goto fail;
    }
  }
  if (config.int_max_str_digits >= 0) int_max_str_digits = config.int_max_str_digits;
  if (set(d, "meta_path", list_new(0)) < 0) goto fail;
  if (set(d, "path_hooks", list_new(0)) < 0) goto fail;
  if (set(d, "path_importer_cache", dict_new()) < 0) goto fail;

  if (set(d, "copyright", s("Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.\n\n"
                            "Copyright (c) 2000 BeOpen.com.\nAll Rights Reserved.\n\n"
                            "Copyright (c) 1995-2001 Corporation for National Research Initiatives.\n"
                            "All Rights Reserved.\n\n"
                            "Copyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.\n"
                            "All Rights Reserved.")) < 0) {
    goto fail;
  }
  {
    Type* vi = structseq_new_type("sys.version_info", {"major", "minor", "micro", "releaselevel", "serial"});
    if (!vi) goto fail;
    Object* version_info = structseq_new(vi, {i(3), i(11), i(7), s("final"), i(0)});
    if (!version_info || dict_set_item_cstr(d, "version_info", version_info) < 0) goto fail;
    Object* impl = dict_new();
    if (!impl) goto fail;
    bool ok = set(impl, "name", s("glasspy")) == 0 && set(impl, "cache_tag", s(kCacheTag)) == 0 &&
              dict_set_item_cstr(impl, "version", version_info) == 0 &&
              set(impl, "hexversion", i(kHexVersion)) == 0;
    decref(version_info);
    if (!ok || set(d, "implementation", simple_namespace_new(impl)) < 0) {
      decref(impl);
      goto fail;
    }
    decref(impl);

    Type* flags = structseq_new_type(
        "sys.flags", {"debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site",
                      "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization",
                      "isolated", "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path",
                      "int_max_str_digits"});
    if (!flags) goto fail;
    if (set(d, "flags", structseq_new(flags, {i(0), i(0), i(0), i(0), i(config.dont_write_bytecode ? 1 : 0), i(0), i(0), i(0), i(0), i(0), i(0),
                                              i(1), i(0), bool_from(false), i(0), i(0), bool_from(false),
                                              i(config.int_max_str_digits)})) < 0) {
      goto fail;
    }
    Type* fi = structseq_new_type("sys.float_info", {"max", "max_exp", "max_10_exp", "min", "min_exp",
                                                     "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"});
    if (!fi) goto fail;
    if (set(d, "float_info", structseq_new(fi, {f(DBL_MAX), i(DBL_MAX_EXP), i(DBL_MAX_10_EXP), f(DBL_MIN),
                                                i(DBL_MIN_EXP), i(DBL_MIN_10_EXP), i(DBL_DIG), i(DBL_MANT_DIG),
                                                f(DBL_EPSILON), i(FLT_RADIX), i(1)})) < 0) {
      goto fail;
    }
    Type* ii = structseq_new_type("sys.int_info", {"bits_per_digit", "sizeof_digit", "default_max_str_digits",
                                                   "str_digits_check_threshold"});
    if (!ii) goto fail;
    if (set(d, "int_info", structseq_new(ii, {i(30), i(4), i(4300), i(640)})) < 0) goto fail;
    Type* hi = structseq_new_type("sys.hash_info", {"width", "modulus", "inf", "nan", "imag", "algorithm",
                                                    "hash_bits", "seed_bits", "cutoff"});
    if (!hi) goto fail;
    if (set(d, "hash_info", structseq_new(hi, {i(64), i(2305843009213693951LL), i(314159), i(0), i(1000003),
                                               s("siphash13"), i(64), i(128), i(0)})) < 0) {
      goto fail;
    }
  }
  {
    Object* out = make_std_stream(1, "<stdout>", "w");
    Object* err = out ? make_std_stream(2, "<stderr>", "w") : nullptr;
    Object* in = err ? make_std_stream(0, "<stdin>", "r") : nullptr;
    if (!out || !err || !in) {
      xdecref(out);
      xdecref(err);
      xdecref(in);
      goto fail;
    }
    original_stdout = out;
    original_stderr = err;
    original_stdin = in;
    if (dict_set_item_cstr(d, "stdout", out) < 0 || dict_set_item_cstr(d, "__stdout__", out) < 0 ||
        dict_set_item_cstr(d, "stderr", err) < 0 || dict_set_item_cstr(d, "__stderr__", err) < 0 ||
        dict_set_item_cstr(d, "stdin", in) < 0 || dict_set_item_cstr(d, "__stdin__", in) < 0) {
      goto fail;
    }
  }
  return m;
fail:
  decref(m);
  return nullptr;
}

int sys_set_builtin_module_names(Object* sys) {
  std::vector<std::string> names = builtin_module_names();
  names.push_back("builtins");
  names.push_back("sys");
  std::sort(names.begin(), names.end());
  Object* list = str_list(names);
  Object* tuple = list ? list_as_tuple(list) : nullptr;
  xdecref(list);
  return set(module_dict(sys), "builtin_module_names", tuple);
}

}  // namespace glasspy
