// The `_sre` module: what re._compiler needs to turn a parsed pattern into a
// Pattern (compile, the constants, the case helpers).  compile() copies the
// code into the Pattern and checks it once, so the engine can trust it.
#include "modules/sre/sre_module.h"

#include "modules/sre/sre_constants.h"
#include "modules/sre/sre_objects.h"
#include "modules/sre/sre_validate.h"
#include "objects/buffer.h"
#include "objects/bytearray.h"
#include "objects/bytes.h"
#include "objects/call.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/gc.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "util/unicode.h"
#include "vm/module_object.h"

namespace glasspy::sre {

namespace {

Object* type_must_be(const char* argument, const char* expected, Object* got) {
  return format_error(&exc::TypeError, "compile() argument '%s' must be %s, not %.50s", argument, expected,
                      got->type->name);
}

// One code word: an int in [0, 2**32).
bool code_word(Object* item, uint32_t* out) {
  if (!is_int(item)) {
    set_error(&exc::TypeError, "an integer is required");
    return false;
  }
  if (int_sign(item) < 0) {
    set_error(&exc::OverflowError, "can't convert negative value to unsigned int");
    return false;
  }
  int overflow = 0;
  int64_t v = int_as_i64_overflow(item, &overflow);
  if (overflow || v > 0xFFFFFFFFll) {
    set_error(&exc::OverflowError, "regular expression code size limit exceeded");
    return false;
  }
  *out = static_cast<uint32_t>(v);
  return true;
}

Object* sre_compile(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  static const ArgParser parser{"compile", {"pattern", "flags", "code", "groups", "groupindex", "indexgroup"}, 6, 6};
  Object* argv[6] = {};
  if (!parse_args(parser, args, nargs, kwnames, argv)) return nullptr;
  Object* pattern = argv[0];
  int flags;
  if (!arg_to_int(argv[1], &flags)) return nullptr;
  Object* code = argv[2];
  if (!is_list(code)) return type_must_be("code", "list", code);
  ssize groups;
  if (!arg_to_ssize(argv[3], &groups)) return nullptr;
  Object* groupindex = argv[4];
  if (!is_dict(groupindex)) return type_must_be("groupindex", "dict", groupindex);
  Object* indexgroup = argv[5];
  if (!is_tuple(indexgroup)) return type_must_be("indexgroup", "tuple", indexgroup);

  int is_bytes_pattern;
  if (pattern == None) {
    is_bytes_pattern = -1;
  } else if (is_str(pattern)) {
    is_bytes_pattern = 0;
  } else if (has_buffer(pattern)) {
    is_bytes_pattern = 1;
  } else {
    return format_error(&exc::TypeError, "expected string or bytes-like object, got '%.200s'",
                        pattern->type->name);
  }

  std::vector<uint32_t> words(static_cast<size_t>(list_size(code)));
  for (ssize i = 0; i < list_size(code) && i < static_cast<ssize>(words.size()); ++i) {
    if (!code_word(list_item(code, i), &words[static_cast<size_t>(i)])) return nullptr;
  }
  if (groups < 0 || groups > kMaxGroups || !validate_code(words, groups)) {
    set_error(&exc::RuntimeError, "invalid SRE code");
    return nullptr;
  }

  ObjRef index_copy = ObjRef::steal(dict_copy(groupindex));
  if (!index_copy) return nullptr;
  ObjRef names = ObjRef::steal(tuple_from_array(tuple_items(indexgroup), tuple_size(indexgroup)));
  if (!names) return nullptr;

  Object* o = allocate_object(&PatternType, sizeof(PatternObject));
  if (!o) return nullptr;
  PatternObject* p = as_pattern(o);
  p->code = new (std::nothrow) uint32_t[words.size() + 1];
  if (!p->code) {
    free_object(o);
    return no_memory();
  }
  std::copy(words.begin(), words.end(), p->code);
  p->code_size = static_cast<ssize>(words.size());
  p->pattern = newref(pattern);
  p->groupindex = index_copy.release();
  p->indexgroup = names.release();
  p->groups = groups;
  p->flags = flags;
  p->is_bytes = is_bytes_pattern;
  p->weaklist = nullptr;
  gc_track(o);
  return o;
}

Object* sre_getcodesize(Object*) { return int_from_i64(kCodeSize); }

bool character_arg(Object* arg, int* out) { return arg_to_int(arg, out); }

Object* sre_ascii_iscased(Object*, Object* arg) {
  int ch;
  if (!character_arg(arg, &ch)) return nullptr;
  return newref(bool_from(ch >= 0 && ascii_is_cased(static_cast<uint32_t>(ch))));
}

Object* sre_unicode_iscased(Object*, Object* arg) {
  int ch;
  if (!character_arg(arg, &ch)) return nullptr;
  uint32_t c = static_cast<uint32_t>(ch);
  return newref(bool_from(c != unicode::simple_lower(c) || c != unicode::simple_upper(c)));
}

Object* sre_ascii_tolower(Object*, Object* arg) {
  int ch;
  if (!character_arg(arg, &ch)) return nullptr;
  return int_from_i64(ch < 0 ? ch : ascii_lower(static_cast<uint32_t>(ch)));
}

Object* sre_unicode_tolower(Object*, Object* arg) {
  int ch;
  if (!character_arg(arg, &ch)) return nullptr;
  return int_from_i64(ch < 0 ? ch : unicode::simple_lower(static_cast<uint32_t>(ch)));
}

MethodDef sre_functions[] = {
    MethodDef("compile", static_cast<FastKeywordsMethod>(sre_compile)),
    MethodDef("getcodesize", static_cast<NoArgsMethod>(sre_getcodesize)),
    MethodDef("ascii_iscased", static_cast<OneArgMethod>(sre_ascii_iscased)),
    MethodDef("unicode_iscased", static_cast<OneArgMethod>(sre_unicode_iscased)),
    MethodDef("ascii_tolower", static_cast<OneArgMethod>(sre_ascii_tolower)),
    MethodDef("unicode_tolower", static_cast<OneArgMethod>(sre_unicode_tolower)),
    {},
};

}  // namespace

}  // namespace glasspy::sre

namespace glasspy {

Object* sre_module_create() {
  for (Type* t : {&sre::PatternType, &sre::MatchType, &sre::ScannerType}) {
    if (type_ready(t) < 0) return nullptr;
  }
  Object* m = module_new_cstr("_sre");
  if (!m) return nullptr;
  as_module(m)->md_builtin = true;
  ObjRef guard = ObjRef::steal(m);
  if (module_add_functions(m, sre::sre_functions) < 0) return nullptr;
  struct Constant {
    const char* name;
    int64_t value;
  };
  const Constant constants[] = {
      {"MAGIC", sre::kMagic},
      {"CODESIZE", sre::kCodeSize},
      {"MAXREPEAT", sre::kMaxRepeat},
      {"MAXGROUPS", sre::kMaxGroups},
  };
  for (const Constant& c : constants) {
    Object* v = int_from_i64(c.value);
    if (!v) return nullptr;
    int r = module_add_object(m, c.name, v);
    decref(v);
    if (r < 0) return nullptr;
  }
  Object* copyright = str_from_cstr(" SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB ");
  if (!copyright) return nullptr;
  int r = module_add_object(m, "copyright", copyright);
  decref(copyright);
  if (r < 0) return nullptr;
  return guard.release();
}

}  // namespace glasspy
