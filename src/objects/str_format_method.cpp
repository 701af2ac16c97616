// str.format and str.format_map (PEP 3101).
//
// The template is scanned left to right: literal text (with '{{' and '}}'
// standing for single braces) alternates with replacement fields
//
//   '{' [field_name] ['!' conversion] [':' format_spec] '}'
//
// field_name is an argument (a decimal index, empty for automatic
// numbering, or a keyword) followed by any number of '.attr' and '[key]'
// lookups; a format_spec may itself contain replacement fields, expanded
// first, to a nesting depth of two as CPython allows.  Automatic and manual
// numbering cannot be mixed.  Every check and message is CPython's; the
// order of the checks is too, since it decides which error a bad template
// raises.
#include <limits>
#include <string>

#include "objects/abstract.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/exhaustion_guard.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace glasspy {

namespace {

struct AutoNumber {
  enum State { kInit, kAuto, kManual } state = kInit;
  ssize next = 0;
};

// A slice [start, end) of a str.
struct Span {
  Object* str = nullptr;
  ssize start = 0;
  ssize end = 0;
  bool empty() const { return start >= end; }
  uint32_t at(ssize i) const { return str_char_at(str, i); }
  Object* make() const { return str_substring(str, start, end); }
};

// The decimal value of a whole span, -1 when it is empty or not all
// digits, -1 with ValueError set on overflow.
ssize span_integer(const Span& s) {
  if (s.empty()) return -1;
  ssize value = 0;
  for (ssize i = s.start; i < s.end; ++i) {
    int digit = decimal_digit_value(s.at(i));
    if (digit < 0) return -1;
    if (value > (std::numeric_limits<ssize>::max() - digit) / 10) {
      set_error(&exc::ValueError, "Too many decimal digits in format string");
      return -1;
    }
    value = value * 10 + digit;
  }
  return value;
}

// One piece of the template: literal text, then maybe a field.
struct Markup {
  Span literal;
  bool field = false;
  Span name;
  Span spec;
  uint32_t conversion = 0;
  bool spec_has_fields = false;
};

// Parses a field after its '{' (pos is just past it).
bool parse_field(const Span& input, ssize& pos, Markup& m) {
  uint32_t c = 0;
  m.name = {input.str, pos, pos};
  while (pos < input.end) {
    c = input.at(pos++);
    if (c == '{') {
      set_error(&exc::ValueError, "unexpected '{' in field name");
      return false;
    }
    if (c == '[') {
      while (pos < input.end && input.at(pos) != ']') ++pos;
      continue;
    }
    if (c == '}' || c == ':' || c == '!') break;
  }
  m.name.end = pos - 1;
  if (c == '!' || c == ':') {
    if (c == '!') {
      if (pos >= input.end) {
        set_error(&exc::ValueError, "end of string while looking for conversion specifier");
        return false;
      }
      m.conversion = input.at(pos++);
      if (pos < input.end) {
        c = input.at(pos++);
        if (c == '}') return true;
        if (c != ':') {
          set_error(&exc::ValueError, "expected ':' after conversion specifier");
          return false;
        }
      }
    }
    m.spec = {input.str, pos, pos};
    int depth = 1;
    while (pos < input.end) {
      c = input.at(pos++);
      if (c == '{') {
        m.spec_has_fields = true;
        ++depth;
      } else if (c == '}') {
        if (--depth == 0) {
          m.spec.end = pos - 1;
          return true;
        }
      }
    }
    set_error(&exc::ValueError, "unmatched '{' in format spec");
    return false;
  }
  if (c != '}') {
    set_error(&exc::ValueError, "expected '}' before end of string");
    return false;
  }
  return true;
}

// The next piece at pos: 1 at the end, 2 with a piece, 0 on error.
int next_markup(const Span& input, ssize& pos, Markup& m) {
  m = Markup{};
  m.literal.str = input.str;
  if (pos >= input.end) return 1;
  const ssize start = pos;
  uint32_t c = 0;
  bool markup_follows = false;
  while (pos < input.end) {
    c = input.at(pos++);
    if (c == '{' || c == '}') {
      markup_follows = true;
      break;
    }
  }
  const bool at_end = pos >= input.end;
  ssize len = pos - start;
  if (c == '}' && (at_end || input.at(pos) != '}')) {
    set_error(&exc::ValueError, "Single '}' encountered in format string");
    return 0;
  }
  if (at_end && c == '{') {
    set_error(&exc::ValueError, "Single '{' encountered in format string");
    return 0;
  }
  if (!at_end) {
    if (input.at(pos) == c) {
      ++pos;  // a doubled brace: the literal keeps one, no field follows
      markup_follows = false;
    } else {
      --len;
    }
  }
  m.literal.start = start;
  m.literal.end = start + len;
  if (!markup_follows) return 2;
  m.field = true;
  return parse_field(input, pos, m) ? 2 : 0;
}

// field_name -> the object it designates.
Object* get_field_object(const Span& name, Object* args, Object* kwargs, AutoNumber* auto_number) {
  ssize i = name.start;
  while (i < name.end && name.at(i) != '.' && name.at(i) != '[') ++i;
  Span first{name.str, name.start, i};
  ssize index = span_integer(first);
  if (index == -1 && error_occurred()) return nullptr;
  const bool name_empty = first.empty();
  const bool numeric = name_empty || index != -1;
  if (auto_number->state == AutoNumber::kInit && numeric)
    auto_number->state = name_empty ? AutoNumber::kAuto : AutoNumber::kManual;
  if (numeric) {
    if (auto_number->state == AutoNumber::kManual && name_empty) {
      set_error(&exc::ValueError, "cannot switch from manual field specification to automatic field numbering");
      return nullptr;
    }
    if (auto_number->state == AutoNumber::kAuto && !name_empty) {
      set_error(&exc::ValueError, "cannot switch from automatic field numbering to manual field specification");
      return nullptr;
    }
  }
  if (name_empty) index = auto_number->next++;

  Object* obj;
  if (index == -1) {
    Object* key = first.make();
    if (!key) return nullptr;
    if (!kwargs) {
      set_error_object(&exc::KeyError, key);
      decref(key);
      return nullptr;
    }
    obj = get_item(kwargs, key);
    decref(key);
    if (!obj) return nullptr;
  } else {
    if (!args) {
      set_error(&exc::ValueError, "Format string contains positional fields");
      return nullptr;
    }
    obj = sequence_get_item(args, index);
    if (!obj) {
      format_error(&exc::IndexError, "Replacement index %zd out of range for positional args tuple", index);
      return nullptr;
    }
  }

  // The '.attr' and '[key]' lookups.
  while (i < name.end) {
    const uint32_t c = name.at(i++);
    Span part{name.str, i, i};
    bool is_attribute;
    if (c == '.') {
      is_attribute = true;
      while (i < name.end && name.at(i) != '.' && name.at(i) != '[') ++i;
      part.end = i;
    } else if (c == '[') {
      is_attribute = false;
      while (i < name.end && name.at(i) != ']') ++i;
      if (i >= name.end) {
        decref(obj);
        set_error(&exc::ValueError, "Missing ']' in format string");
        return nullptr;
      }
      part.end = i++;
    } else {
      decref(obj);
      set_error(&exc::ValueError, "Only '.' or '[' may follow ']' in format field specifier");
      return nullptr;
    }
    ssize item_index = -1;
    if (!is_attribute) {
      item_index = span_integer(part);
      if (item_index == -1 && error_occurred()) {
        decref(obj);
        return nullptr;
      }
    }
    if (part.empty()) {
      decref(obj);
      set_error(&exc::ValueError, "Empty attribute in format string");
      return nullptr;
    }
    Object* next;
    if (is_attribute || item_index == -1) {
      Object* key = part.make();
      if (!key) {
        decref(obj);
        return nullptr;
      }
      next = is_attribute ? get_attr(obj, key) : get_item(obj, key);
      decref(key);
    } else if (is_sequence(obj)) {
      next = sequence_get_item(obj, item_index);
    } else {
      Object* key = int_from_ssize(item_index);
      next = key ? get_item(obj, key) : nullptr;
      xdecref(key);
    }
    decref(obj);
    if (!next) return nullptr;
    obj = next;
  }
  return obj;
}

Object* convert_field(Object* obj, uint32_t conversion) {
  switch (conversion) {
    case 'r': return object_repr(obj);
    case 's': return object_str(obj);
    case 'a': return object_ascii(obj);
    default:
      if (conversion > 32 && conversion < 127) {
        format_error(&exc::ValueError, "Unknown conversion specifier %c", static_cast<int>(conversion));
      } else {
        format_error(&exc::ValueError, "Unknown conversion specifier \\x%x", static_cast<unsigned>(conversion));
      }
      return nullptr;
  }
}

bool build_string(const Span& input, Object* args, Object* kwargs, int depth, AutoNumber* auto_number,
                  StrBuilder& out);

bool output_field(const Markup& m, Object* args, Object* kwargs, int depth, AutoNumber* auto_number,
                  StrBuilder& out) {
  Object* obj = get_field_object(m.name, args, kwargs, auto_number);
  if (!obj) return false;
  if (m.conversion) {
    Object* converted = convert_field(obj, m.conversion);
    decref(obj);
    if (!converted) return false;
    obj = converted;
  }
  Object* spec;
  if (m.spec_has_fields) {
    StrBuilder expanded;
    if (!build_string(m.spec, args, kwargs, depth - 1, auto_number, expanded)) {
      decref(obj);
      return false;
    }
    spec = expanded.finish();
  } else {
    spec = m.spec.str ? m.spec.make() : newref(empty_str());
  }
  if (!spec) {
    decref(obj);
    return false;
  }
  Object* text = object_format(obj, spec);
  decref(spec);
  decref(obj);
  if (!text) return false;
  out.append_str(text);
  decref(text);
  return true;
}

bool build_string(const Span& input, Object* args, Object* kwargs, int depth, AutoNumber* auto_number,
                  StrBuilder& out) {
  if (depth <= 0) {
    set_error(&exc::ValueError, "Max string recursion exceeded");
    return false;
  }
  ssize pos = input.start;
  Markup m;
  int r;
  while ((r = next_markup(input, pos, m)) == 2) {
    if (!m.literal.empty()) out.append_str(m.literal.str, m.literal.start, m.literal.end);
    if (m.field && !output_field(m, args, kwargs, depth, auto_number, out)) return false;
  }
  return r == 1;
}

Object* do_string_format(Object* self, Object* args, Object* kwargs) {
  // Without braces the format is its own result, as in CPython (a str
  // subclass keeps its type, and `s.format() is s`).
  const ssize n = str_length(self);
  ssize i = 0;
  while (i < n && str_char_at(self, i) != '{' && str_char_at(self, i) != '}') ++i;
  if (i == n && n > 0) return newref(self);
  return guard_exhaustion([&]() -> Object* {
    AutoNumber auto_number;
    StrBuilder out;
    Span input{self, 0, str_length(self)};
    if (!build_string(input, args, kwargs, 2, &auto_number, out)) return nullptr;
    return out.finish();
  });
}

}  // namespace

Object* str_format_method(Object* self, Object* args, Object* kwargs) {
  return do_string_format(self, args, kwargs);
}

Object* str_format_map_method(Object* self, Object* mapping) { return do_string_format(self, nullptr, mapping); }

}  // namespace glasspy
