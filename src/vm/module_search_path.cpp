#include "vm/module_search_path.h"

#include <cstdlib>
#include <sys/stat.h>

namespace glasspy {

namespace {

bool holds_os_module(const std::string& dir) {
  struct stat st;
  return ::stat((dir + "/os.py").c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

}  // namespace

std::string find_stdlib_dir() {
  if (const char* explicit_dir = std::getenv("GLASSPY_STDLIB"); explicit_dir && *explicit_dir)
    return explicit_dir;
  // Debian's libpython3.11-stdlib, then a source build's default prefix.
  for (const char* dir : {"/usr/lib/python3.11", "/usr/local/lib/python3.11"}) {
    if (holds_os_module(dir)) return dir;
  }
  return "";
}

std::vector<std::string> module_search_path(const std::string& path0) {
  std::vector<std::string> path{path0};
  if (const char* extra = std::getenv("PYTHONPATH"); extra && *extra) {
    std::string entries = extra;
    size_t start = 0;
    while (start <= entries.size()) {
      size_t colon = entries.find(':', start);
      if (colon == std::string::npos) colon = entries.size();
      if (colon > start) path.push_back(entries.substr(start, colon - start));
      start = colon + 1;
    }
  }
  std::string stdlib = find_stdlib_dir();
  if (!stdlib.empty()) path.push_back(stdlib);
  return path;
}

}  // namespace glasspy
