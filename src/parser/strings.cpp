// String literals: implicit concatenation of adjacent STRING tokens and the
// parsing of f-strings into JoinedStr / FormattedValue, as CPython 3.11 does
// it after tokenizing (Parser/string_parser.c and action_helpers.c), where an
// f-string is still one STRING token.
//
// Invariants worth knowing:
//  - Literal text accumulates in FState::last_str and becomes a Constant only
//    when an expression follows or at the end (empty pieces are dropped).
//  - Constants and FormattedValues get the position of the whole
//    concatenation (first..last token), except the JoinedStr of a format spec
//    and its final Constant, which get the position of the token holding them.
//  - A replacement field's expression is parsed by a sub-parser over the text
//    "(expr)", whose tokens are shifted into file positions (FStringContext).
//  - Errors are raised like CPython's: RAISE_SYNTAX_ERROR points at the last
//    token the main parser has read.
#include <string>
#include <vector>

#include "parser/literals.h"
#include "parser/parser_internal.h"

namespace glasspy::parser_impl {

namespace {

struct FState {
  std::string last_str;
  bool has_last = false;
  bool fmode = false;
  std::vector<expr*> exprs;

  void concat(std::string_view s) {
    if (s.empty()) return;
    last_str.append(s);
    has_last = true;
  }
};

bool is_ascii_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

}  // namespace

// The helper class holds the per-concatenation context; it is a friend in all
// but name: it only calls public members of Parser.
class FStringParser {
 public:
  FStringParser(Parser& p, int first, int last) : p_(p), first_(first), last_(last) {}

  // _PyPegen_FstringParser_ConcatFstring
  bool concat_fstring(FState& st, const char*& s, const char* end, bool raw, int recurse_lvl,
                      int t);
  // _PyPegen_FstringParser_Finish
  expr* finish(FState& st, int first, int last);
  expr* make_str_node(FState& st, int first, int last);

 private:
  int find_literal(const char*& s, const char* end, bool raw, std::string& literal,
                   bool& has_literal, int recurse_lvl);
  int find_literal_and_expr(const char*& s, const char* end, bool raw, int recurse_lvl,
                            std::string& literal, bool& has_literal, std::string& expr_text,
                            bool& has_expr_text, expr*& expression, int t);
  bool find_expr(const char*& s, const char* end, bool raw, int recurse_lvl,
                 std::string& expr_text, bool& has_expr_text, expr*& expression, int t);
  expr* compile_expr(const char* expr_start, const char* expr_end, int t);

