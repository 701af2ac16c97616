// The methods of `str`: searching, splitting, stripping, case mapping (with
// CPython's full mappings and final-sigma rule, from unicode_case.inc),
// predicates, padding, replace, translate, encode.  Formatting lives in
// format_spec.cpp (__format__), str_format_method.cpp (format, format_map)
// and str_percent_format.cpp (%).
#include <algorithm>
#include <cstring>
#include <limits>
#include <string>
#include <vector>

#include "objects/abstract.h"
#include "objects/call.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/exhaustion_guard.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/singletons.h"
#include "objects/format_spec.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "util/unicode.h"

namespace glasspy {

namespace {

struct CaseRange {
  uint32_t first, last;
};
struct CaseMapping {
  uint32_t cp;
  uint32_t to[3];
  int n;
};

#include "objects/unicode_case.inc"

template <size_t N>
bool in_ranges(const CaseRange (&table)[N], uint32_t c) {
  const CaseRange* it = std::upper_bound(table, table + N, c, [](uint32_t v, const CaseRange& r) { return v < r.first; });
  if (it == table) return false;
  --it;
  return c <= it->last;
}

template <size_t N>
const CaseMapping* find_mapping(const CaseMapping (&table)[N], uint32_t c) {
  const CaseMapping* it =
      std::lower_bound(table, table + N, c, [](const CaseMapping& m, uint32_t v) { return m.cp < v; });
  if (it != table + N && it->cp == c) return it;
  return nullptr;
}

bool is_upper(uint32_t c) { return c < 128 ? (c >= 'A' && c <= 'Z') : in_ranges(kUpperRanges, c); }
bool is_lower(uint32_t c) { return c < 128 ? (c >= 'a' && c <= 'z') : in_ranges(kLowerRanges, c); }
bool is_title(uint32_t c) { return c >= 128 && in_ranges(kTitleRanges, c); }
bool is_cased(uint32_t c) { return is_upper(c) || is_lower(c) || is_title(c); }
bool is_case_ignorable(uint32_t c) { return in_ranges(kCaseIgnorableRanges, c); }

template <size_t N>
void append_mapped(StrBuilder& out, const CaseMapping (&table)[N], uint32_t c) {
  const CaseMapping* m = find_mapping(table, c);
  if (!m) {
    out.append_char(c);
    return;
  }
  for (int k = 0; k < m->n; ++k) out.append_char(m->to[k]);
}

// Σ lowercases to ς at the end of a word (CPython's handle_capital_sigma).
uint32_t capital_sigma(Object* s, ssize i) {
  const ssize length = str_length(s);
  ssize j;
  uint32_t c = 0;
  for (j = i - 1; j >= 0; --j) {
    c = str_char_at(s, j);
    if (!is_case_ignorable(c)) break;
  }
  bool final_sigma = j >= 0 && is_cased(c);
  if (final_sigma && i + 1 < length) {
    for (j = i + 1; j < length; ++j) {
      c = str_char_at(s, j);
      if (!is_case_ignorable(c)) break;
    }
    final_sigma = j == length || !is_cased(c);
  }
  return final_sigma ? 0x3C2 : 0x3C3;
}

void append_lower(StrBuilder& out, Object* s, ssize i, uint32_t c) {
  if (c == 0x3A3) {
    out.append_char(capital_sigma(s, i));
    return;
  }
  if (c < 128) {
    out.append_char(c >= 'A' && c <= 'Z' ? c + 32 : c);
    return;
  }
  append_mapped(out, kLowerMap, c);
}

void append_upper(StrBuilder& out, uint32_t c) {
  if (c < 128) {
    out.append_char(c >= 'a' && c <= 'z' ? c - 32 : c);
    return;
  }
  append_mapped(out, kUpperMap, c);
}

void append_title(StrBuilder& out, uint32_t c) {
  if (c < 128) {
    out.append_char(c >= 'a' && c <= 'z' ? c - 32 : c);
    return;
  }
  append_mapped(out, kTitleMap, c);
}

// An exact copy when nothing changed keeps identities as CPython's do not:
// case methods always return a new string except for the empty one.
Object* finish(StrBuilder& b) { return b.finish(); }

// ASCII text maps byte for byte: one pass straight into the result.
Object* ascii_case_map(Object* self, bool to_upper) {
  const ssize n = str_length(self);
  if (n == 0) return newref(empty_str());
  // Always a new string, one character long included, as in CPython.
  Object* r = str_new(n, 127);
  if (!r) return nullptr;
  const uint8_t* from = static_cast<const uint8_t*>(str_data(self));
  uint8_t* to = static_cast<uint8_t*>(as_str(r)->data);
  const uint8_t lo = to_upper ? 'a' : 'A';
  for (ssize i = 0; i < n; ++i) {
    const uint8_t c = from[i];
    to[i] = static_cast<uint8_t>(c - lo) < 26 ? static_cast<uint8_t>(c ^ 0x20) : c;
  }
  return r;
}

Object* str_lower(Object* self) {
  if (str_is_ascii(self)) return ascii_case_map(self, false);
  StrBuilder b;
  const ssize n = str_length(self);
  b.reserve(static_cast<size_t>(n));
  for (ssize i = 0; i < n; ++i) append_lower(b, self, i, str_char_at(self, i));
  return finish(b);
}

Object* str_upper(Object* self) {
  if (str_is_ascii(self)) return ascii_case_map(self, true);
  StrBuilder b;
  const ssize n = str_length(self);
  b.reserve(static_cast<size_t>(n));
  for (ssize i = 0; i < n; ++i) append_upper(b, str_char_at(self, i));
  return finish(b);
}

Object* str_casefold(Object* self) {
  StrBuilder b;
  const ssize n = str_length(self);
  for (ssize i = 0; i < n; ++i) {
    uint32_t c = str_char_at(self, i);
    if (c < 128) b.append_char(c >= 'A' && c <= 'Z' ? c + 32 : c);
    else append_mapped(b, kFoldMap, c);
  }
  return finish(b);
}

Object* str_swapcase(Object* self) {
  StrBuilder b;
  const ssize n = str_length(self);
  for (ssize i = 0; i < n; ++i) {
    uint32_t c = str_char_at(self, i);
    if (is_upper(c)) append_lower(b, self, i, c);
    else if (is_lower(c)) append_upper(b, c);
    else b.append_char(c);
  }
  return finish(b);
}

Object* str_capitalize(Object* self) {
  StrBuilder b;
  const ssize n = str_length(self);
  for (ssize i = 0; i < n; ++i) {
    uint32_t c = str_char_at(self, i);
    if (i == 0) append_title(b, c);
    else append_lower(b, self, i, c);
  }
  return finish(b);
}

Object* str_title(Object* self) {
  StrBuilder b;
  const ssize n = str_length(self);
  bool previous_is_cased = false;
  for (ssize i = 0; i < n; ++i) {
    uint32_t c = str_char_at(self, i);
    if (previous_is_cased) append_lower(b, self, i, c);
    else append_title(b, c);
    previous_is_cased = is_cased(c);
  }
  return finish(b);
}

// ---- predicates ----

template <class Pred>
Object* all_chars(Object* self, Pred pred, bool empty_result) {
  const ssize n = str_length(self);
  if (n == 0) return bool_from(empty_result);
  for (ssize i = 0; i < n; ++i)
    if (!pred(str_char_at(self, i))) return newref(False);
  return newref(True);
}

Object* str_isspace(Object* self) { return all_chars(self, unicode::is_space, false); }
Object* str_isalpha(Object* self) { return all_chars(self, unicode::is_alpha, false); }
Object* str_isalnum(Object* self) { return all_chars(self, unicode::is_alnum, false); }
Object* str_isdecimal(Object* self) { return all_chars(self, unicode::is_decimal, false); }
Object* str_isdigit(Object* self) { return all_chars(self, unicode::is_digit, false); }
Object* str_isnumeric(Object* self) { return all_chars(self, unicode::is_numeric, false); }
Object* str_isprintable(Object* self) { return all_chars(self, unicode::is_printable, true); }
Object* str_isascii(Object* self) { return bool_from(str_is_ascii(self)); }

Object* str_islower(Object* self) {
  const ssize n = str_length(self);
  if (n == 1) return bool_from(is_lower(str_char_at(self, 0)));
  bool cased = false;
  for (ssize i = 0; i < n; ++i) {
    uint32_t c = str_char_at(self, i);
    if (is_upper(c) || is_title(c)) return newref(False);
    if (!cased && is_lower(c)) cased = true;
  }
  return bool_from(cased);
}

Object* str_isupper(Object* self) {
  const ssize n = str_length(self);
  if (n == 1) return bool_from(is_upper(str_char_at(self, 0)));
  bool cased = false;
  for (ssize i = 0; i < n; ++i) {
    uint32_t c = str_char_at(self, i);
    if (is_lower(c) || is_title(c)) return newref(False);
    if (!cased && is_upper(c)) cased = true;
  }
  return bool_from(cased);
}

Object* str_istitle(Object* self) {
  const ssize n = str_length(self);
  if (n == 1) {
    uint32_t c = str_char_at(self, 0);
    return bool_from(is_title(c) || is_upper(c));
  }
  bool cased = false, previous_is_cased = false;
  for (ssize i = 0; i < n; ++i) {
    uint32_t c = str_char_at(self, i);
    if (is_upper(c) || is_title(c)) {
      if (previous_is_cased) return newref(False);
      previous_is_cased = cased = true;
    } else if (is_lower(c)) {
      if (!previous_is_cased) return newref(False);
      previous_is_cased = cased = true;
    } else {
      previous_is_cased = false;
    }
  }
  return bool_from(cased);
}

Object* str_isidentifier(Object* self) {
  const ssize n = str_length(self);
  if (n == 0) return newref(False);
  uint32_t c = str_char_at(self, 0);
  if (!unicode::is_xid_start(c) && c != '_') return newref(False);
  for (ssize i = 1; i < n; ++i)
    if (!unicode::is_xid_continue(str_char_at(self, i))) return newref(False);
  return newref(True);
}

// ---- searching ----

// Argument-type errors name None as "None", not by its type.
const char* arg_type_name(Object* o) { return o == None ? "None" : o->type->name; }

Object* must_be_str(Object* o) {
  return format_error(&exc::TypeError, "must be str, not %.100s", o->type->name);
}

// (sub[, start[, end]]) for find, index, count...: adjusted bounds.
bool parse_sub_args(const char* name, Object* const* args, ssize nargs, Object* self, Object** sub, ssize* start,
                    ssize* end) {
  if (!check_parse_tuple_arity(name, nargs, 1, 3)) return false;
  if (!is_str(args[0])) {
    must_be_str(args[0]);
    return false;
  }
  *sub = args[0];
  *start = 0;
  *end = PTRDIFF_MAX;
  if (nargs > 1 && !arg_to_slice_index(args[1], start)) return false;
  if (nargs > 2 && !arg_to_slice_index(args[2], end)) return false;
  const ssize len = str_length(self);
  if (*end > len) *end = len;
  else if (*end < 0) {
    *end += len;
    if (*end < 0) *end = 0;
  }
  if (*start < 0) {
    *start += len;
    if (*start < 0) *start = 0;
  }
  return true;
}

Object* str_find_method(Object* self, Object* const* args, ssize nargs) {
  Object* sub;
  ssize start, end;
  if (!parse_sub_args("find", args, nargs, self, &sub, &start, &end)) return nullptr;
  return int_from_ssize(str_find(self, sub, start, end, 1));
}

Object* str_rfind(Object* self, Object* const* args, ssize nargs) {
  Object* sub;
  ssize start, end;
  if (!parse_sub_args("rfind", args, nargs, self, &sub, &start, &end)) return nullptr;
  return int_from_ssize(str_find(self, sub, start, end, -1));
}

Object* str_index(Object* self, Object* const* args, ssize nargs) {
  Object* sub;
  ssize start, end;
  if (!parse_sub_args("index", args, nargs, self, &sub, &start, &end)) return nullptr;
  ssize r = str_find(self, sub, start, end, 1);
  if (r < 0) {
    set_error(&exc::ValueError, "substring not found");
    return nullptr;
  }
  return int_from_ssize(r);
}

Object* str_rindex(Object* self, Object* const* args, ssize nargs) {
  Object* sub;
  ssize start, end;
  if (!parse_sub_args("rindex", args, nargs, self, &sub, &start, &end)) return nullptr;
  ssize r = str_find(self, sub, start, end, -1);
  if (r < 0) {
    set_error(&exc::ValueError, "substring not found");
    return nullptr;
  }
  return int_from_ssize(r);
}

ssize count_in(Object* self, Object* sub, ssize start, ssize end, ssize maxcount) {
  const ssize m = str_length(sub);
  if (end - start < m) return 0;
  if (m == 0) return std::min(end - start + 1, maxcount);
  ssize count = 0;
  ssize pos = start;
  while (count < maxcount) {
    ssize found = str_find(self, sub, pos, end, 1);
    if (found < 0) break;
    ++count;
    pos = found + m;
  }
  return count;
}

Object* str_count(Object* self, Object* const* args, ssize nargs) {
  Object* sub;
  ssize start, end;
  if (!parse_sub_args("count", args, nargs, self, &sub, &start, &end)) return nullptr;
  if (start > str_length(self)) return int_from_ssize(0);
  return int_from_ssize(count_in(self, sub, start, end, PTRDIFF_MAX));
}

// startswith / endswith: prefix a str or a tuple of str.
Object* tailmatch(Object* self, Object* const* args, ssize nargs, const char* name, bool at_end) {
  if (!check_parse_tuple_arity(name, nargs, 1, 3)) return nullptr;
  ssize start = 0, end = PTRDIFF_MAX;
  if (nargs > 1 && !arg_to_slice_index(args[1], &start)) return nullptr;
  if (nargs > 2 && !arg_to_slice_index(args[2], &end)) return nullptr;
  const ssize len = str_length(self);
  if (end > len) end = len;
  else if (end < 0) {
    end += len;
    if (end < 0) end = 0;
  }
  if (start < 0) {
    start += len;
    if (start < 0) start = 0;
  }
  auto match = [&](Object* sub) {
    ssize m = str_length(sub);
    ssize e = end - m;
    if (e < start) return false;
    ssize pos = at_end ? e : start;
    if (m == 0) return true;
    const int ks = str_kind(self), kt = str_kind(sub);
    return kind_data_equal(ks, static_cast<const char*>(str_data(self)) + pos * ks, kt, str_data(sub), m);
  };
  Object* subobj = args[0];
  if (is_tuple(subobj)) {
    for (ssize i = 0; i < tuple_size(subobj); ++i) {
      Object* sub = tuple_item(subobj, i);
      if (!is_str(sub)) {
        return format_error(&exc::TypeError, "tuple for %s must only contain str, not %.100s", name, sub->type->name);
      }
      if (match(sub)) return newref(True);
    }
    return newref(False);
  }
  if (!is_str(subobj)) {
    return format_error(&exc::TypeError, "%s first arg must be str or a tuple of str, not %.100s", name,
                        subobj->type->name);
  }
  return bool_from(match(subobj));
}

Object* str_startswith(Object* self, Object* const* args, ssize nargs) {
  return tailmatch(self, args, nargs, "startswith", false);
}
Object* str_endswith(Object* self, Object* const* args, ssize nargs) {
  return tailmatch(self, args, nargs, "endswith", true);
}

// ---- splitting ----

bool parse_split_args(const char* name, Object* const* args, ssize nargs, Object* kwnames, Object** sep,
                      ssize* maxsplit) {
  ArgParser parser{name, {"sep", "maxsplit"}, 0, 2};
  Object* argv[2] = {};
  if (!parse_args(parser, args, nargs, kwnames, argv)) return false;
  *sep = argv[0] == None ? nullptr : argv[0];
  if (*sep && !is_str(*sep)) {
    format_error(&exc::TypeError, "must be str or None, not %.100s", (*sep)->type->name);
    return false;
  }
  *maxsplit = -1;
  if (argv[1] && !arg_to_ssize(argv[1], maxsplit)) return false;
  if (*maxsplit < 0) *maxsplit = PTRDIFF_MAX;
  if (*sep && str_length(*sep) == 0) {
    set_error(&exc::ValueError, "empty separator");
    return false;
  }
  return true;
}

// Appends self[a:b] (self itself when it is the whole exact string).
bool append_piece(Object* list, Object* self, ssize a, ssize b) {
  Object* piece = str_substring(self, a, b);
  if (!piece) return false;
  int r = list_append(list, piece);
  decref(piece);
  return r == 0;
}

Object* split_impl(Object* self, Object* sep, ssize maxcount, bool right) {
  const ssize n = str_length(self);
  Object* list = list_new(0);
  if (!list) return nullptr;
  if (!sep) {
    // Runs of whitespace separate; leading/trailing whitespace is dropped.
    if (!right) {
      ssize i = 0;
      while (maxcount-- > 0) {
        while (i < n && unicode::is_space(str_char_at(self, i))) ++i;
        if (i == n) break;
        ssize j = i;
        while (j < n && !unicode::is_space(str_char_at(self, j))) ++j;
        if (j == n && i == 0 && is_str_exact(self)) {
          // The whole string: the same object.
          if (list_append(list, self) < 0) goto fail;
          return list;
        }
        if (!append_piece(list, self, i, j)) goto fail;
        i = j;
      }
      while (i < n && unicode::is_space(str_char_at(self, i))) ++i;
      if (i != n && !append_piece(list, self, i, n)) goto fail;
    } else {
      ssize i = n - 1;
      while (maxcount-- > 0) {
        while (i >= 0 && unicode::is_space(str_char_at(self, i))) --i;
        if (i < 0) break;
        ssize j = i;
        while (j >= 0 && !unicode::is_space(str_char_at(self, j))) --j;
        if (j < 0 && i == n - 1 && is_str_exact(self)) {
          if (list_append(list, self) < 0) goto fail;
          return list;
        }
        if (!append_piece(list, self, j + 1, i + 1)) goto fail;
        i = j;
      }
      while (i >= 0 && unicode::is_space(str_char_at(self, i))) --i;
      if (i >= 0 && !append_piece(list, self, 0, i + 1)) goto fail;
      list_reverse(list);
    }
    return list;
  }
  {
    const ssize m = str_length(sep);
    if (!right) {
      ssize i = 0;
      while (maxcount-- > 0) {
        ssize pos = str_find(self, sep, i, n, 1);
        if (pos < 0) break;
        if (!append_piece(list, self, i, pos)) goto fail;
        i = pos + m;
      }
      if (i == 0 && is_str_exact(self)) {
        if (list_append(list, self) < 0) goto fail;
      } else if (!append_piece(list, self, i, n)) {
        goto fail;
      }
    } else {
      ssize j = n;
      while (maxcount-- > 0) {
        ssize pos = str_find(self, sep, 0, j, -1);
        if (pos < 0) break;
        if (!append_piece(list, self, pos + m, j)) goto fail;
        j = pos;
      }
      if (j == n && is_str_exact(self)) {
        if (list_append(list, self) < 0) goto fail;
      } else if (!append_piece(list, self, 0, j)) {
        goto fail;
      }
      list_reverse(list);
    }
  }
  return list;
fail:
  decref(list);
  return nullptr;
}

Object* str_split(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  Object* sep;
  ssize maxsplit;
  if (!parse_split_args("split", args, nargs, kwnames, &sep, &maxsplit)) return nullptr;
  return split_impl(self, sep, maxsplit, false);
}

Object* str_rsplit(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  Object* sep;
  ssize maxsplit;
  if (!parse_split_args("rsplit", args, nargs, kwnames, &sep, &maxsplit)) return nullptr;
  return split_impl(self, sep, maxsplit, true);
}

bool is_linebreak(uint32_t c) {
  switch (c) {
    case 0x0A: case 0x0B: case 0x0C: case 0x0D: case 0x1C: case 0x1D: case 0x1E: case 0x85: case 0x2028: case 0x2029:
      return true;
    default:
      return false;
  }
}

Object* str_splitlines(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  static const ArgParser parser{"splitlines", {"keepends"}, 0, 1};
  Object* argv[1] = {};
  if (!parse_args(parser, args, nargs, kwnames, argv)) return nullptr;
  int keepends = 0;
  if (argv[0] && !arg_to_int(argv[0], &keepends)) return nullptr;
  const ssize n = str_length(self);
  Object* list = list_new(0);
  if (!list) return nullptr;
  ssize i = 0;
  while (i < n) {
    ssize j = i;
    while (j < n && !is_linebreak(str_char_at(self, j))) ++j;
    ssize eol = j;
    if (j < n) {
      if (str_char_at(self, j) == '\r' && j + 1 < n && str_char_at(self, j + 1) == '\n') j += 2;
      else ++j;
      if (keepends) eol = j;
    }
    if (i == 0 && j == n && eol == n && is_str_exact(self)) {
      if (list_append(list, self) < 0) {
        decref(list);
        return nullptr;
      }
      break;
    }
    if (!append_piece(list, self, i, eol)) {
      decref(list);
      return nullptr;
    }
    i = j;
  }
  return list;
}

Object* partition_impl(Object* self, Object* sep, bool right) {
  if (!is_str(sep)) return must_be_str(sep);
  if (str_length(sep) == 0) {
    set_error(&exc::ValueError, "empty separator");
    return nullptr;
  }
  const ssize n = str_length(self);
  ssize pos = str_find(self, sep, 0, n, right ? -1 : 1);
  Object* empty = empty_str();
  if (pos < 0) {
    // The string itself, as CPython (a str subclass keeps its type).
    return right ? tuple_pack({empty, empty, self}) : tuple_pack({self, empty, empty});
  }
  Object* before = str_substring(self, 0, pos);
  Object* after = before ? str_substring(self, pos + str_length(sep), n) : nullptr;
  Object* t = after ? tuple_pack({before, sep, after}) : nullptr;
  xdecref(before);
  xdecref(after);
  return t;
}

Object* str_partition(Object* self, Object* sep) { return partition_impl(self, sep, false); }
Object* str_rpartition(Object* self, Object* sep) { return partition_impl(self, sep, true); }

// ---- stripping ----

Object* strip_impl(Object* self, Object* const* args, ssize nargs, const char* name, bool left, bool right) {
  if (!check_positional(name, nargs, 0, 1)) return nullptr;
  Object* chars = nargs > 0 && args[0] != None ? args[0] : nullptr;
  if (chars && !is_str(chars)) {
    return format_error(&exc::TypeError, "%s arg must be None or str", name);
  }
  auto strip_it = [&](uint32_t c) {
    if (!chars) return unicode::is_space(c);
    for (ssize k = 0; k < str_length(chars); ++k)
      if (str_char_at(chars, k) == c) return true;
    return false;
  };
  ssize i = 0, j = str_length(self);
  if (left)
    while (i < j && strip_it(str_char_at(self, i))) ++i;
  if (right)
    while (j > i && strip_it(str_char_at(self, j - 1))) --j;
  return str_substring(self, i, j);
}

Object* str_strip(Object* self, Object* const* args, ssize nargs) { return strip_impl(self, args, nargs, "strip", true, true); }
Object* str_lstrip(Object* self, Object* const* args, ssize nargs) { return strip_impl(self, args, nargs, "lstrip", true, false); }
Object* str_rstrip(Object* self, Object* const* args, ssize nargs) { return strip_impl(self, args, nargs, "rstrip", false, true); }

Object* str_removeprefix(Object* self, Object* prefix) {
  if (!is_str(prefix)) {
    return format_error(&exc::TypeError, "removeprefix() argument must be str, not %.50s", arg_type_name(prefix));
  }
  const ssize n = str_length(self), m = str_length(prefix);
  if (m <= n && kind_data_equal(str_kind(self), str_data(self), str_kind(prefix), str_data(prefix), m))
    return str_substring(self, m, n);
  return str_substring(self, 0, n);
}

Object* str_removesuffix(Object* self, Object* suffix) {
  if (!is_str(suffix)) {
    return format_error(&exc::TypeError, "removesuffix() argument must be str, not %.50s", arg_type_name(suffix));
  }
  const ssize n = str_length(self), m = str_length(suffix);
  if (m > 0 && m <= n &&
      kind_data_equal(str_kind(self), static_cast<const char*>(str_data(self)) + (n - m) * str_kind(self),
                      str_kind(suffix), str_data(suffix), m))
    return str_substring(self, 0, n - m);
  return str_substring(self, 0, n);
}

// ---- replace ----

Object* replace_impl(Object* self, Object* old, Object* repl, ssize maxcount) {
  const ssize n = str_length(self), m = str_length(old);
  if (maxcount < 0) maxcount = PTRDIFF_MAX;
  ssize count = m == 0 ? std::min(n + 1, maxcount) : count_in(self, old, 0, n, maxcount);
  if (count == 0 || (m == str_length(repl) && str_equal(old, repl))) return str_substring(self, 0, n);
  StrBuilder b;
  if (m == 0) {
    // Insert repl before every character (and at the end), count times.
    ssize i = 0;
    for (; i < n && count > 0; ++i, --count) {
      b.append_str(repl);
      b.append_char(str_char_at(self, i));
    }
    if (count > 0) b.append_str(repl);
    b.append_str(self, i, n);
    return b.finish();
  }
  ssize i = 0;
  while (count-- > 0) {
    ssize pos = str_find(self, old, i, n, 1);
    if (pos < 0) break;
    b.append_str(self, i, pos);
    b.append_str(repl);
    i = pos + m;
  }
  b.append_str(self, i, n);
  return b.finish();
}

Object* str_replace(Object* self, Object* const* args, ssize nargs) {
  if (!check_positional("replace", nargs, 2, 3)) return nullptr;
  for (int k = 0; k < 2; ++k) {
    if (!is_str(args[k])) {
      return format_error(&exc::TypeError, "replace() argument %d must be str, not %.50s", k + 1, arg_type_name(args[k]));
    }
  }
  ssize count = -1;
  if (nargs > 2 && !arg_to_ssize(args[2], &count)) return nullptr;
  return replace_impl(self, args[0], args[1], count);
}

// ---- padding ----

bool parse_fill(Object* const* args, ssize nargs, const char* name, ssize* width, uint32_t* fill) {
  if (!check_positional(name, nargs, 1, 2)) return false;
  if (!arg_to_ssize(args[0], width)) return false;
  *fill = ' ';
  if (nargs > 1) {
    if (!is_str(args[1])) {
      format_error(&exc::TypeError, "The fill character must be a unicode character, not %.100s", args[1]->type->name);
      return false;
    }
    if (str_length(args[1]) != 1) {
      set_error(&exc::TypeError, "The fill character must be exactly one character long");
      return false;
    }
    *fill = str_char_at(args[1], 0);
  }
  return true;
}

Object* pad(Object* self, ssize left, ssize right, uint32_t fill) {
  if (left < 0) left = 0;
  if (right < 0) right = 0;
  if (left == 0 && right == 0) return str_substring(self, 0, str_length(self));
  return guard_exhaustion([&] {
    StrBuilder b;
    b.reserve(static_cast<size_t>(left) + static_cast<size_t>(right) + static_cast<size_t>(str_length(self)));
    for (ssize k = 0; k < left; ++k) b.append_char(fill);
    b.append_str(self);
    for (ssize k = 0; k < right; ++k) b.append_char(fill);
    return b.finish();
  });
}

Object* str_center(Object* self, Object* const* args, ssize nargs) {
  ssize width;
  uint32_t fill;
  if (!parse_fill(args, nargs, "center", &width, &fill)) return nullptr;
  ssize len = str_length(self);
  if (len >= width) return str_substring(self, 0, len);
  ssize marg = width - len;
  ssize left = marg / 2 + (marg & width & 1);
  return pad(self, left, marg - left, fill);
}

Object* str_ljust(Object* self, Object* const* args, ssize nargs) {
  ssize width;
  uint32_t fill;
  if (!parse_fill(args, nargs, "ljust", &width, &fill)) return nullptr;
  return pad(self, 0, width - str_length(self), fill);
}

Object* str_rjust(Object* self, Object* const* args, ssize nargs) {
  ssize width;
  uint32_t fill;
  if (!parse_fill(args, nargs, "rjust", &width, &fill)) return nullptr;
  return pad(self, width - str_length(self), 0, fill);
}

Object* str_zfill(Object* self, Object* arg) {
  ssize width;
  if (!arg_to_ssize(arg, &width)) return nullptr;
  const ssize len = str_length(self);
  if (len >= width) return str_substring(self, 0, len);
  return guard_exhaustion([&] {
    StrBuilder b;
    b.reserve(static_cast<size_t>(width));
    ssize fill = width - len;
    ssize i = 0;
    if (len > 0) {
      uint32_t c = str_char_at(self, 0);
      if (c == '+' || c == '-') {
        b.append_char(c);
        i = 1;
      }
    }
    for (ssize k = 0; k < fill; ++k) b.append_char('0');
    b.append_str(self, i, len);
    return b.finish();
  });
}

Object* expand_tabs_into(Object* self, int tabsize, ssize total);

Object* str_expandtabs(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  static const ArgParser parser{"expandtabs", {"tabsize"}, 0, 1};
  Object* argv[1] = {};
  if (!parse_args(parser, args, nargs, kwnames, argv)) return nullptr;
  int tabsize = 8;
  if (argv[0] && !arg_to_int(argv[0], &tabsize)) return nullptr;
  // The size first, so that a result too big fails before any is built.
  const ssize n = str_length(self);
  ssize total = 0;
  ssize line = 0;
  for (ssize i = 0; i < n; ++i) {
    uint32_t c = str_char_at(self, i);
    if (c == '\t') {
      if (tabsize <= 0) continue;
      ssize incr = tabsize - (line % tabsize);
      if (incr > std::numeric_limits<ssize>::max() - total) {
        set_error(&exc::OverflowError, "new string is too long");
        return nullptr;
      }
      total += incr;
      line += incr;
    } else {
      if (total == std::numeric_limits<ssize>::max()) {
        set_error(&exc::OverflowError, "new string is too long");
        return nullptr;
      }
      ++total;
      ++line;
      if (c == '\n' || c == '\r') line = 0;
    }
  }
  return guard_exhaustion([&] { return expand_tabs_into(self, tabsize, total); });
}

Object* expand_tabs_into(Object* self, int tabsize, ssize total) {
  StrBuilder b;
  b.reserve(static_cast<size_t>(total));
  ssize column = 0;
  for (ssize i = 0; i < str_length(self); ++i) {
    uint32_t c = str_char_at(self, i);
    if (c == '\t') {
      if (tabsize > 0) {
        ssize incr = tabsize - (column % tabsize);
        column += incr;
        for (ssize k = 0; k < incr; ++k) b.append_char(' ');
      }
    } else {
      ++column;
      b.append_char(c);
      if (c == '\n' || c == '\r') column = 0;
    }
  }
  return b.finish();
}

// ---- encode, translate ----

Object* str_encode_method(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  static const ArgParser parser{"encode", {"encoding", "errors"}, 0, 2};
  Object* argv[2] = {};
  if (!parse_args(parser, args, nargs, kwnames, argv)) return nullptr;
  for (int k = 0; k < 2; ++k) {
    if (argv[k] && !is_str(argv[k])) {
      return format_error(&exc::TypeError, "encode() argument '%s' must be str, not %.50s",
                          k == 0 ? "encoding" : "errors", arg_type_name(argv[k]));
    }
  }
  return str_encode(self, argv[0], argv[1]);
}

Object* str_maketrans(Object* unused, Object* const* args, ssize nargs) {
  if (!check_positional("maketrans", nargs, 1, 3)) return nullptr;
  Object* x = args[0];
  // The optional arguments are checked first, before the form is chosen.
  for (ssize k = 1; k < nargs; ++k) {
    if (!is_str(args[k])) {
      return format_error(&exc::TypeError, "maketrans() argument %d must be str, not %.50s", static_cast<int>(k + 1),
                          arg_type_name(args[k]));
    }
  }
  Object* new_dict = dict_new();
  if (!new_dict) return nullptr;
  if (nargs == 1) {
    if (!is_dict_exact(x)) {
      decref(new_dict);
      set_error(&exc::TypeError, "if you give only one argument to maketrans it must be a dict");
      return nullptr;
    }
    ssize pos = 0;
    Object* key;
    Object* value;
    while (dict_next(x, &pos, &key, &value)) {
      Object* newkey;
      if (is_str(key)) {
        if (str_length(key) != 1) {
          decref(new_dict);
          set_error(&exc::ValueError, "string keys in translate table must be of length 1");
          return nullptr;
        }
        newkey = int_from_i64(str_char_at(key, 0));
      } else if (is_int(key)) {
        newkey = newref(key);
      } else {
        decref(new_dict);
        set_error(&exc::TypeError, "keys in translate table must be strings or integers");
        return nullptr;
      }
      if (!newkey || dict_set_item(new_dict, newkey, value) < 0) {
        xdecref(newkey);
        decref(new_dict);
        return nullptr;
      }
      decref(newkey);
    }
    return new_dict;
  }
  Object* y = args[1];
  if (!is_str(x)) {
    decref(new_dict);
    set_error(&exc::TypeError, "first maketrans argument must be a string if there is a second argument");
    return nullptr;
  }
  if (str_length(x) != str_length(y)) {
    decref(new_dict);
    set_error(&exc::ValueError, "the first two maketrans arguments must have equal length");
    return nullptr;
  }
  for (ssize i = 0; i < str_length(x); ++i) {
    Object* k = int_from_i64(str_char_at(x, i));
    Object* v = k ? int_from_i64(str_char_at(y, i)) : nullptr;
    int r = v ? dict_set_item(new_dict, k, v) : -1;
    xdecref(k);
    xdecref(v);
    if (r < 0) {
      decref(new_dict);
      return nullptr;
    }
  }
  if (nargs > 2) {
    Object* z = args[2];
    for (ssize i = 0; i < str_length(z); ++i) {
      Object* k = int_from_i64(str_char_at(z, i));
      int r = k ? dict_set_item(new_dict, k, None) : -1;
      xdecref(k);
      if (r < 0) {
        decref(new_dict);
        return nullptr;
      }
    }
  }
  return new_dict;
}

// What a translate table says for one character: CPython's
// charmaptranslate_lookup.  *kind: 0 keep, 1 delete, 2 one character (*ch),
// 3 a str (*text, a new reference); false with the error set.
enum class Mapped { kKeep, kDelete, kChar, kText };

bool translate_lookup(Object* table, uint32_t c, Mapped* kind, uint32_t* ch, Object** text) {
  Object* key = int_from_i64(c);
  if (!key) return false;
  Object* v;
  if (is_dict_exact(table)) {
    // Unobservable shortcut: an exact dict reports a missing int key without
    // raising and catching KeyError.
    v = dict_get_item(table, key);
    decref(key);
    if (!v) {
      if (error_occurred()) return false;
      *kind = Mapped::kKeep;
      return true;
    }
    incref(v);
  } else {
    v = get_item(table, key);
    decref(key);
    if (!v) {
      if (!error_matches(&exc::LookupError)) return false;
      clear_error();
      *kind = Mapped::kKeep;
      return true;
    }
  }
  if (v == None) {
    decref(v);
    *kind = Mapped::kDelete;
    return true;
  }
  if (is_int(v)) {
    int overflow;
    int64_t x = int_as_i64_overflow(v, &overflow);
    decref(v);
    if (overflow || x < 0 || x > 0x10FFFF) {
      set_error(&exc::ValueError, "character mapping must be in range(0x110000)");
      return false;
    }
    *kind = Mapped::kChar;
    *ch = static_cast<uint32_t>(x);
    return true;
  }
  if (is_str(v)) {
    *kind = Mapped::kText;
    *text = v;
    return true;
  }
  decref(v);
  set_error(&exc::TypeError, "character mapping must return integer, None or str");
  return false;
}

// Translates self[start:] one lookup per character into b.
bool translate_each(Object* self, Object* table, ssize start, StrBuilder& b) {
  const ssize n = str_length(self);
  for (ssize i = start; i < n; ++i) {
    uint32_t c = str_char_at(self, i);
    Mapped kind;
    uint32_t ch = 0;
    Object* text = nullptr;
    if (!translate_lookup(table, c, &kind, &ch, &text)) return false;
    switch (kind) {
      case Mapped::kKeep: b.append_char(c); break;
      case Mapped::kDelete: break;
      case Mapped::kChar: b.append_char(ch); break;
      case Mapped::kText:
        b.append_str(text);
        decref(text);
        break;
    }
  }
  return true;
}

Object* str_translate(Object* self, Object* table) {
  const ssize n = str_length(self);
  StrBuilder b;
  b.reserve(static_cast<size_t>(n));
  ssize i = 0;
  if (as_str(self)->ascii) {
    // CPython's fast path, kept for its observable behaviour too: each ASCII
    // character is looked up once while the answers stay ASCII characters
    // or deletions; the first other answer hands over, at that character,
    // to one lookup per character.
    constexpr uint8_t kUnknown = 0xFF, kDeleted = 0xFE;
    uint8_t cache[128];
    std::memset(cache, kUnknown, sizeof cache);
    const uint8_t* data = static_cast<const uint8_t*>(str_data(self));
    for (; i < n; ++i) {
      const uint8_t c = data[i];
      if (cache[c] == kUnknown) {
        Mapped kind;
        uint32_t ch = 0;
        Object* text = nullptr;
        if (!translate_lookup(table, c, &kind, &ch, &text)) return nullptr;
        if (kind == Mapped::kText) {
          if (str_length(text) == 1) ch = str_char_at(text, 0);
          bool single = str_length(text) == 1;
          decref(text);
          if (!single) break;
          kind = Mapped::kChar;
        }
        if (kind == Mapped::kChar && ch > 127) break;
        cache[c] = kind == Mapped::kKeep ? c : kind == Mapped::kDelete ? kDeleted : static_cast<uint8_t>(ch);
      }
      if (cache[c] != kDeleted) b.append_char(cache[c]);
    }
  }
  if (i < n && !translate_each(self, table, i, b)) return nullptr;
  return b.finish();
}

// ---- misc ----

Object* str_join_method(Object* self, Object* iterable) { return str_join(self, iterable); }

Object* str_getnewargs(Object* self) {
  Object* copy = str_from_kind_data(str_kind(self), str_data(self), str_length(self));
  if (!copy) return nullptr;
  Object* r = tuple_pack({copy});
  decref(copy);
  return r;
}

Object* str_sizeof_method(Object* self) { return int_from_ssize(str_sizeof(self)); }

}  // namespace

// __format__(format_spec, /) for the built-in types with a mini-language.
Object* str_dunder_format(Object* self, Object* spec) {
  if (!is_str(spec)) return format_error(&exc::TypeError, "__format__() argument must be str, not %.50s", spec->type->name);
  return str_format_spec(self, spec);
}

MethodDef str_methods[] = {
    {"encode", str_encode_method,
     "encode($self, /, encoding='utf-8', errors='strict')\n--\n\n"
     "Encode the string using the codec registered for encoding.\n\n  encoding\n    The encoding in "
     "which to encode the string.\n  errors\n    The error handling scheme to use for encoding errors.\n"
     "    The default is 'strict' meaning that encoding errors raise a\n    UnicodeEncodeError.  Other "
     "possible values are 'ignore', 'replace' and\n    'xmlcharrefreplace' as well as any other name "
     "registered with\n    codecs.register_error that can handle UnicodeEncodeErrors."},
    {"replace", str_replace,
     "replace($self, old, new, count=-1, /)\n--\n\n"
     "Return a copy with all occurrences of substring old replaced by new.\n\n  count\n    Maximum "
     "number of occurrences to replace.\n    -1 (the default value) means replace all occurrences.\n\n"
     "If the optional argument count is given, only the first count occurrences are\nreplaced."},
    {"split", str_split,
     "split($self, /, sep=None, maxsplit=-1)\n--\n\n"
     "Return a list of the substrings in the string, using sep as the separator string.\n\n  sep\n"
     "    The separator used to split the string.\n\n    When set to None (the default value), will "
     "split on any whitespace\n    character (including \\\\n \\\\r \\\\t \\\\f and spaces) and will "
     "discard\n    empty strings from the result.\n  maxsplit\n    Maximum number of splits (starting "
     "from the left).\n    -1 (the default value) means no limit.\n\nNote, str.split() is mainly useful "
     "for data that has been intentionally\ndelimited.  With natural text that includes punctuation, "
     "consider using\nthe regular expression module."},
    {"rsplit", str_rsplit,
     "rsplit($self, /, sep=None, maxsplit=-1)\n--\n\n"
     "Return a list of the substrings in the string, using sep as the separator string.\n\n  sep\n"
     "    The separator used to split the string.\n\n    When set to None (the default value), will "
     "split on any whitespace\n    character (including \\\\n \\\\r \\\\t \\\\f and spaces) and will "
     "discard\n    empty strings from the result.\n  maxsplit\n    Maximum number of splits (starting "
     "from the left).\n    -1 (the default value) means no limit.\n\nSplitting starts at the end of the "
     "string and works to the front."},
    {"join", str_join_method,
     "join($self, iterable, /)\n--\n\n"
     "Concatenate any number of strings.\n\nThe string whose method is called is inserted in between "
     "each given string.\nThe result is returned as a new string.\n\nExample: '.'.join(['ab', 'pq', "
     "'rs']) -> 'ab.pq.rs'"},
    {"capitalize", str_capitalize,
     "capitalize($self, /)\n--\n\n"
     "Return a capitalized version of the string.\n\nMore specifically, make the first character have "
     "upper case and the rest lower\ncase."},
    {"casefold", str_casefold, "casefold($self, /)\n--\n\n"
     "Return a version of the string suitable for caseless comparisons."},
    {"title", str_title,
     "title($self, /)\n--\n\n"
     "Return a version of the string where each word is titlecased.\n\nMore specifically, words start "
     "with uppercased characters and all remaining\ncased characters have lower case."},
    {"center", str_center,
     "center($self, width, fillchar=' ', /)\n--\n\n"
     "Return a centered string of length width.\n\nPadding is done using the specified fill character "
     "(default is a space)."},
    {"count", str_count,
     "S.count(sub[, start[, end]]) -> int\n\nReturn the number of non-overlapping occurrences of "
     "substring sub in\nstring S[start:end].  Optional arguments start and end are\ninterpreted as in "
     "slice notation."},
    {"expandtabs", str_expandtabs,
     "expandtabs($self, /, tabsize=8)\n--\n\n"
     "Return a copy where all tab characters are expanded using spaces.\n\nIf tabsize is not given, a "
     "tab size of 8 characters is assumed."},
    {"find", str_find_method,
     "S.find(sub[, start[, end]]) -> int\n\nReturn the lowest index in S where substring sub is found,\n"
     "such that sub is contained within S[start:end].  Optional\narguments start and end are "
     "interpreted as in slice notation.\n\nReturn -1 on failure."},
    {"partition", str_partition,
     "partition($self, sep, /)\n--\n\n"
     "Partition the string into three parts using the given separator.\n\nThis will search for the "
     "separator in the string.  If the separator is found,\nreturns a 3-tuple containing the part "
     "before the separator, the separator\nitself, and the part after it.\n\nIf the separator is not "
     "found, returns a 3-tuple containing the original string\nand two empty strings."},
    {"index", str_index,
     "S.index(sub[, start[, end]]) -> int\n\nReturn the lowest index in S where substring sub is "
     "found,\nsuch that sub is contained within S[start:end].  Optional\narguments start and end are "
     "interpreted as in slice notation.\n\nRaises ValueError when the substring is not found."},
    {"ljust", str_ljust,
     "ljust($self, width, fillchar=' ', /)\n--\n\n"
     "Return a left-justified string of length width.\n\nPadding is done using the specified fill "
     "character (default is a space)."},
    {"lower", str_lower, "lower($self, /)\n--\n\n"
     "Return a copy of the string converted to lowercase."},
    {"lstrip", str_lstrip,
     "lstrip($self, chars=None, /)\n--\n\n"
     "Return a copy of the string with leading whitespace removed.\n\nIf chars is given and not None, "
     "remove characters in chars instead."},
    {"rfind", str_rfind,
     "S.rfind(sub[, start[, end]]) -> int\n\nReturn the highest index in S where substring sub is "
     "found,\nsuch that sub is contained within S[start:end].  Optional\narguments start and end are "
     "interpreted as in slice notation.\n\nReturn -1 on failure."},
    {"rindex", str_rindex,
     "S.rindex(sub[, start[, end]]) -> int\n\nReturn the highest index in S where substring sub is "
     "found,\nsuch that sub is contained within S[start:end].  Optional\narguments start and end are "
     "interpreted as in slice notation.\n\nRaises ValueError when the substring is not found."},
    {"rjust", str_rjust,
     "rjust($self, width, fillchar=' ', /)\n--\n\n"
     "Return a right-justified string of length width.\n\nPadding is done using the specified fill "
     "character (default is a space)."},
    {"rstrip", str_rstrip,
     "rstrip($self, chars=None, /)\n--\n\n"
     "Return a copy of the string with trailing whitespace removed.\n\nIf chars is given and not None, "
     "remove characters in chars instead."},
    {"rpartition", str_rpartition,
     "rpartition($self, sep, /)\n--\n\n"
     "Partition the string into three parts using the given separator.\n\nThis will search for the "
     "separator in the string, starting at the end. If\nthe separator is found, returns a 3-tuple "
     "containing the part before the\nseparator, the separator itself, and the part after it.\n\nIf the "
     "separator is not found, returns a 3-tuple containing two empty strings\nand the original string."},
    {"splitlines", str_splitlines,
     "splitlines($self, /, keepends=False)\n--\n\n"
     "Return a list of the lines in the string, breaking at line boundaries.\n\nLine breaks are not "
     "included in the resulting list unless keepends is given and\ntrue."},
    {"strip", str_strip,
     "strip($self, chars=None, /)\n--\n\n"
     "Return a copy of the string with leading and trailing whitespace removed.\n\nIf chars is given "
     "and not None, remove characters in chars instead."},
    {"swapcase", str_swapcase, "swapcase($self, /)\n--\n\n"
     "Convert uppercase characters to lowercase and lowercase characters to uppercase."},
    {"translate", str_translate,
     "translate($self, table, /)\n--\n\n"
     "Replace each character in the string using the given translation table.\n\n  table\n    "
     "Translation table, which must be a mapping of Unicode ordinals to\n    Unicode ordinals, strings, "
     "or None.\n\nThe table must implement lookup/indexing via __getitem__, for instance a\ndictionary or "
     "list.  If this operation raises LookupError, the character is\nleft untouched.  Characters mapped "
     "to None are deleted."},
    {"upper", str_upper, "upper($self, /)\n--\n\n"
     "Return a copy of the string converted to uppercase."},
    {"startswith", str_startswith,
     "S.startswith(prefix[, start[, end]]) -> bool\n\nReturn True if S starts with the specified "
     "prefix, False otherwise.\nWith optional start, test S beginning at that position.\nWith optional "
     "end, stop comparing S at that position.\nprefix can also be a tuple of strings to try."},
    {"endswith", str_endswith,
     "S.endswith(suffix[, start[, end]]) -> bool\n\nReturn True if S ends with the specified suffix, "
     "False otherwise.\nWith optional start, test S beginning at that position.\nWith optional end, "
     "stop comparing S at that position.\nsuffix can also be a tuple of strings to try."},
    {"removeprefix", str_removeprefix,
     "removeprefix($self, prefix, /)\n--\n\n"
     "Return a str with the given prefix string removed if present.\n\nIf the string starts with the "
     "prefix string, return string[len(prefix):].\nOtherwise, return a copy of the original string."},
    {"removesuffix", str_removesuffix,
     "removesuffix($self, suffix, /)\n--\n\n"
     "Return a str with the given suffix string removed if present.\n\nIf the string ends with the "
     "suffix string and that suffix is not empty,\nreturn string[:-len(suffix)]. Otherwise, return a "
     "copy of the original\nstring."},
    {"isascii", str_isascii,
     "isascii($self, /)\n--\n\n"
     "Return True if all characters in the string are ASCII, False otherwise.\n\nASCII characters "
     "have code points in the range U+0000-U+007F.\nEmpty string is ASCII too."},
    {"islower", str_islower,
     "islower($self, /)\n--\n\n"
     "Return True if the string is a lowercase string, False otherwise.\n\nA string is lowercase if "
     "all cased characters in the string are lowercase and\nthere is at least one cased character in "
     "the string."},
    {"isupper", str_isupper,
     "isupper($self, /)\n--\n\n"
     "Return True if the string is an uppercase string, False otherwise.\n\nA string is uppercase if "
     "all cased characters in the string are uppercase and\nthere is at least one cased character in "
     "the string."},
    {"istitle", str_istitle,
     "istitle($self, /)\n--\n\n"
     "Return True if the string is a title-cased string, False otherwise.\n\nIn a title-cased string, "
     "upper- and title-case characters may only\nfollow uncased characters and lowercase characters "
     "only cased ones."},
    {"isspace", str_isspace,
     "isspace($self, /)\n--\n\n"
     "Return True if the string is a whitespace string, False otherwise.\n\nA string is whitespace if "
     "all characters in the string are whitespace and there\nis at least one character in the string."},
    {"isdecimal", str_isdecimal,
     "isdecimal($self, /)\n--\n\n"
     "Return True if the string is a decimal string, False otherwise.\n\nA string is a decimal string "
     "if all characters in the string are decimal and\nthere is at least one character in the string."},
    {"isdigit", str_isdigit,
     "isdigit($self, /)\n--\n\n"
     "Return True if the string is a digit string, False otherwise.\n\nA string is a digit string if "
     "all characters in the string are digits and there\nis at least one character in the string."},
    {"isnumeric", str_isnumeric,
     "isnumeric($self, /)\n--\n\n"
     "Return True if the string is a numeric string, False otherwise.\n\nA string is numeric if all "
     "characters in the string are numeric and there is at\nleast one character in the string."},
    {"isalpha", str_isalpha,
     "isalpha($self, /)\n--\n\n"
     "Return True if the string is an alphabetic string, False otherwise.\n\nA string is alphabetic if "
     "all characters in the string are alphabetic and there\nis at least one character in the string."},
    {"isalnum", str_isalnum,
     "isalnum($self, /)\n--\n\n"
     "Return True if the string is an alpha-numeric string, False otherwise.\n\nA string is "
     "alpha-numeric if all characters in the string are alpha-numeric and\nthere is at least one "
     "character in the string."},
    {"isidentifier", str_isidentifier,
     "isidentifier($self, /)\n--\n\n"
     "Return True if the string is a valid Python identifier, False otherwise.\n\nCall "
     "keyword.iskeyword(s) to test whether string s is a reserved identifier,\nsuch as \"def\" or "
     "\"class\"."},
    {"isprintable", str_isprintable,
     "isprintable($self, /)\n--\n\n"
     "Return True if the string is printable, False otherwise.\n\nA string is printable if all of its "
     "characters are considered printable in\nrepr() or if it is empty."},
    {"zfill", str_zfill,
     "zfill($self, width, /)\n--\n\n"
     "Pad a numeric string with zeros on the left, to fill a field of the given width.\n\nThe string "
     "is never truncated."},
    {"maketrans", str_maketrans,
     "Return a translation table usable for str.translate().\n\nIf there is only one argument, it must "
     "be a dictionary mapping Unicode\nordinals (integers) or characters to Unicode ordinals, strings "
     "or None.\nCharacter keys will be then converted to ordinals.\nIf there are two arguments, they "
     "must be strings of equal length, and\nin the resulting dictionary, each character in x will be "
     "mapped to the\ncharacter at the same position in y. If there is a third argument, it\nmust be a "
     "string, whose characters will be mapped to None in the result.",
     Binding::kStatic},
    {"__sizeof__", str_sizeof_method, "__sizeof__($self, /)\n--\n\n"
     "Return the size of the string in memory, in bytes."},
    {"__getnewargs__", str_getnewargs},
    {"__format__", str_dunder_format,
     "__format__($self, format_spec, /)\n--\n\n"
     "Return a formatted version of the string as described by format_spec."},
    {"format", str_format_method,
     "S.format(*args, **kwargs) -> str\n\nReturn a formatted version of S, using substitutions from args and kwargs.\n"
     "The substitutions are identified by braces ('{' and '}')."},
    {"format_map", str_format_map_method,
     "S.format_map(mapping) -> str\n\nReturn a formatted version of S, using substitutions from mapping.\n"
     "The substitutions are identified by braces ('{' and '}')."},
    {},
};

}  // namespace glasspy
