// The interpreter as a whole: start-up (the object layer, the VM's types,
// the builtins and sys modules), running the main program as `__main__`,
// reporting an uncaught exception, and shutting down with CPython's exit
// status (SystemExit's code, 1 after a traceback, 120 when flushing stdout
// fails at exit).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "objects/object.h"

namespace glasspy {

struct InterpreterConfig {
  std::string executable;          // sys.executable / argv[0]
  std::vector<std::string> argv;   // sys.argv
  std::string path0;               // sys.path[0]: the script's folder, "" for -c / stdin
  bool dont_write_bytecode = false;  // -B or PYTHONDONTWRITEBYTECODE
  bool ignore_environment = false;   // -E / -I: PYTHON* variables are not read
  std::vector<std::string> xoptions;  // -X values in order: "name" or "name=value" (sys._xoptions)
  int int_max_str_digits = -1;        // -X int_max_str_digits / PYTHONINTMAXSTRDIGITS; -1 if unset
};

// Brings everything up.  0, or -1 after printing why.
int interpreter_init(const InterpreterConfig& config);

// Compiles and runs `bytes` as the __main__ module named `filename` (the
// script's absolute path, "<string>" or "<stdin>"), with __file__ set when
// `is_file`.  Returns the process exit status; the caller then calls
// interpreter_finalize.
int run_main_program(std::string_view bytes, const std::string& filename, bool is_file);

// Flushes and tears down; returns the final exit status (status, or 120
// when stdout cannot be flushed).
int interpreter_finalize(int status);

// Borrowed references to the interpreter's pieces.
Object* interpreter_builtins_dict();
Object* interpreter_builtins_module();
Object* interpreter_sys_module();
Object* interpreter_modules();  // sys.modules

// sys.<name> (borrowed), or null (no error) if sys lacks it.
Object* sys_get_attr_borrowed(const char* name);

// Prints an uncaught exception (the current error, consumed) the way the
// top level does: SystemExit gives the exit status; anything else goes
// through sys.excepthook and gives 1.
int handle_uncaught_exception();

}  // namespace glasspy
