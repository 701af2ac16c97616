// Printing exceptions as CPython 3.11's default sys.excepthook does
// (Python/pythonrun.c and Python/traceback.c):
//
//   Traceback (most recent call last):
//     File "/x/y.py", line 3, in f
//       return a[i] + b
//              ~~~~~^~~
//   TypeError: unsupported operand type(s) for +: 'int' and 'str'
//
// with the source line of each entry, the ^/~ markers under the expression
// that raised (from co_positions(), with the operator or subscript singled
// out by parsing the expression's text), "[Previous line repeated N more
// times]" for recursion, __cause__ / __context__ chains, exception groups in
// their boxes, __notes__, the SyntaxError location block, and the
// "Did you mean" suggestions for NameError and AttributeError.
#pragma once

#include <string>
#include <vector>

#include "objects/object.h"

namespace glasspy {

// The whole report for `exc` (an exception instance), as text.
std::string format_exception_report(Object* exc);

// The report as traceback.format_exception lists it (one item per header,
// entry, chaining message and exception line).  `limit` follows
// traceback.py (positive: the oldest entries; negative: the newest; LONG_MIN:
// no limit); `chain` false leaves out __cause__/__context__.
std::vector<std::string> format_exception_chunks(Object* exc, long limit, bool chain);
// traceback.format_tb: one item per entry.
std::vector<std::string> format_traceback_chunks(Object* tb, long limit);

// Writes format_exception_report(exc) to sys.stderr (PyErr_Display).
void print_exception_report(Object* exc);

// The top level's handling of an uncaught (non-SystemExit) exception: sets
// sys.last_type/last_value/last_traceback and calls sys.excepthook (with
// CPython's fallback when the hook itself fails).
void display_uncaught_exception(Object* exc);

// The exit status a SystemExit asks for (printing a non-int code to stderr,
// which makes the status 1).
int system_exit_status(Object* exc);

// The entries of a traceback as traceback.format_tb would list them, with
// the given limit (negative: no limit).  Used by the report and by the
// traceback helpers of the modules.
std::string format_traceback_entries(Object* tb, long limit);

// What PyTraceBack_Print writes for `tb`: "Traceback (most recent call
// last):" and the entries, within sys.tracebacklimit (nothing when the limit
// is 0 or less).
std::string format_traceback_for_print(Object* tb);

// Start-up failures: prints `what` and the pending exception, clears it.
void print_exception_and_clear(const char* what);

// sys.excepthook's default implementation (a MethodDef for the sys module).
Object* default_excepthook(Object* module, Object* const* args, ssize nargs);

}  // namespace glasspy
