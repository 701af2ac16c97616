// Showing warnings (see warnings_support.h).
#include "vm/warnings_support.h"

#include <set>
#include <string>
#include <tuple>

#include "objects/abstract.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/call.h"
#include "objects/int.h"
#include "objects/known_strings.h"
#include "objects/str.h"
#include "objects/type.h"
#include "vm/eval.h"
#include "vm/frame.h"
#include "vm/generator.h"
#include "vm/import.h"
#include "vm/source_lines.h"
#include "vm/stdio_support.h"
#include "vm/unraisable.h"

namespace glasspy {

namespace {

// (module, category, text, line) already shown.
std::set<std::tuple<std::string, std::string, std::string, int>>& registry() {
  static std::set<std::tuple<std::string, std::string, std::string, int>> shown;
  return shown;
}

bool subclass_of(Type* category, Type* base) { return is_subtype(category, base); }

}  // namespace

// Hands the warning to the Python `warnings` module (its filters and
// registries decide): 1 when it took it (0 / -1 in *result), 0 when the
// module cannot be used (then the built-in defaults apply).
int warn_through_module(Type* category, Object* message, ssize stacklevel, int* result) {
  static bool active = false;
  if (active || !current_frame()) return 0;
  active = true;
  Object* saved = fetch_error();
  Object* name = str_intern_cstr("warnings");
  Object* module = name ? import_module_level(name, nullptr, nullptr, nullptr, 0) : nullptr;
  Object* warn = module ? get_attr(module, str_intern_cstr("warn")) : nullptr;
  xdecref(module);
  if (!warn) {
    clear_error();
    restore_error(saved);
    active = false;
    return 0;
  }
  restore_error(saved);
  Object* level = int_from_ssize(stacklevel);
  Object* r = level ? call_function(warn, message, static_cast<Object*>(category), level) : nullptr;
  xdecref(level);
  decref(warn);
  active = false;
  *result = r ? 0 : -1;
  xdecref(r);
  return 1;
}

int warn_explicit_from_stack(Type* category, Object* message, ssize stacklevel) {
  int result;
  if (warn_through_module(category, message, stacklevel, &result)) return result;
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

void warn_unawaited_coroutine(Object* coro) {
  Object* name = str_intern_cstr("warnings");
  Object* module = name && current_frame() ? import_module_level(name, nullptr, nullptr, nullptr, 0) : nullptr;
  Object* fn = module ? get_attr(module, str_intern_cstr("_warn_unawaited_coroutine")) : nullptr;
  xdecref(module);
  if (fn) {
    Object* r = call_function(fn, coro);
    decref(fn);
    if (r) {
      decref(r);
      return;
    }
    // The warning itself may be the error (an "error" filter): report it,
    // without the direct fallback.
    write_unraisable(coro);
    return;
  }
  if (error_occurred()) clear_error();
  Object* msg = str_from_format("coroutine '%U' was never awaited", static_cast<GenObject*>(coro)->gi_qualname);
  if (!msg) {
    clear_error();
    return;
  }
  std::string text = str_to_std(msg);
  decref(msg);
  if (warn(&exc::RuntimeWarning, text.c_str(), 1) < 0) write_unraisable(coro);
}

void install_warning_hooks() { set_warning_hook(warn_explicit_from_stack); }

}  // namespace glasspy
