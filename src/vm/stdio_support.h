// Writing to the standard streams from C++ (tracebacks, warnings, unraisable
// exceptions) the way CPython does: through sys.stderr when it is set (so a
// program that replaces sys.stderr sees the text), else straight to fd 2.
#pragma once

#include <string_view>

#include "objects/object.h"

namespace glasspy {

// Writes UTF-8 text to sys.stderr (errors while writing are swallowed).
void write_to_stderr(std::string_view text);

// sys.stdout.flush() and sys.stderr.flush(); -1 if flushing stdout failed
// (reported as unraisable), else 0.
int flush_std_streams();

// What CPython does once the main program has run, before reporting an
// uncaught exception: flush sys.stderr, then sys.stdout, swallowing errors
// (a pending exception is kept).
void flush_io_quietly();

// The original streams (sys.__stdout__ ...), set by the sys module.
extern Object* original_stdout;
extern Object* original_stderr;
extern Object* original_stdin;

}  // namespace glasspy
