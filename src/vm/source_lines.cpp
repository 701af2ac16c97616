// Source lines for tracebacks (see source_lines.h).  Files are read once
// and kept: a traceback often shows several lines of the same file.
#include "vm/source_lines.h"

#include <fstream>
#include <iterator>
#include <map>
#include <vector>

#include "lexer/source.h"

namespace glasspy {

namespace {

struct CachedFile {
  bool ok = false;
  std::vector<std::string> lines;
};

std::map<std::string, CachedFile>& cache() {
  static std::map<std::string, CachedFile> files;
  return files;
}

CachedFile load(const std::string& filename) {
  CachedFile f;
  std::ifstream in(filename, std::ios::binary);
  if (!in) return f;
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  SourceText text;
  SyntaxErrorInfo err;
  if (!decode_source(bytes, filename, text, err)) return f;
  std::string_view rest = text.utf8;
  while (!rest.empty()) {
    size_t nl = rest.find('\n');
    if (nl == std::string_view::npos) {
      f.lines.emplace_back(rest);
      break;
    }
    f.lines.emplace_back(rest.substr(0, nl));
    rest = rest.substr(nl + 1);
  }
  f.ok = true;
  return f;
}

}  // namespace

bool read_source_line(const std::string& filename, int lineno, std::string& line) {
  if (filename.empty()) return false;
  if (filename.front() == '<' && filename.back() == '>') return false;
  auto it = cache().find(filename);
  if (it == cache().end()) it = cache().emplace(filename, load(filename)).first;
  const CachedFile& f = it->second;
  if (!f.ok || lineno < 1 || static_cast<size_t>(lineno) > f.lines.size()) return false;
  line = f.lines[static_cast<size_t>(lineno) - 1];
  return true;
}

void clear_source_cache() { cache().clear(); }

}  // namespace glasspy
