// The exception report of CPython 3.11's default excepthook (see
// exception_display.h).  Every quirk of the C implementation that shows in
// its output is reproduced on purpose; the comments say which.
#include "vm/exception_display.h"

#include <climits>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <unordered_set>
#include <vector>

#include "ast/ast.h"
#include "lexer/source.h"
#include "objects/abstract.h"
#include "objects/bytes.h"
#include "objects/call.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/known_strings.h"
#include "objects/list.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "parser/parser.h"
#include "util/syntax_error.h"
#include "vm/code_object.h"
#include "vm/frame_object.h"
#include "vm/interpreter.h"
#include "vm/module_object.h"
#include "modules/sys_module.h"
#include "vm/source_compiler.h"
#include "vm/source_lines.h"
#include "vm/stdio_support.h"
#include "vm/suggestions.h"
#include "vm/traceback.h"
#include "vm/vm_strings.h"

namespace glasspy {

namespace {

constexpr int kSourceLineIndent = 4;
constexpr long kRecursiveCutoff = 3;
constexpr int kGroupMaxWidth = 15;
constexpr int kGroupMaxDepth = 10;

bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\f'; }

// Length in code points of UTF-8 text.
ssize utf8_char_count(std::string_view s) {
  ssize n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

// _PyPegen_byte_offset_to_character_offset: how many characters the first
// `col` bytes of `line` decode to (with "replace"); an offset one past the
// end counts the terminating NUL as a character, as CPython does.
ssize byte_to_char_offset(std::string_view line, ssize col) {
  ssize len = static_cast<ssize>(line.size());
  if (col > len + 1) col = len + 1;
  if (col < 0) col = 0;
  ssize extra = 0;
  if (col == len + 1) {
    extra = 1;
    col = len;
  }
  ssize n = 0;
  ssize i = 0;
  while (i < col) {
    unsigned char c = static_cast<unsigned char>(line[static_cast<size_t>(i)]);
    int need = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 1;
    int k = 1;
    while (k < need && i + k < col &&
           (static_cast<unsigned char>(line[static_cast<size_t>(i + k)]) & 0xC0) == 0x80) {
      ++k;
    }
    i += k;
    ++n;
  }
  return n + extra;
}

// The UTF-8 of characters [start, end) of `line`.
std::string char_substring(std::string_view line, ssize start, ssize end) {
  std::string out;
  ssize idx = 0;
  for (size_t i = 0; i < line.size();) {
    unsigned char c = static_cast<unsigned char>(line[i]);
    size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : 4;
    if (i + len > line.size()) len = line.size() - i;
    if (idx >= start && idx < end) out.append(line.substr(i, len));
    ++idx;
    i += len;
  }
  return out;
}

// extract_anchors_from_line: for a BinOp or Subscript that is the whole
// segment, the operator / the brackets ([left, right) in characters of the
// line), with '~' around and '^' on them.
bool extract_anchors(const std::string& filename, std::string_view line, ssize start_offset,
                     ssize end_offset, ssize* left, ssize* right) {
  std::string segment = char_substring(line, start_offset, end_offset);
  SourceText source;
  SyntaxErrorInfo err;
  if (!decode_source(segment, filename, source, err, SourceOrigin::String)) return false;
  ast::Arena arena;
  ast::mod* tree = parse(source, ParseMode::File, arena, err);
  if (!tree) return false;
  ast::Module* module = ast::as<ast::Module>(tree);
  if (!module || module->body.size() != 1) return false;
  ast::Expr* stmt = ast::as<ast::Expr>(module->body[0]);
  if (!stmt) return false;
  ssize l = -1, r = -1;
  if (ast::BinOp* binop = ast::as<ast::BinOp>(stmt->value)) {
    for (int i = binop->left->end_col_offset; i < binop->right->col_offset; ++i) {
      if (i >= static_cast<int>(segment.size())) break;
      if (is_ws(segment[static_cast<size_t>(i)])) continue;
      l = i;
      r = i + 1;
      if (i + 1 < binop->right->col_offset && i + 1 < static_cast<int>(segment.size()) &&
          !is_ws(segment[static_cast<size_t>(i) + 1])) {
        ++r;
      }
      break;
    }
    if (l < 0) return false;
  } else if (ast::Subscript* sub = ast::as<ast::Subscript>(stmt->value)) {
    l = sub->value->end_col_offset;
    r = sub->slice->end_col_offset + 1;
  } else {
    return false;
  }
  *left = byte_to_char_offset(segment, l) + start_offset;
  *right = byte_to_char_offset(segment, r) + start_offset;
  return true;
}

struct PrintContext {
  std::string out;
  std::vector<size_t> marks;  // chunk boundaries (traceback.format_exception's list items)
  bool chain = true;
  // The traceback module's limit (positive: the oldest entries; negative:
  // the newest); kNoLimit: sys.tracebacklimit's rules.
  long module_limit = LONG_MIN;
  void mark() { marks.push_back(out.size()); }
  std::unordered_set<Object*> seen;
  int group_depth = 0;
  bool need_close = false;

  int indent() const { return 2 * group_depth; }
  const char* margin() const { return group_depth ? "| " : ""; }
  void write_indent(int n) { out.append(static_cast<size_t>(n > 0 ? n : 0), ' '); }
  void write_indented_margin(int indent, const char* m) {
    write_indent(indent);
    if (m) out += m;
  }
  void write_indented_margin() { write_indented_margin(indent(), margin()); }
};

std::string str_of(Object* s) { return s && is_str(s) ? str_to_std(s) : std::string(); }

void display_line(PrintContext& ctx, TracebackObject* tb, CodeObject* code, int indent, const char* margin) {
  std::string filename = str_of(code->co_filename);
  int lineno = tb->tb_lineno;
  ctx.mark();
  ctx.write_indented_margin(indent, margin);
  ctx.out += "  File \"" + filename + "\", line " + std::to_string(lineno) + ", in " + str_of(code->co_name) + "\n";

  std::string line;
  if (!read_source_line(filename, lineno, line)) return;
  size_t strip = 0;
  while (strip < line.size() && is_ws(line[strip])) ++strip;
  ssize truncation = static_cast<ssize>(strip) - kSourceLineIndent;
  ctx.write_indented_margin(indent, margin);
  ctx.write_indent(kSourceLineIndent);
  ctx.out.append(line, strip, std::string::npos);
  ctx.out += "\n";

  Position p = code_addr_to_position(code, tb->tb_lasti / 2);
  if (p.lineno < 0 || p.end_lineno < 0 || p.col < 0 || p.end_col < 0) return;
  ssize start_offset = byte_to_char_offset(line, p.col);
  ssize end_offset = byte_to_char_offset(line, p.end_col);
  ssize left = -1, right = -1;
  char primary = '^', secondary = '^';
  ssize line_chars = utf8_char_count(line);
  if (p.lineno == p.end_lineno) {
    if (extract_anchors(filename, line, start_offset, end_offset, &left, &right)) {
      primary = '~';
      secondary = '^';
    }
  } else {
    // A multi-line expression: highlight to the last non-blank character of
    // the first line (CPython scans the UTF-8 bytes from the character count).
    ssize i = line_chars;
    while (--i >= 0) {
      if (!is_ws(line[static_cast<size_t>(i)])) break;
    }
    end_offset = i + 1;
  }
  ssize stripped_len = line_chars - static_cast<ssize>(strip);
  bool secondary_ranges = left != -1 || right != -1;
  if (end_offset - start_offset == stripped_len && !secondary_ranges) return;
  ctx.write_indented_margin(indent, margin);
  for (ssize offset = truncation + 1; offset <= end_offset; ++offset) {
    if (offset <= start_offset) {
      ctx.out += ' ';
    } else if (secondary_ranges && left < offset && offset <= right) {
      ctx.out += secondary;
    } else {
      ctx.out += primary;
    }
  }
  ctx.out += "\n";
}

void print_line_repeated(PrintContext& ctx, long cnt) {
  cnt -= kRecursiveCutoff;
  ctx.mark();
  ctx.out += "  [Previous line repeated " + std::to_string(cnt) + (cnt > 1 ? " more times]\n" : " more time]\n");
}

void print_tb_entries(PrintContext& ctx, TracebackObject* tb, long limit, int indent, const char* margin) {
  long depth = 0;
  for (TracebackObject* t = tb; t; t = t->tb_next) ++depth;
  long keep_first = LONG_MAX;
  if (ctx.module_limit != LONG_MIN) {
    // traceback.py: a positive limit keeps the oldest entries.
    if (ctx.module_limit >= 0) {
      keep_first = ctx.module_limit;
      limit = LONG_MAX;
    } else {
      limit = -ctx.module_limit;
    }
  }
  while (tb && depth > limit) {
    --depth;
    tb = tb->tb_next;
  }
  Object* last_file = nullptr;
  int last_line = -1;
  Object* last_name = nullptr;
  long cnt = 0;
  for (long shown = 0; tb && shown < keep_first; tb = tb->tb_next, ++shown) {
    CodeObject* code = tb->tb_frame->f_frame->code;
    if (!last_file || code->co_filename != last_file || last_line == -1 || tb->tb_lineno != last_line ||
        !last_name || code->co_name != last_name) {
      if (cnt > kRecursiveCutoff) print_line_repeated(ctx, cnt);
      last_file = code->co_filename;
      last_line = tb->tb_lineno;
      last_name = code->co_name;
      cnt = 0;
    }
    ++cnt;
    if (cnt <= kRecursiveCutoff) display_line(ctx, tb, code, indent, margin);
  }
  if (cnt > kRecursiveCutoff) print_line_repeated(ctx, cnt);
}

long traceback_limit() {
  Object* limitv = sys_get_attr_borrowed("tracebacklimit");
  if (limitv && is_int(limitv)) {
    int overflow;
    int64_t v = int_as_i64_overflow(limitv, &overflow);
    if (overflow > 0) return LONG_MAX;
    if (overflow < 0 || v <= 0) return 0;
    return static_cast<long>(v);
  }
  return 1000;
}

bool is_group(Object* e) { return is_instance_of(e, &exc::BaseExceptionGroup); }

void print_exception_traceback(PrintContext& ctx, Object* value) {
  Object* tb = exception_get_traceback(value);
  if (tb && tb != None && is_traceback(tb)) {
    long limit = traceback_limit();
    if (limit > 0) {
      const char* header = "Traceback (most recent call last):\n";
      const char* header_margin = ctx.margin();
      if (is_group(value)) {
        header = "Exception Group Traceback (most recent call last):\n";
        if (ctx.group_depth == 1) header_margin = "+ ";
      }
      ctx.mark();
      ctx.write_indented_margin(ctx.indent(), header_margin);
      ctx.out += header;
      print_tb_entries(ctx, as_traceback(tb), limit, ctx.indent(), ctx.margin());
    }
  }
  xdecref(tb);
}

// The SyntaxError block ("  File ..., line N", the text, the carets); the
// message line follows from print_exception_message.  Returns the object
// whose str() is the message (the msg attribute), new reference.
Object* print_exception_file_and_line(PrintContext& ctx, Object* value) {
  Object* tmp;
  int r = lookup_attr(value, str_intern_cstr("print_file_and_line"), &tmp);
  if (r <= 0) {
    if (r < 0) clear_error();
    return newref(value);
  }
  decref(tmp);
  SyntaxErrorInfo info;
  if (!syntax_error_info_from_object(value, info)) return newref(value);
  SyntaxErrorObject* se = static_cast<SyntaxErrorObject*>(value);
  // format_syntax_error gives the whole report; keep all but its last line.
  std::string full = format_syntax_error(info);
  if (!full.empty() && full.back() == '\n') full.pop_back();
  size_t last = full.rfind('\n');
  std::string block = last == std::string::npos ? std::string() : full.substr(0, last + 1);
  // Each line gets the group margin.
  size_t pos = 0;
  while (pos < block.size()) {
    size_t nl = block.find('\n', pos);
    if (nl == std::string::npos) nl = block.size() - 1;
    ctx.write_indented_margin();
    ctx.out.append(block, pos, nl - pos + 1);
    pos = nl + 1;
  }
  return newref(se->msg ? se->msg : None);
}

void print_exception_message(PrintContext& ctx, Type* type, Object* value) {
  ctx.write_indented_margin();
  Object* modulename = get_attr(static_cast<Object*>(type), ID(dunder_module));
  if (!modulename || !is_str(modulename)) {
    xdecref(modulename);
    clear_error();
    ctx.out += "<unknown>.";
  } else {
    if (!str_equal_cstr(modulename, "builtins") && !str_equal_cstr(modulename, "__main__")) {
      ctx.out += str_to_std(modulename) + ".";
    }
    decref(modulename);
  }
  Object* qualname = type_get_qualname(type);
  if (!qualname || !is_str(qualname)) {
    xdecref(qualname);
    clear_error();
    ctx.out += "<unknown>";
  } else {
    ctx.out += str_to_std(qualname);
    decref(qualname);
  }
  if (value == None) return;
  Object* s = object_str(value);
  if (!s) {
    clear_error();
    ctx.out += ": <exception str() failed>";
  } else {
    if (!is_str(s) || str_length(s) != 0) ctx.out += ": ";
    ctx.out += str_to_std(s);
    decref(s);
  }
}

void print_exception_suggestions(PrintContext& ctx, Object* value) {
  Object* suggestion = offer_suggestions(value);
  if (suggestion) {
    ctx.out += ". Did you mean: '" + str_to_std(suggestion) + "'?";
    decref(suggestion);
  } else if (error_occurred()) {
    clear_error();
  }
}

void print_exception_notes(PrintContext& ctx, Object* value) {
  if (!is_exception_instance(value)) return;
  Object* notes;
  int r = lookup_attr(value, ID(dunder_notes), &notes);
  if (r <= 0) {
    if (r < 0) clear_error();
    return;
  }
  if (!is_sequence(notes) || is_str(notes) || is_bytes(notes)) {
    ctx.write_indented_margin();
    Object* s = object_repr(notes);
    if (!s) {
      clear_error();
      ctx.out += "<__notes__ repr() failed>";
    } else {
      ctx.out += str_to_std(s);
      decref(s);
    }
    decref(notes);
    ctx.out += "\n";
    return;
  }
  ssize n = object_length(notes);
  if (n < 0) {
    clear_error();
    n = 0;
  }
  for (ssize i = 0; i < n; ++i) {
    Object* note = sequence_get_item(notes, i);
    Object* note_str = note ? object_str(note) : nullptr;
    xdecref(note);
    if (!note_str) {
      clear_error();
      ctx.out += "<note str() failed>";
    } else {
      // str.splitlines(keepends=True), each line after the margin.
      std::string text = str_to_std(note_str);
      decref(note_str);
      size_t pos = 0;
      while (pos < text.size()) {
        size_t nl = text.find_first_of("\n\r", pos);
        size_t end = nl == std::string::npos ? text.size() : nl + 1;
        if (nl != std::string::npos && text[nl] == '\r' && nl + 1 < text.size() && text[nl + 1] == '\n') ++end;
        ctx.write_indented_margin();
        ctx.out.append(text, pos, end - pos);
        pos = end;
      }
    }
    ctx.out += "\n";
  }
  decref(notes);
}

void print_exception(PrintContext& ctx, Object* value) {
  if (!is_exception_instance(value)) {
    ctx.write_indent(ctx.indent());
    ctx.out += "TypeError: print_exception(): Exception expected for value, ";
    ctx.out += value->type->name;
    ctx.out += " found\n";
    return;
  }
  print_exception_traceback(ctx, value);
  Type* type = value->type;
  ctx.mark();
  Object* shown = print_exception_file_and_line(ctx, value);
  print_exception_message(ctx, type, shown);
  print_exception_suggestions(ctx, shown);
  ctx.out += "\n";
  print_exception_notes(ctx, shown);
  decref(shown);
}

void print_exception_recursive(PrintContext& ctx, Object* value);

void print_chained(PrintContext& ctx, Object* value, const char* message) {
  bool need_close = ctx.need_close;
  print_exception_recursive(ctx, value);
  ctx.need_close = need_close;
  ctx.mark();
  ctx.write_indented_margin();
  ctx.out += "\n";
  ctx.write_indented_margin();
  ctx.out += message;
  ctx.write_indented_margin();
  ctx.out += "\n";
}

void print_exception_cause_and_context(PrintContext& ctx, Object* value) {
  ctx.seen.insert(value);
  if (!is_exception_instance(value)) return;
  Object* cause = exception_get_cause(value);
  if (cause) {
    if (!ctx.seen.count(cause)) {
      print_chained(ctx, cause, "The above exception was the direct cause of the following exception:\n");
    }
    decref(cause);
    return;
  }
  if (as_exception(value)->suppress_context) return;
  Object* context = exception_get_context(value);
  if (context) {
    if (!ctx.seen.count(context)) {
      print_chained(ctx, context, "During handling of the above exception, another exception occurred:\n");
    }
    decref(context);
  }
}

void print_exception_group(PrintContext& ctx, Object* value) {
  if (ctx.group_depth > kGroupMaxDepth) {
    ctx.write_indented_margin();
    ctx.out += "... (max_group_depth is " + std::to_string(kGroupMaxDepth) + ")\n";
    return;
  }
  if (ctx.group_depth == 0) ctx.group_depth += 1;
  print_exception(ctx, value);
  Object* excs = static_cast<BaseExceptionGroupObject*>(value)->excs;
  ssize num_excs = excs ? tuple_size(excs) : 0;
  ssize n = num_excs <= kGroupMaxWidth ? num_excs : kGroupMaxWidth + 1;
  ctx.need_close = false;
  for (ssize i = 0; i < n; ++i) {
    bool last_exc = i == n - 1;
    if (last_exc) ctx.need_close = true;
    ctx.write_indent(ctx.indent());
    bool truncated = i >= kGroupMaxWidth;
    ctx.out += i == 0 ? "+-" : "  ";
    if (!truncated) {
      ctx.out += "+---------------- " + std::to_string(i + 1) + " ----------------\n";
    } else {
      ctx.out += "+---------------- ... ----------------\n";
    }
    ctx.group_depth += 1;
    if (!truncated) {
      print_exception_recursive(ctx, tuple_item(excs, i));
    } else {
      ssize remaining = num_excs - kGroupMaxWidth;
      ctx.write_indented_margin();
      ctx.out += "and " + std::to_string(remaining) + " more exception" + (remaining > 1 ? "s" : "") + "\n";
    }
    if (last_exc && ctx.need_close) {
      ctx.write_indent(ctx.indent());
      ctx.out += "+------------------------------------\n";
      ctx.need_close = false;
    }
    ctx.group_depth -= 1;
  }
  if (ctx.group_depth == 1) ctx.group_depth -= 1;
}

void print_exception_recursive(PrintContext& ctx, Object* value) {
  if (enter_recursive_call(" in print_exception_recursive") < 0) {
    clear_error();
    return;
  }
  if (ctx.chain) print_exception_cause_and_context(ctx, value);
  if (!is_group(value)) {
    print_exception(ctx, value);
  } else {
    print_exception_group(ctx, value);
  }
  leave_recursive_call();
}

}  // namespace

std::string format_traceback_entries(Object* tb, long limit) {
  PrintContext ctx;
  if (tb && is_traceback(tb)) print_tb_entries(ctx, as_traceback(tb), limit < 0 ? LONG_MAX : limit, 0, nullptr);
  return ctx.out;
}

std::string format_traceback_for_print(Object* tb) {
  if (!tb || !is_traceback(tb)) return std::string();
  long limit = traceback_limit();
  if (limit <= 0) return std::string();
  PrintContext ctx;
  ctx.out = "Traceback (most recent call last):\n";
  print_tb_entries(ctx, as_traceback(tb), limit, 0, nullptr);
  return ctx.out;
}

std::string format_exception_report(Object* exc) {
  PrintContext ctx;
  Object* saved = fetch_error();
  print_exception_recursive(ctx, exc);
  if (error_occurred()) clear_error();
  restore_error(saved);
  return ctx.out;
}

std::vector<std::string> format_exception_chunks(Object* exc, long limit, bool chain) {
  PrintContext ctx;
  ctx.chain = chain;
  ctx.module_limit = limit;
  Object* saved = fetch_error();
  print_exception_recursive(ctx, exc);
  if (error_occurred()) clear_error();
  restore_error(saved);
  std::vector<std::string> chunks;
  size_t start = 0;
  ctx.marks.push_back(ctx.out.size());
  for (size_t m : ctx.marks) {
    if (m > start) chunks.push_back(ctx.out.substr(start, m - start));
    start = m;
  }
  return chunks;
}

std::vector<std::string> format_traceback_chunks(Object* tb, long limit) {
  PrintContext ctx;
  ctx.module_limit = limit;
  if (tb && is_traceback(tb)) print_tb_entries(ctx, as_traceback(tb), LONG_MAX, 0, nullptr);
  std::vector<std::string> chunks;
  size_t start = 0;
  ctx.marks.push_back(ctx.out.size());
  for (size_t m : ctx.marks) {
    if (m > start) chunks.push_back(ctx.out.substr(start, m - start));
    start = m;
  }
  return chunks;
}

void print_exception_report(Object* exc) {
  std::string text = format_exception_report(exc);
  Object* err = sys_get_attr_borrowed("stderr");
  if (!err || err == None) {
    std::fputs("lost sys.stderr\n", stderr);
    return;
  }
  write_to_stderr(text);
}

int system_exit_status(Object* exc) {
  flush_std_streams();
  Object* code = static_cast<SystemExitObject*>(exc)->code;
  if (!code || code == None) return 0;
  if (is_int(code)) {
    int overflow;
    int64_t v = int_as_i64_overflow(code, &overflow);
    if (overflow) return -1;
    return static_cast<int>(v);
  }
  Object* s = object_str(code);
  std::string text;
  if (s) {
    text = str_to_std(s);
    decref(s);
  } else {
    clear_error();
  }
  write_to_stderr(text + "\n");
  return 1;
}

namespace {

void set_sys_last(Object* exc) {
  Object* sys = interpreter_sys_module();
  if (!sys) return;
  Object* d = module_dict(sys);
  Object* tb = exception_get_traceback(exc);
  dict_set_item(d, VM_ID(last_type), static_cast<Object*>(exc->type));
  dict_set_item(d, VM_ID(last_value), exc);
  dict_set_item(d, VM_ID(last_traceback), tb ? tb : None);
  xdecref(tb);
  if (error_occurred()) clear_error();
}

}  // namespace

void display_uncaught_exception(Object* exc) {
  set_sys_last(exc);
  Object* hook = sys_get_attr_borrowed("excepthook");
  if (!hook || hook == None) {
    write_to_stderr("sys.excepthook is missing\n");
    print_exception_report(exc);
    return;
  }
  if (is_default_excepthook(hook)) {
    print_exception_report(exc);
    return;
  }
  Object* tb = exception_get_traceback(exc);
  Object* result = call_function(hook, static_cast<Object*>(exc->type), exc, tb ? tb : None);
  xdecref(tb);
  if (result) {
    decref(result);
    return;
  }
  Object* exc2 = fetch_error();
  if (exc2 && is_instance_of(exc2, &exc::SystemExit)) {
    // CPython exits with the hook's SystemExit status; the caller can only
    // report 1 here, so honour the code by exiting now after flushing.
    int status = system_exit_status(exc2);
    decref(exc2);
    std::exit(interpreter_finalize(status));
  }
  flush_std_streams();
  write_to_stderr("Error in sys.excepthook:\n");
  if (exc2) print_exception_report(exc2);
  write_to_stderr("\nOriginal exception was:\n");
  print_exception_report(exc);
  xdecref(exc2);
}

void print_exception_and_clear(const char* what) {
  Object* e = fetch_error();
  std::fprintf(stderr, "%s\n", what);
  if (e) {
    std::string report = format_exception_report(e);
    std::fputs(report.c_str(), stderr);
    decref(e);
  }
}

Object* default_excepthook(Object* module, Object* const* args, ssize nargs) {
  if (!check_positional("excepthook", nargs, 3, 3)) return nullptr;
  Object* value = args[1];
  Object* tb = args[2];
  if (is_exception_instance(value) && tb && is_traceback(tb)) {
    Object* cur = exception_get_traceback(value);
    if (!cur) {
      exception_set_traceback(value, tb);
    } else {
      decref(cur);
    }
  }
  print_exception_report(value);
  return newref(None);
}

}  // namespace glasspy
