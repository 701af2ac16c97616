// Source to code objects (see source_compiler.h).
#include "vm/source_compiler.h"

#include <cstdio>
#include <vector>

#include "ast/ast.h"
#include "objects/abstract.h"
#include "objects/call.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "parser/parser.h"
#include "vm/code_object.h"
#include "vm/interpreter.h"
#include "vm/stdio_support.h"

namespace glasspy {

namespace {

Type* exception_type_for(SyntaxErrorKind kind) {
  switch (kind) {
    case SyntaxErrorKind::IndentationError: return &exc::IndentationError;
    case SyntaxErrorKind::TabError: return &exc::TabError;
    case SyntaxErrorKind::MemoryError: return &exc::MemoryError;
    case SyntaxErrorKind::SyntaxError: break;
  }
  return &exc::SyntaxError;
}

Object* int_or_none(int v, bool zero_is_none) {
  if (zero_is_none && v == 0) return newref(None);
  return int_from_i64(v);
}

// Once a program has imported `warnings`, its filters decide what happens
// to a compile-time warning (warn_explicit with no module or registry, as
// the compiler calls it).  1: handled; 0: not loaded; -1: the filter made it
// an error (raised).
int warn_through_module(const CompileWarning& w, const std::string& filename) {
  Object* modules = interpreter_modules();
  Object* module = modules ? dict_get_item_cstr(modules, "warnings") : nullptr;
  if (!module) {
    if (error_occurred()) clear_error();
    return 0;
  }
  Object* warn_explicit = get_attr(module, str_intern_cstr("warn_explicit"));
  if (!warn_explicit) {
    clear_error();
    return 0;
  }
  Type* category = w.category == "SyntaxWarning" ? &exc::SyntaxWarning : &exc::DeprecationWarning;
  Object* msg = str_from_generalized_utf8(w.msg);
  Object* file = str_from_generalized_utf8(filename);
  Object* lineno = int_from_i64(w.lineno);
  Object* r = msg && file && lineno
                  ? call_function(warn_explicit, msg, static_cast<Object*>(category), file, lineno)
                  : nullptr;
  xdecref(msg);
  xdecref(file);
  xdecref(lineno);
  decref(warn_explicit);
  if (r) {
    decref(r);
    return 1;
  }
  return -1;
}

// Reports the warnings; false with a SyntaxError raised when a filter
// turned one into an error (as CPython's compiler and parser do).
bool show_warnings(const std::vector<CompileWarning>& warnings, const SourceText& source, bool quote) {
  for (const CompileWarning& w : warnings) {
    std::string_view line;
    if (quote) {
      std::string_view text = source.utf8;
      for (int n = 1; n < w.lineno && !text.empty(); ++n) {
        size_t nl = text.find('\n');
        text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
      }
      line = text.substr(0, text.find('\n'));
    }
    int handled = warn_through_module(w, source.filename);
    if (handled < 0) {
      Type* category = w.category == "SyntaxWarning" ? &exc::SyntaxWarning : &exc::DeprecationWarning;
      if (!error_matches(category)) return false;
      clear_error();
      SyntaxErrorInfo err;
      err.msg = w.msg;
      err.filename = source.filename;
      err.lineno = w.lineno;
      err.has_text = quote;
      err.text = std::string(line);
      if (quote) err.text += "\n";
      raise_syntax_error(err);
      return false;
    }
    if (handled > 0 || w.category != "SyntaxWarning") continue;
    write_to_stderr(format_compile_warning(w, source.filename, line));
  }
  return true;
}

}  // namespace

void raise_syntax_error(const SyntaxErrorInfo& err) {
  Type* type = exception_type_for(err.kind);
  if (err.kind == SyntaxErrorKind::MemoryError) {
    set_error_none(type);
    return;
  }
  Object* msg = str_from_generalized_utf8(err.msg);
  if (!msg) return;
  Object* args;
  if (err.lineno > 0 || !err.filename.empty()) {
    Object* filename = str_from_generalized_utf8(err.filename);
    Object* lineno = int_or_none(err.lineno, false);
    Object* offset = int_or_none(err.offset, true);
    Object* text = !err.has_text || (err.text.empty() && err.lineno == 0)
                       ? newref(None)
                       : str_from_generalized_utf8(err.text);
    Object* end_lineno = int_or_none(err.end_lineno, true);
    Object* end_offset = int_or_none(err.end_offset, true);
    Object* details = (filename && lineno && offset && text && end_lineno && end_offset)
                          ? tuple_pack({filename, lineno, offset, text, end_lineno, end_offset})
                          : nullptr;
    xdecref(filename);
    xdecref(lineno);
    xdecref(offset);
    xdecref(text);
    xdecref(end_lineno);
    xdecref(end_offset);
    if (!details) {
      decref(msg);
      return;
    }
    args = tuple_pack({msg, details});
    decref(details);
  } else {
    args = tuple_pack({msg});
  }
  decref(msg);
  if (!args) return;
  Object* e = call(static_cast<Object*>(type), args, nullptr);
  decref(args);
  if (!e) return;
  set_error_object(type, e);
  decref(e);
}

bool syntax_error_info_from_object(Object* exc, SyntaxErrorInfo& out) {
  if (!is_instance_of(exc, &exc::SyntaxError)) return false;
  SyntaxErrorObject* se = static_cast<SyntaxErrorObject*>(exc);
  out = SyntaxErrorInfo{};
  if (is_instance_of(exc, &exc::TabError)) {
    out.kind = SyntaxErrorKind::TabError;
  } else if (is_instance_of(exc, &exc::IndentationError)) {
    out.kind = SyntaxErrorKind::IndentationError;
  }
  auto text_of = [](Object* o) { return o && is_str(o) ? str_to_std(o) : std::string(); };
  auto int_of = [](Object* o) -> int {
    if (!o || !is_int(o)) return 0;
    int overflow;
    int64_t v = int_as_i64_overflow(o, &overflow);
    return overflow ? 0 : static_cast<int>(v);
  };
  out.msg = text_of(se->msg);
  out.filename = text_of(se->filename);
  out.lineno = int_of(se->lineno);
  out.offset = int_of(se->offset);
  out.end_lineno = int_of(se->end_lineno);
  out.end_offset = int_of(se->end_offset);
  out.text = text_of(se->text);
  out.has_text = se->text && se->text != None;
  return true;
}

Object* compile_source(std::string_view bytes, const std::string& filename,
                       const SourceCompileOptions& options) {
  SyntaxErrorInfo err;
  SourceText source;
  if (!decode_source(bytes, filename, source, err, options.origin)) {
    raise_syntax_error(err);
    return nullptr;
  }
  ParseMode pmode = options.mode == SourceMode::Eval     ? ParseMode::Eval
                    : options.mode == SourceMode::Single ? ParseMode::Single
                                                         : ParseMode::File;
  ast::Arena arena;
  std::vector<CompileWarning> warnings;
  ast::mod* tree = parse(source, pmode, arena, err, &warnings);
  if (!show_warnings(warnings, source, options.quote_lines)) return nullptr;
  if (!tree) {
    raise_syntax_error(err);
    return nullptr;
  }
  std::shared_ptr<CodeUnit> unit;
  CompileOptions copts;
  copts.optimize = options.optimize;
  copts.future_flags = options.future_flags;
  std::vector<CompileWarning> cwarnings;
  bool recursion_error = false;
  if (!compile_module(tree, source, filename, unit, err, copts, &cwarnings, &recursion_error)) {
    if (!show_warnings(cwarnings, source, options.quote_lines)) return nullptr;
    if (recursion_error) {
      set_error(&exc::RecursionError, err.msg.c_str());
    } else {
      raise_syntax_error(err);
    }
    return nullptr;
  }
  if (!show_warnings(cwarnings, source, options.quote_lines)) return nullptr;
  return code_from_unit(unit);
}

}  // namespace glasspy
