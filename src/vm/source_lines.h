// Source lines for tracebacks, read from the file a code object names (as
// CPython's traceback printer reads them: decoded by the file's coding
// declaration, newlines translated, the trailing newline removed).
#pragma once

#include <string>

namespace glasspy {

// Line `lineno` (1-based) of `filename` in UTF-8; false if the file cannot be
// read, is a pseudo-file ("<string>", "<stdin>"), or is shorter.
bool read_source_line(const std::string& filename, int lineno, std::string& line);

// Forgets cached file contents (a module rewritten during the run).
void clear_source_cache();

}  // namespace glasspy
