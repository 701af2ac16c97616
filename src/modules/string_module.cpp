// `_string`: the format-string parser behind string.Formatter.
//
// formatter_parser(s) yields (literal, field_name, format_spec, conversion)
// for each piece of a str.format template; formatter_field_name_split(name)
// splits "a.b[0]" into its first part and an iterator of (is_attribute,
// key) steps.  Both iterators parse lazily, one piece per step, so a
// malformed template raises where CPython raises: at the piece that is
// wrong, after the good pieces before it were yielded.  Positions are
// character indexes into the (immutable) template str.
#include "modules/string_module.h"
#include "modules/native_type_support.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "vm/module_object.h"

namespace glasspy {

namespace {

// A piece [start, end) of a str; `present` false stands for None.
struct Piece {
  ssize start = 0;
  ssize end = 0;
  bool present = false;
};

Object* piece_object(Object* s, const Piece& p, bool none_if_absent) {
  if (!p.present && none_if_absent) return newref(None);
  if (!p.present) return newref(empty_str());
  return str_substring(s, p.start, p.end);
}

// A decimal index ("0", "12"), -1 when the text is not all decimal digits
// (or empty), -1 with ValueError when it does not fit.
ssize parse_index(Object* s, ssize start, ssize end) {
  if (start == end) return -1;
  ssize value = 0;
  for (ssize i = start; i < end; ++i) {
    int digit = decimal_digit_value(str_char_at(s, i));
    if (digit < 0) return -1;
    if (value > (PTRDIFF_MAX - digit) / 10) {
      set_error(&exc::ValueError, "Too many decimal digits in format string");
      return -1;
    }
    value = value * 10 + digit;
  }
  return value;
}

// ---- formatter_parser --------------------------------------------------------------------

struct FormatterIterObject : Object {
  Object* str;
  ssize pos;
};
using FormatterIterFields = ObjectFields<FormatterIterObject, &FormatterIterObject::str>;
FormatterIterObject* as_formatter_iter(Object* o) { return static_cast<FormatterIterObject*>(o); }

struct Field {
  Piece name;
  Piece spec;
  uint32_t conversion = 0;  // 0: none
};

// Parses a replacement field whose '{' was just consumed: "name!c:spec}".
// Advances pos past the closing brace.
bool parse_field(Object* s, ssize& pos, ssize end, Field& field) {
  field.name = Piece{pos, pos, true};
  field.spec = Piece{0, 0, false};
  uint32_t c = 0;
  while (pos < end) {
    c = str_char_at(s, pos++);
    if (c == '{') {
      set_error(&exc::ValueError, "unexpected '{' in field name");
      return false;
    }
    if (c == '[') {
      // An index may hold any character but ']'.
      while (pos < end && str_char_at(s, pos) != ']') ++pos;
      continue;
    }
    if (c == '}' || c == ':' || c == '!') break;
  }
  field.name.end = pos - 1;
  if (c == '!' || c == ':') {
    if (c == '!') {
      if (pos >= end) {
        set_error(&exc::ValueError, "end of string while looking for conversion specifier");
        return false;
      }
      field.conversion = str_char_at(s, pos++);
      if (pos < end) {
        uint32_t after = str_char_at(s, pos++);
        if (after == '}') return true;
        if (after != ':') {
          set_error(&exc::ValueError, "expected ':' after conversion specifier");
          return false;
        }
      }
    }
    // The spec runs to the brace matching the field's; nested fields
    // ("{:{width}}") are left in it for the caller to expand.
    field.spec = Piece{pos, pos, true};
    int depth = 1;
    while (pos < end) {
      uint32_t ch = str_char_at(s, pos++);
      if (ch == '{') {
        ++depth;
      } else if (ch == '}' && --depth == 0) {
        field.spec.end = pos - 1;
        return true;
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

Object* formatter_iter_next(Object* o) {
  FormatterIterObject* it = as_formatter_iter(o);
  Object* s = it->str;
  ssize end = str_length(s);
  if (it->pos >= end) return nullptr;
  ssize start = it->pos;
  uint32_t c = 0;
  bool markup = false;
  while (it->pos < end) {
    c = str_char_at(s, it->pos++);
    if (c == '{' || c == '}') {
      markup = true;
      break;
    }
  }
  bool at_end = it->pos >= end;
  ssize literal_end = it->pos;
  if (c == '}' && markup && (at_end || str_char_at(s, it->pos) != '}')) {
    set_error(&exc::ValueError, "Single '}' encountered in format string");
    return nullptr;
  }
  if (at_end && markup && c == '{') {
    set_error(&exc::ValueError, "Single '{' encountered in format string");
    return nullptr;
  }
  if (markup) {
    if (str_char_at(s, it->pos) == c) {
      // A doubled brace is literal text: the literal keeps one of the two.
      ++it->pos;
      markup = false;
    } else {
      --literal_end;
    }
  }
  Object* literal = str_substring(s, start, literal_end);
  if (!literal) return nullptr;
  if (!markup) return tuple_steal({literal, newref(None), newref(None), newref(None)});
  Field field;
  if (!parse_field(s, it->pos, end, field)) {
    decref(literal);
    return nullptr;
  }
  Object* conversion = field.conversion ? str_from_char(field.conversion) : newref(None);
  return tuple_steal({literal, piece_object(s, field.name, false), piece_object(s, field.spec, false), conversion});
}

// ---- formatter_field_name_split ----------------------------------------------------------

struct FieldNameIterObject : Object {
  Object* str;
  ssize pos;
};
using FieldNameIterFields = ObjectFields<FieldNameIterObject, &FieldNameIterObject::str>;
FieldNameIterObject* as_field_name_iter(Object* o) { return static_cast<FieldNameIterObject*>(o); }

Object* field_name_iter_next(Object* o) {
  FieldNameIterObject* it = as_field_name_iter(o);
  Object* s = it->str;
  ssize end = str_length(s);
  if (it->pos >= end) return nullptr;
  uint32_t c = str_char_at(s, it->pos++);
  Piece name{it->pos, it->pos, true};
  bool is_attribute;
  ssize index = -1;
  if (c == '.') {
    is_attribute = true;
    while (it->pos < end) {
      uint32_t ch = str_char_at(s, it->pos);
      if (ch == '[' || ch == '.') break;
      ++it->pos;
    }
    name.end = it->pos;
  } else if (c == '[') {
    is_attribute = false;
    bool closed = false;
    while (it->pos < end) {
      if (str_char_at(s, it->pos++) == ']') {
        closed = true;
        break;
      }
    }
    if (!closed) {
      set_error(&exc::ValueError, "Missing ']' in format string");
      return nullptr;
    }
    name.end = it->pos - 1;
    index = parse_index(s, name.start, name.end);
    if (index == -1 && error_occurred()) return nullptr;
  } else {
    set_error(&exc::ValueError, "Only '.' or '[' may follow ']' in format field specifier");
    return nullptr;
  }
  if (name.start == name.end) {
    set_error(&exc::ValueError, "Empty attribute in format string");
    return nullptr;
  }
  Object* key = index != -1 ? int_from_ssize(index) : piece_object(s, name, false);
  return tuple_steal({bool_from(is_attribute), key});
}

// ---- the module functions ---------------------------------------------------------------

bool require_str(Object* o) {
  if (is_str(o)) return true;
  format_error(&exc::TypeError, "expected str, got %s", type_name(o->type));
  return false;
}

Object* string_formatter_parser(Object*, Object* s) {
  if (!require_str(s)) return nullptr;
  Object* o = type_generic_alloc(&FormatterIterType, 0);
  if (!o) return nullptr;
  as_formatter_iter(o)->str = newref(s);
  return o;
}

Object* string_formatter_field_name_split(Object*, Object* s) {
  if (!require_str(s)) return nullptr;
  ssize end = str_length(s);
  ssize first_end = 0;
  while (first_end < end) {
    uint32_t c = str_char_at(s, first_end);
    if (c == '.' || c == '[') break;
    ++first_end;
  }
  ssize index = parse_index(s, 0, first_end);
  if (index == -1 && error_occurred()) return nullptr;
  Object* first = index != -1 ? int_from_ssize(index) : str_substring(s, 0, first_end);
  if (!first) return nullptr;
  Object* rest = type_generic_alloc(&FieldNameIterType, 0);
  if (!rest) {
    decref(first);
    return nullptr;
  }
  as_field_name_iter(rest)->str = newref(s);
  as_field_name_iter(rest)->pos = first_end;
  return tuple_steal({first, rest});
}

MethodDef string_functions[] = {
    MethodDef("formatter_parser", static_cast<OneArgMethod>(string_formatter_parser),
              "Iterates over the pieces of a format string: (literal, field_name, format_spec, conversion)."),
    MethodDef("formatter_field_name_split", static_cast<OneArgMethod>(string_formatter_field_name_split),
              "Splits a field name into its first part and an iterator of (is_attribute, key)."),
    {},
};

}  // namespace

Type FormatterIterType{{
    .name = "formatteriterator",
    .basicsize = sizeof(FormatterIterObject),
    .dealloc = FormatterIterFields::dealloc,
    .getattro = generic_getattr,
    .flags = tpflags::kHaveGC,
    .traverse = FormatterIterFields::traverse,
    .iter = return_self,
    .iternext = formatter_iter_next,
}};

Type FieldNameIterType{{
    .name = "fieldnameiterator",
    .basicsize = sizeof(FieldNameIterObject),
    .dealloc = FieldNameIterFields::dealloc,
    .getattro = generic_getattr,
    .flags = tpflags::kHaveGC,
    .traverse = FieldNameIterFields::traverse,
    .iter = return_self,
    .iternext = field_name_iter_next,
}};

Object* string_module_create() {
  if (type_ready(&FormatterIterType) < 0 || type_ready(&FieldNameIterType) < 0) return nullptr;
  Object* m = module_new_cstr("_string");
  if (!m) return nullptr;
  as_module(m)->md_builtin = true;
  Object* doc = str_from_cstr("String helpers for the string module: the parser of str.format templates.");
  int ok = doc ? module_add_object(m, "__doc__", doc) : -1;
  xdecref(doc);
  if (ok < 0 || module_add_functions(m, string_functions) < 0) {
    decref(m);
    return nullptr;
  }
  return m;
}

}  // namespace glasspy
