// Showing warnings (see warnings_support.h).
#include "vm/warnings_support.h"

#include <set>
#include <string>
#include <tuple>

#include "objects/abstract.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/known_strings.h"
#include "objects/str.h"
#include "objects/type.h"
#include "vm/eval.h"
#include "vm/frame.h"
#include "vm/source_lines.h"
#include "vm/stdio_support.h"

namespace glasspy {

namespace {

// (module, category, text, line) already shown.
std::set<std::tuple<std::string, std::string, std::string, int>>& registry() {
  static std::set<std::tuple<std::string, std::string, std::string, int>> shown;
  return shown;
}

bool subclass_of(Type* category, Type* base) { return is_subtype(category, base); }

}  // namespace

int warn_explicit_from_stack(Type* category, Object* message, ssize stacklevel) {
  Frame* frame = current_frame();
  for (ssize i = 1; i < stacklevel && frame; ++i) frame = frame->previous;
  std::string filename = "sys";
  int lineno = 1;
  std::string module = "sys";
  if (frame) {
    filename = str_to_std(frame->code->co_filename);
    lineno = frame_line(frame);
    Object* name = dict_get_item(frame->globals, ID(dunder_name));
    if (name && is_str(name)) {
      module = str_to_std(name);
    } else {
      clear_error();
      module = "<string>";
    }
  }
  if (subclass_of(category, &exc::PendingDeprecationWarning) || subclass_of(category, &exc::ImportWarning) ||
      subclass_of(category, &exc::ResourceWarning)) {
    return 0;
  }
  if (subclass_of(category, &exc::DeprecationWarning) && module != "__main__") return 0;
  std::string text = str_to_std(message);
  auto key = std::make_tuple(module, std::string(category->name), text, lineno);
  if (!registry().insert(key).second) return 0;
  std::string out = filename + ":" + std::to_string(lineno) + ": " + category->name + ": " + text + "\n";
  std::string line;
  if (read_source_line(filename, lineno, line)) {
    size_t b = line.find_first_not_of(" \t\f\r\n\v");
    size_t e = line.find_last_not_of(" \t\f\r\n\v");
    if (b != std::string::npos) out += "  " + line.substr(b, e - b + 1) + "\n";
  }
  write_to_stderr(out);
  return 0;
}

void install_warning_hooks() { set_warning_hook(warn_explicit_from_stack); }

}  // namespace glasspy