  Parser& p_;
  int first_, last_;
};

expr* FStringParser::make_str_node(FState& st, int first, int last) {
  const Tok& f = p_.tok(first);
  const Tok& l = p_.tok(last);
  Constant* c = p_.mk_loc<Constant>(Loc{f.lineno, f.col, l.end_lineno, l.end_col});
  c->value.kind = ConstantValue::Kind::Str;
  c->value.text = p_.arena_.str(st.last_str);
  const Tok& first_tok = p_.tok(first_);
  if (!first_tok.text.empty() && first_tok.text[0] == 'u') c->kind = p_.arena_.str("u");
  st.last_str.clear();
  st.has_last = false;
  return c;
}

expr* FStringParser::finish(FState& st, int first, int last) {
  if (!st.fmode) return make_str_node(st, first, last);
  if (st.has_last) st.exprs.push_back(make_str_node(st, first, last));
  const Tok& f = p_.tok(first);
  const Tok& l = p_.tok(last);
  JoinedStr* j = p_.mk_loc<JoinedStr>(Loc{f.lineno, f.col, l.end_lineno, l.end_col});
  j->values = p_.arena_.seq(st.exprs);
  return j;
}

// fstring_find_literal: the literal text up to an un-doubled '{' (or, in a
// format spec, a '}'), decoded.  Returns -1 on error, 1 when a doubled brace
// ended the literal (the caller should loop without looking for an
// expression), else 0.
int FStringParser::find_literal(const char*& str, const char* end, bool raw,
                                std::string& literal, bool& has_literal, int recurse_lvl) {
  const char* s = str;
  const char* literal_start = s;
  int result = 0;
  bool done = false;
  while (s < end) {
    char ch = *s++;
    if (!raw && ch == '\\' && s < end) {
      ch = *s++;
      if (ch == 'N') {
        // Skip "\N{name}" so its braces are not taken for a replacement field.
        if (s < end && *s++ == '{') {
          while (s < end && *s++ != '}') {
          }
          continue;
        }
        continue;
      }
    }
    if (ch == '{' || ch == '}') {
      if (recurse_lvl == 0) {
        if (s < end && *s == ch) {
          str = s + 1;
          result = 1;
          done = true;
          break;
        }
        if (ch == '}') {
          str = s - 1;
          p_.raise_syntax("f-string: single '}' is not allowed");
          return -1;
        }
      }
      s--;
      break;
    }
  }
  if (!done) str = s;
  has_literal = false;
  if (literal_start != s) {
    std::string_view piece(literal_start, static_cast<size_t>(s - literal_start));
    if (raw) {
      literal.assign(piece);
    } else {
      std::string error;
      literal.clear();
      if (!decode_str_literal(piece, false, literal, error)) {
        p_.raise_syntax(error);
        return -1;
      }
    }
    has_literal = true;
  }
  return result;
}

// fstring_compile_expr: parses the text of a replacement field's expression.
expr* FStringParser::compile_expr(const char* expr_start, const char* expr_end, int ti) {
  const char* s = expr_start;
  for (; s != expr_end; ++s) {
    char c = *s;
    if (!(c == ' ' || c == '\t' || c == '\n' || c == '\f')) break;
  }
  if (s == expr_end) {
    if (*expr_end == '!' || *expr_end == ':' || *expr_end == '=') {
      p_.raise_syntax(std::string("f-string: expression required before '") + *expr_end + "'");
      return nullptr;
    }
    p_.raise_syntax("f-string: empty expression not allowed");
    return nullptr;
  }
  const Tok& t = p_.tok(ti);
  // fstring_find_expr_location: how far the expression sits from the token's
  // start, in lines, and its column shift on its first line.
  int lines = 0, cols = 0;
  {
    const char* parent_str = t.text.data();
    const char* brace = expr_start - 1;
    bool newline_after_brace = true;
    for (const char* q = expr_start; q < t.text.data() + t.text.size() && *q != '}' && *q != '\n';
         ++q) {
      if (*q != ' ' && *q != '\t' && *q != '\f') {
        newline_after_brace = false;
        break;
      }
    }
    if (!newline_after_brace) {
      const char* q = brace;
      while (q > parent_str && *q != '\n') --q;
      cols += static_cast<int>(brace - q);
      if (*q == '\n') cols -= 1;
    }
    for (const char* q = parent_str; q < brace; ++q)
      if (*q == '\n') ++lines;
  }
  SourceText sub;
  sub.filename = p_.source_.filename;
  sub.encoding = p_.source_.encoding;
  sub.utf8.reserve(static_cast<size_t>(expr_end - expr_start) + 3);
  sub.origin = SourceOrigin::String;
  sub.utf8 += '(';
  sub.utf8.append(expr_start, static_cast<size_t>(expr_end - expr_start));
  sub.utf8 += ")\n";  // CPython's string tokenizer adds the final newline
  FStringContext ctx;
  ctx.line_offset = t.lineno + lines - 1;
  ctx.starting_lineno = t.lineno + lines;
  ctx.starting_col_offset = lines != 0 ? cols : t.col + cols;
  Parser sub_parser(sub, ParseMode::Eval, p_.arena_, p_.err_, &ctx);
  sub_parser.warnings_ = p_.warnings_;
  expr* e = sub_parser.run_fstring();
  if (!e) {
    p_.error_ = true;
    if (sub_parser.memory_error_) p_.memory_error_ = true;
    return nullptr;
  }
  return e;
}

// fstring_find_expr: parses one replacement field starting at its '{'.
bool FStringParser::find_expr(const char*& str, const char* end, bool raw, int recurse_lvl,
                              std::string& expr_text, bool& has_expr_text, expr*& expression,
                              int t) {
  constexpr int kMaxLevel = 200;
  char quote_char = 0;
  int string_type = 0;
  int nested_depth = 0;
  char parenstack[kMaxLevel];
  has_expr_text = false;
  expr* format_spec = nullptr;
  int conversion = -1;
  const char* expr_start;
  const char* expr_end;
  expr* simple_expression;

  if (recurse_lvl >= 2) {
    p_.raise_syntax("f-string: expressions nested too deeply");
    return false;
  }
  str += 1;  // the '{'
  expr_start = str;
  for (; str < end; str++) {
    char ch = *str;
    if (ch == '\\') {
      p_.raise_syntax("f-string expression part cannot include a backslash");
      return false;
    }
    if (quote_char) {
      if (ch == quote_char) {
        if (string_type == 3) {
          if (str + 2 < end && str[1] == ch && str[2] == ch) {
            str += 2;
            string_type = 0;
            quote_char = 0;
            continue;
          }
        } else {
          quote_char = 0;
          string_type = 0;
          continue;
        }
      }
      continue;
    }
    if (ch == '\'' || ch == '"') {
      if (str + 2 < end && str[1] == ch && str[2] == ch) {
        string_type = 3;
        str += 2;
      } else {
        string_type = 1;
      }
      quote_char = ch;
    } else if (ch == '[' || ch == '{' || ch == '(') {
      if (nested_depth >= kMaxLevel) {
        p_.raise_syntax("f-string: too many nested parenthesis");
        return false;
      }
      parenstack[nested_depth] = ch;
      nested_depth++;
    } else if (ch == '#') {
      p_.raise_syntax("f-string expression part cannot include '#'");
      return false;
    } else if (nested_depth == 0 &&
               (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
      if (str + 1 < end) {
        char next = str[1];
        if ((ch == '!' && next == '=') || (ch == '=' && next == '=') ||
            (ch == '<' && next == '=') || (ch == '>' && next == '=')) {
          str += 1;
          continue;
        }
      }
      if (ch == '>' || ch == '<') continue;
      break;
    } else if (ch == ']' || ch == '}' || ch == ')') {
      if (!nested_depth) {
        p_.raise_syntax(std::string("f-string: unmatched '") + ch + "'");
        return false;
      }
      nested_depth--;
      char opening = parenstack[nested_depth];
      if (!((opening == '(' && ch == ')') || (opening == '[' && ch == ']') ||
            (opening == '{' && ch == '}'))) {
        p_.raise_syntax(std::string("f-string: closing parenthesis '") + ch +
                        "' does not match opening parenthesis '" + opening + "'");
        return false;
      }
    }
  }
  expr_end = str;
  if (quote_char) {
    p_.raise_syntax("f-string: unterminated string");
    return false;
  }
  if (nested_depth) {
    p_.raise_syntax(std::string("f-string: unmatched '") + parenstack[nested_depth - 1] + "'");
    return false;
  }
  if (str >= end) goto unexpected_end_of_string;

  simple_expression = compile_expr(expr_start, expr_end, t);
  if (!simple_expression) return false;

  if (*str == '=') {
    str += 1;
    while (is_ascii_space(*str)) str += 1;
    if (str >= end) goto unexpected_end_of_string;
    expr_text.assign(expr_start, static_cast<size_t>(str - expr_start));
    has_expr_text = true;
  }
  if (*str == '!') {
    str += 1;
    if (str >= end) goto unexpected_end_of_string;
    conversion = static_cast<unsigned char>(*str);
    str += 1;
    if (!(conversion == 's' || conversion == 'r' || conversion == 'a')) {
      p_.raise_syntax("f-string: invalid conversion character: expected 's', 'r', or 'a'");
      return false;
    }
  }
  if (str >= end) goto unexpected_end_of_string;
  if (*str == ':') {
    str += 1;
    if (str >= end) goto unexpected_end_of_string;
    FState spec;
    if (!concat_fstring(spec, str, end, raw, recurse_lvl + 1, t)) return false;
    format_spec = finish(spec, t, t);
  }
  if (str >= end || *str != '}') goto unexpected_end_of_string;
  str += 1;
  if (has_expr_text && !format_spec && conversion == -1) conversion = 'r';
  {
    const Tok& f = p_.tok(first_);
    const Tok& l = p_.tok(last_);
    FormattedValue* fv =
        p_.mk_loc<FormattedValue>(Loc{f.lineno, f.col, l.end_lineno, l.end_col});
    fv->value = simple_expression;
    fv->conversion = conversion;
    fv->format_spec = format_spec;
    expression = fv;
  }
  return true;

unexpected_end_of_string:
  p_.raise_syntax("f-string: expecting '}'");
  return false;
}

int FStringParser::find_literal_and_expr(const char*& str, const char* end, bool raw,
                                         int recurse_lvl, std::string& literal,
                                         bool& has_literal, std::string& expr_text,
                                         bool& has_expr_text, expr*& expression, int t) {
  has_expr_text = false;
  expression = nullptr;
  int result = find_literal(str, end, raw, literal, has_literal, recurse_lvl);
  if (result < 0) return -1;
  if (result == 1) return 1;
  if (str >= end || *str == '}') return 0;
  if (!find_expr(str, end, raw, recurse_lvl, expr_text, has_expr_text, expression, t)) return -1;
  return 0;
}

bool FStringParser::concat_fstring(FState& st, const char*& str, const char* end, bool raw,
                                   int recurse_lvl, int t) {
  st.fmode = true;
  std::string literal, expr_text;
  for (;;) {
    bool has_literal = false, has_expr_text = false;
    expr* expression = nullptr;
    int result = find_literal_and_expr(str, end, raw, recurse_lvl, literal, has_literal,
                                       expr_text, has_expr_text, expression, t);
    if (result < 0) return false;
    if (has_literal) st.concat(literal);
    if (has_expr_text) st.concat(expr_text);
    if (result == 1) continue;
    if (!expression) break;
    if (st.has_last) st.exprs.push_back(make_str_node(st, first_, last_));
    st.exprs.push_back(expression);
  }
  if (recurse_lvl == 0 && str < end - 1) {
    p_.raise_syntax("f-string: unexpected end of string");
    return false;
  }
  if (recurse_lvl != 0 && *str != '}') {
    p_.raise_syntax("f-string: expecting '}'");
    return false;
  }
  return true;
}

// _PyPegen_concatenate_strings
expr* Parser::concatenate_strings(int first, int last) {
  FStringParser fp(*this, first, last);
  FState state;
  bool bytesmode = false;
  std::string bytes_str;
  std::string buf;
  std::string error;
  for (int i = first; i <= last; ++i) {
    const Tok& t = tok(i);
    StringPrefix prefix;
    std::string_view body;
    split_string_token(t.text, prefix, body);
    bool this_bytes = prefix.bytes;
    bool fmode = prefix.fstring;
    // _PyPegen_parsestr: decode a plain literal right away.
    bool have_value = false;
    if (!fmode) {
      bool rawmode = prefix.raw || body.find('\\') == std::string_view::npos;
      if (this_bytes) {
        for (char c : body) {
          if (static_cast<unsigned char>(c) >= 0x80) {
            raise_at(loc_of(t), "bytes can only contain ASCII literal characters");
            return nullptr;
          }
        }
        if (rawmode) {
          buf.assign(body);
        } else {
          buf.clear();
          error.clear();
          if (!decode_bytes_literal(body, false, buf, error)) {
            raise_syntax(error);
            return nullptr;
          }
        }
      } else if (rawmode) {
        buf.assign(body);
      } else {
        buf.clear();
        error.clear();
        if (!decode_str_literal(body, false, buf, error)) {
          raise_syntax(error);
          return nullptr;
        }
      }
      have_value = true;
    }
    if (i != first && bytesmode != this_bytes) {
      raise_syntax("cannot mix bytes and nonbytes literals");
      return nullptr;
    }
    bytesmode = this_bytes;
    if (fmode) {
      const char* s = body.data();
      if (!fp.concat_fstring(state, s, body.data() + body.size(), prefix.raw, 0, i))
        return nullptr;
    } else if (have_value) {
      if (bytesmode) {
        bytes_str.append(buf);
      } else {
        state.concat(buf);
      }
    }
  }
  if (bytesmode) {
    const Tok& f = tok(first);
    const Tok& l = tok(last);
    Constant* c = mk_loc<Constant>(Loc{f.lineno, f.col, l.end_lineno, l.end_col});
    c->value.kind = ConstantValue::Kind::Bytes;
    c->value.text = arena_.str(bytes_str);
    return c;
  }
  return fp.finish(state, first, last);
}

}  // namespace glasspy::parser_impl
