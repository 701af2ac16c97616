// Start-up, running __main__, uncaught exceptions and shutdown (see
// interpreter.h).
#include "vm/interpreter.h"

#include <csignal>
#include <cstdio>

#include "memory/collector.h"
#include "modules/atexit_module.h"
#include <unistd.h>
#include "modules/builtins_module.h"
#include "modules/sys_module.h"
#include "objects/abstract.h"
#include "objects/builtin_function.h"
#include "objects/call.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/known_strings.h"
#include "objects/list.h"
#include "objects/runtime.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "vm/cell.h"
#include "vm/code_object.h"
#include "vm/eval.h"
#include "vm/exception_display.h"
#include "vm/frame_object.h"
#include "vm/function_object.h"
#include "vm/generator.h"
#include "vm/import.h"
#include "vm/gil.h"
#include "vm/module_object.h"
#include "vm/source_compiler.h"
#include "vm/stdio_support.h"
#include "vm/unraisable.h"
#include "vm/traceback.h"
#include "vm/vm_strings.h"
#include "vm/warnings_support.h"
#include "vm/zero_arg_super.h"

namespace glasspy {

namespace {

Object* builtins_module = nullptr;
Object* sys_module = nullptr;
Object* modules_dict = nullptr;

Type* const vm_types[] = {
    &CodeType,       &FunctionType,      &CellType,           &FrameType,
    &TracebackType,  &ModuleType,        &GenType,            &CoroType,
    &CoroWrapperType, &AsyncGenType,     &AsyncGenASendType,  &AsyncGenAThrowType,
    &AsyncGenWrappedValueType,
};

Object* module_name_of_current_frame() {
  Object* globals = current_globals();
  if (!globals) return nullptr;
  Object* name = dict_get_item(globals, ID(dunder_name));
  if (!name) {
    if (error_occurred()) clear_error();
    return nullptr;
  }
  return newref(name);
}

// The object layer's way to reach a Python module (copyreg for
// __reduce_ex__, ...), as PyImport_ImportModule: the module named `name`
// itself, also when dotted.  New reference or null.
Object* import_module_by_name(const char* name) {
  Object* key = str_from_utf8(name);
  if (!key) return nullptr;
  Object* top = import_module_level(key, nullptr, nullptr, nullptr, 0);
  if (!top) {
    decref(key);
    return nullptr;
  }
  decref(top);
  Object* module = dict_get_item(modules_dict, key);
  decref(key);
  if (!module) {
    if (!error_occurred()) format_error(&exc::KeyError, "%s", name);
    return nullptr;
  }
  return newref(module);
}

// _PyModule_ClearDict: at exit a module's names are set to None, those with
// a single leading underscore first, then the others (but __builtins__), so
// that objects die (and their __del__ run) in CPython's order.
void clear_module_dict(Object* d) {
  for (int pass = 0; pass < 2; ++pass) {
    ssize pos = 0;
    Object* key;
    Object* value;
    while (dict_next(d, &pos, &key, &value)) {
      if (value == None || !is_str(key)) continue;
      bool underscore = str_length(key) > 0 && str_char_at(key, 0) == '_';
      bool single = underscore && (str_length(key) < 2 || str_char_at(key, 1) != '_');
      if (pass == 0 ? single : !str_equal_cstr(key, "__builtins__")) {
        incref(key);
        if (dict_set_item(d, key, None) != 0) write_unraisable(nullptr);
        decref(key);
      }
    }
  }
}

// CPython's finalize_modules: sys.modules lets go of every module (each
// entry becomes None, then the dict is emptied), so modules nothing else
// holds die at once; a collection frees those that only cycles keep (a
// module's functions refer to its globals), running their objects'
// finalizers in the collector's order; the modules still alive after that
// get their globals cleared, the most recently imported first; a last
// collection frees what that released.
void finalize_modules() {
  if (!modules_dict) return;
  Object* keys = dict_keys_list(modules_dict);
  if (!keys) {
    clear_error();
    return;
  }
  for (ssize i = 0; i < list_size(keys); ++i) {
    Object* key = list_item(keys, i);
    Object* m = dict_get_item(modules_dict, key);
    if (!m) continue;
    if (is_module(m) && !module_is_watched(m)) module_watch(m);
    if (dict_set_item(modules_dict, key, None) < 0) write_unraisable(nullptr);
  }
  decref(keys);
  dict_clear(modules_dict);
  gc_collect_no_fail();
  std::vector<Object*> alive = module_watched();
  for (ssize i = static_cast<ssize>(alive.size()); --i >= 0;) {
    Object* m = alive[static_cast<size_t>(i)];
    // Clearing one module's globals may have freed another.
    if (m == sys_module || m == builtins_module || !module_is_watched(m)) continue;
    incref(m);
    clear_module_dict(module_dict(m));
    decref(m);
  }
  module_unwatch_all();
  gc_collect_no_fail();
  if (error_occurred()) clear_error();
}

// The main program ended with KeyboardInterrupt.
bool unhandled_keyboard_interrupt = false;

// threading._shutdown(), when threading was imported: joins the threads
// that are not daemons.  A failure is reported as unraisable.
void wait_for_thread_shutdown() {
  if (!modules_dict) return;
  Object* threading = dict_get_item_cstr(modules_dict, "threading");
  if (!threading) {
    if (error_occurred()) write_unraisable(nullptr);
    return;
  }
  incref(threading);
  Object* result = call_method(threading, str_intern_cstr("_shutdown"));
  if (result) {
    decref(result);
  } else {
    write_unraisable(threading);
  }
  decref(threading);
}

// type_new_set_classcell: the class body's __class__ cell gets the class.
int set_classcell(Type* type) {
  Object* dict = type->dict;
  Object* cell = dict_get_item(dict, ID(dunder_classcell));
  if (!cell) return error_occurred() ? -1 : 0;
  if (!is_cell(cell)) {
    format_error(&exc::TypeError, "__classcell__ must be a nonlocal cell, not %.200R",
                 static_cast<Object*>(cell->type));
    return -1;
  }
  cell_set(cell, newref(static_cast<Object*>(type)));
  return dict_del_item(dict, ID(dunder_classcell));
}

}  // namespace

Object* interpreter_builtins_dict() { return builtins_module ? module_dict(builtins_module) : nullptr; }
Object* interpreter_builtins_module() { return builtins_module; }
Object* interpreter_sys_module() { return sys_module; }
Object* interpreter_modules() { return modules_dict; }

Object* sys_get_attr_borrowed(const char* name) {
  if (!sys_module) return nullptr;
  Object* v = dict_get_item_cstr(module_dict(sys_module), name);
  if (!v && error_occurred()) clear_error();
  return v;
}

int interpreter_init(const InterpreterConfig& config) {
  gil_init();
  if (objects_init() < 0) return -1;
  if (vm_strings_init() < 0) {
    std::fprintf(stderr, "glasspy: cannot intern the VM's strings\n");
    return -1;
  }
  function_type = &FunctionType;
  module_type = &ModuleType;
  traceback_type = &TracebackType;
  current_module_name_hook = module_name_of_current_frame;
  import_module_hook = import_module_by_name;
  type_new_classcell_hook = set_classcell;
  install_zero_arg_super();
  for (Type* t : vm_types) {
    if (type_ready(t) < 0) {
      std::fprintf(stderr, "glasspy: cannot initialize type %s\n", t->name);
      return -1;
    }
  }
  install_warning_hooks();
  install_unraisable_hook();
  gc_write_stderr_hook = [](const char* text) { write_to_stderr(text); };
  collector_init();
  builtins_module = builtins_module_create();
  if (!builtins_module) {
    print_exception_and_clear("glasspy: cannot create the builtins module");
    return -1;
  }
  modules_dict = dict_new();
  if (!modules_dict) return -1;
  sys_module = sys_module_create(config, modules_dict);
  if (!sys_module) {
    print_exception_and_clear("glasspy: cannot create the sys module");
    return -1;
  }
  if (dict_set_item_cstr(modules_dict, "sys", sys_module) < 0 ||
      dict_set_item_cstr(modules_dict, "builtins", builtins_module) < 0) {
    return -1;
  }
  if (register_builtin_modules(modules_dict) < 0) {
    print_exception_and_clear("glasspy: cannot create the built-in modules");
    return -1;
  }
  return 0;
}

int run_main_program(std::string_view bytes, const std::string& filename, bool is_file) {
  Object* main = module_new_cstr("__main__");
  if (!main) return handle_uncaught_exception();
  Object* d = module_dict(main);
  Object* ann = dict_new();
  bool ok = ann && dict_set_item(d, ID(dunder_annotations), ann) == 0 &&
            dict_set_item(d, ID(dunder_builtins), builtins_module) == 0;
  xdecref(ann);
  if (ok && is_file) {
    Object* f = str_from_utf8(filename);
    ok = f && dict_set_item(d, ID(dunder_file), f) == 0 && dict_set_item(d, VM_ID(dunder_cached), None) == 0;
    xdecref(f);
  }
  if (ok) ok = dict_set_item_cstr(modules_dict, "__main__", main) == 0;
  if (!ok) {
    decref(main);
    return handle_uncaught_exception();
  }
  SourceCompileOptions options;
  options.origin = is_file ? SourceOrigin::File : SourceOrigin::String;
  options.quote_lines = is_file;
  Object* code = compile_source(bytes, filename, options);
  int status = 0;
  if (!code) {
    status = handle_uncaught_exception();
  } else {
    Object* result = eval_code(code, d, d);
    decref(code);
    flush_io_quietly();
    if (result) {
      decref(result);
    } else {
      status = handle_uncaught_exception();
    }
  }
  decref(main);
  return status;
}

int handle_uncaught_exception() {
  Object* exc = fetch_error();
  if (!exc) return 0;
  if (is_instance_of(exc, &exc::KeyboardInterrupt)) unhandled_keyboard_interrupt = true;
  if (is_instance_of(exc, &exc::SystemExit)) {
    int status = system_exit_status(exc);
    decref(exc);
    return status;
  }
  display_uncaught_exception(exc);
  decref(exc);
  return 1;
}

int interpreter_finalize(int status) {
  // CPython first waits for the threads that are not daemons (when threading
  // was imported), runs atexit handlers, then flushes stdout; a failing
  // flush makes the exit status 120.  Daemon threads stop from then on.
  wait_for_thread_shutdown();
  atexit_run_exit_functions();
  gil_begin_finalization();
  if (flush_std_streams() < 0) status = 120;
  finalize_modules();
  if (flush_std_streams() < 0) status = 120;
  if (unhandled_keyboard_interrupt) {
    std::signal(SIGINT, SIG_DFL);
    ::kill(::getpid(), SIGINT);
    status = 128 + SIGINT;  // if the signal did not end the process
  }
  return status;
}

}  // namespace glasspy
