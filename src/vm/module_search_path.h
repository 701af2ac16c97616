// Where `import` looks for modules written in Python: sys.path.
//
// glasspy implements natively what CPython writes in C (src/modules) and
// takes every module CPython writes in Python from CPython 3.11's own
// library, as the system installed it, found at run time.  sys.path is
// built the way CPython builds it, minus the zip archive and lib-dynload:
//   [the script's folder ("" for -c and stdin), $PYTHONPATH entries...,
//    the standard library folder]
// The library folder is $GLASSPY_STDLIB when set, otherwise the first of
// the folders CPython 3.11 is installed in on Debian that holds `os.py`.
#pragma once

#include <string>
#include <vector>

namespace glasspy {

// The standard library folder, or "" when none is installed.
std::string find_stdlib_dir();

// sys.path for a program whose sys.path[0] is `path0`.
std::vector<std::string> module_search_path(const std::string& path0);

}  // namespace glasspy
