// re.Pattern: a compiled regular expression and the searches over a string
// built on the engine: match, fullmatch, search, findall, finditer, split,
// sub and subn, with the empty-match rules of Python 3.7+ (after an empty
// match the next one may start at the same place only if it is not empty;
// after a non-empty match an empty one may follow right at its end).
//
// Replacement templates with backslashes are parsed by the Python `re`
// package (re._subx), as CPython's module does; a template without
// backslashes is used as is.
#include <climits>
#include <cstring>

#include "modules/sre/sre_constants.h"
#include "modules/sre/sre_objects.h"
#include "objects/abstract.h"
#include "objects/bytearray.h"
#include "objects/bytes.h"
#include "objects/bytes_methods.h"
#include "objects/call.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/gc.h"
#include "objects/genericalias.h"
#include "objects/hash.h"
#include "objects/int.h"
#include "objects/iterobject.h"
#include "objects/list.h"
#include "objects/mappingproxy.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "vm/import.h"

namespace glasspy::sre {

// ---- subjects and states ------------------------------------------------------

bool Subject::open(PatternObject* pattern, Object* string) {
  release();
  if (is_str(string)) {
    data = str_data(string);
    charsize = str_kind(string);
    length = str_length(string);
    is_bytes = false;
  } else if (has_buffer(string)) {
    if (get_buffer(string, &view_) < 0) return false;
    data = view_.buf;
    charsize = 1;
    length = view_.len;
    is_bytes = true;
  } else {
    format_error(&exc::TypeError, "expected string or bytes-like object, got '%.200s'", string->type->name);
    return false;
  }
  if (is_bytes && pattern->is_bytes == 0) {
    release();
    set_error(&exc::TypeError, "cannot use a string pattern on a bytes-like object");
    return false;
  }
  if (!is_bytes && pattern->is_bytes > 0) {
    set_error(&exc::TypeError, "cannot use a bytes pattern on a string-like object");
    return false;
  }
  return true;
}

void Subject::release() { release_buffer(&view_); }

void prepare_state(State& state, PatternObject* pattern, const Subject& subject, ssize pos, ssize endpos) {
  ssize length = subject.length;
  if (pos < 0) pos = 0;
  if (pos > length) pos = length;
  if (endpos < 0) endpos = 0;
  if (endpos > length) endpos = length;
  state.code = pattern->code;
  state.match_all = false;
  state.must_advance = false;
  state.set_subject(subject.data, subject.charsize, length, pos, endpos, pattern->groups);
}

Object* subject_slice(Object* string, const Subject& subject, ssize b, ssize e) {
  if (subject.is_bytes) {
    if (is_bytes_exact(string) && b == 0 && e == subject.length) return newref(string);
    return bytes_from_data(static_cast<const char*>(subject.data) + b, e - b);
  }
  return str_substring(string, b, e);
}

namespace {
State* spare_state = nullptr;
}

State* borrow_state() {
  State* s = spare_state;
  spare_state = nullptr;
  return s ? s : new State();
}

void return_state(State* state) {
  if (!spare_state) {
    state->stack.clear();
    state->subs.clear();
    state->repeats.clear();
    spare_state = state;
  } else {
    delete state;
  }
}

Object* call_re_function(const char* name, Object* a, Object* b, Object* c) {
  ObjRef module_name = ObjRef::steal(str_from_cstr("re"));
  if (!module_name) return nullptr;
  ObjRef module = ObjRef::steal(import_module_level(module_name.get(), nullptr, nullptr, nullptr, 0));
  if (!module) return nullptr;
  ObjRef function = ObjRef::steal(get_attr_cstr(module.get(), name));
  if (!function) return nullptr;
  Object* args[3] = {a, b, c};
  return vectorcall(function.get(), args, c ? 3 : 2, nullptr);
}

namespace {

// A state borrowed for the length of one method call.
class ScopedState {
 public:
  ScopedState() : state_(borrow_state()) {}
  ~ScopedState() { return_state(state_); }
  State& operator*() const { return *state_; }
  State* operator->() const { return state_; }

 private:
  State* state_;
};

// ---- argument helpers ----------------------------------------------------------------

bool ssize_arg(Object* o, ssize* out) {
  if (!o) return true;
  return arg_to_ssize(o, out);
}

// The (string, pos, endpos) arguments of match, search, findall...
bool string_pos_endpos(const char* fname, Object* const* args, ssize nargs, Object* kwnames, Object** string,
                       ssize* pos, ssize* endpos) {
  const ArgParser parser{fname, {"string", "pos", "endpos"}, 1, 3};
  Object* argv[3] = {};
  if (!parse_args(parser, args, nargs, kwnames, argv)) return false;
  *string = argv[0];
  *pos = 0;
  *endpos = PTRDIFF_MAX;
  return ssize_arg(argv[1], pos) && ssize_arg(argv[2], endpos);
}

// ---- match, fullmatch, search ------------------------------------------------------

enum class Mode { kMatch, kFullMatch, kSearch };

Object* run_one(Object* self, Object* const* args, ssize nargs, Object* kwnames, const char* fname, Mode mode) {
  PatternObject* p = as_pattern(self);
  Object* string;
  ssize pos, endpos;
  if (!string_pos_endpos(fname, args, nargs, kwnames, &string, &pos, &endpos)) return nullptr;
  Subject subject;
  if (!subject.open(p, string)) return nullptr;
  ScopedState state;
  prepare_state(*state, p, subject, pos, endpos);
  state->match_all = mode == Mode::kFullMatch;
  int r = mode == Mode::kSearch ? search(*state) : match(*state);
  if (r < 0) return nullptr;
  if (r == 0) return newref(None);
  return match_new(p, string, *state);
}

Object* pattern_match(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  return run_one(self, args, nargs, kwnames, "match", Mode::kMatch);
}
Object* pattern_fullmatch(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  return run_one(self, args, nargs, kwnames, "fullmatch", Mode::kFullMatch);
}
Object* pattern_search(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  return run_one(self, args, nargs, kwnames, "search", Mode::kSearch);
}

// The text of group g of the state's match; `empty_for_unset`: "" instead of None.
Object* state_group(const State& state, Object* string, const Subject& subject, ssize g, bool empty_for_unset) {
  ssize b, e;
  if (!state.group_matched(g - 1, &b, &e)) {
    if (empty_for_unset) return subject_slice(string, subject, 0, 0);
    return newref(None);
  }
  if (b > e) {
    // sre's own consistency check, kept with its message.
    set_error(&exc::SystemError, "The span of capturing group is wrong, please report a bug for the re module.");
    return nullptr;
  }
  return subject_slice(string, subject, b, e);
}

// ---- findall, finditer, scanner ----------------------------------------------------

Object* pattern_findall(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  PatternObject* p = as_pattern(self);
  Object* string;
  ssize pos, endpos;
  if (!string_pos_endpos("findall", args, nargs, kwnames, &string, &pos, &endpos)) return nullptr;
  Subject subject;
  if (!subject.open(p, string)) return nullptr;
  ScopedState holder;
  State& state = *holder;
  prepare_state(state, p, subject, pos, endpos);
  ObjRef list = ObjRef::steal(list_new(0));
  if (!list) return nullptr;
  while (state.start <= state.end) {
    int r = search(state);
    if (r < 0) return nullptr;
    if (r == 0) break;
    ObjRef item;
    if (p->groups == 0) {
      item = ObjRef::steal(subject_slice(string, subject, state.start, state.ptr));
    } else if (p->groups == 1) {
      item = ObjRef::steal(state_group(state, string, subject, 1, true));
    } else {
      item = ObjRef::steal(tuple_new(p->groups));
      if (!item) return nullptr;
      for (ssize g = 1; g <= p->groups; ++g) {
        Object* v = state_group(state, string, subject, g, true);
        if (!v) return nullptr;
        tuple_set_item(item.get(), g - 1, v);
      }
    }
    if (!item || list_append(list.get(), item.get()) < 0) return nullptr;
    state.must_advance = state.ptr == state.start;
    state.start = state.ptr;
  }
  return list.release();
}

Object* pattern_scanner(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  Object* string;
  ssize pos, endpos;
  if (!string_pos_endpos("scanner", args, nargs, kwnames, &string, &pos, &endpos)) return nullptr;
  return scanner_new(as_pattern(self), string, pos, endpos);
}

Object* pattern_finditer(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  Object* string;
  ssize pos, endpos;
  if (!string_pos_endpos("finditer", args, nargs, kwnames, &string, &pos, &endpos)) return nullptr;
  ObjRef scanner = ObjRef::steal(scanner_new(as_pattern(self), string, pos, endpos));
  if (!scanner) return nullptr;
  ObjRef search_method = ObjRef::steal(get_attr_cstr(scanner.get(), "search"));
  if (!search_method) return nullptr;
  return calliter_new(search_method.get(), None);
}

// ---- split -----------------------------------------------------------------------------

Object* pattern_split(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  PatternObject* p = as_pattern(self);
  static const ArgParser parser{"split", {"string", "maxsplit"}, 1, 2};
  Object* argv[2] = {};
  if (!parse_args(parser, args, nargs, kwnames, argv)) return nullptr;
  Object* string = argv[0];
  ssize maxsplit = 0;
  if (!ssize_arg(argv[1], &maxsplit)) return nullptr;
  Subject subject;
  if (!subject.open(p, string)) return nullptr;
  ScopedState holder;
  State& state = *holder;
  prepare_state(state, p, subject, 0, PTRDIFF_MAX);
  ObjRef list = ObjRef::steal(list_new(0));
  if (!list) return nullptr;
  ssize n = 0;
  ssize last = state.start;
  while (!maxsplit || n < maxsplit) {
    int r = search(state);
    if (r < 0) return nullptr;
    if (r == 0) break;
    ObjRef item = ObjRef::steal(subject_slice(string, subject, last, state.start));
    if (!item || list_append(list.get(), item.get()) < 0) return nullptr;
    for (ssize g = 1; g <= p->groups; ++g) {
      ObjRef group = ObjRef::steal(state_group(state, string, subject, g, false));
      if (!group || list_append(list.get(), group.get()) < 0) return nullptr;
    }
    ++n;
    state.must_advance = state.ptr == state.start;
    last = state.start = state.ptr;
  }
  ObjRef rest = ObjRef::steal(subject_slice(string, subject, last, state.end));
  if (!rest || list_append(list.get(), rest.get()) < 0) return nullptr;
  return list.release();
}

// ---- sub, subn -------------------------------------------------------------------------

bool has_backslash(Object* template_) {
  if (is_str(template_)) {
    ssize n = str_length(template_);
    int kind = str_kind(template_);
    const void* data = str_data(template_);
    if (kind == 1) return std::memchr(data, '\\', static_cast<size_t>(n)) != nullptr;
    for (ssize i = 0; i < n; ++i) {
      if (str_read(kind, data, i) == '\\') return true;
    }
    return false;
  }
  Buffer view;
  if (get_buffer(template_, &view) < 0) {
    clear_error();
    return true;  // not readable: let re._subx decide
  }
  bool found = std::memchr(view.buf, '\\', static_cast<size_t>(view.len)) != nullptr;
  release_buffer(&view);
  return found;
}

Object* subx(PatternObject* p, Object* repl, Object* string, ssize count, bool with_count) {
  ObjRef filter;
  bool callable_filter = false;
  if (is_callable(repl)) {
    filter = ObjRef::borrow(repl);
    callable_filter = true;
  } else {
    bool literal = (is_str(repl) || has_buffer(repl)) && !has_backslash(repl);
    if (literal) {
      filter = ObjRef::borrow(repl);
    } else {
      filter = ObjRef::steal(call_re_function("_subx", p, repl));
      if (!filter) return nullptr;
      callable_filter = is_callable(filter.get());
    }
  }

  Subject subject;
  if (!subject.open(p, string)) return nullptr;
  ScopedState holder;
  State& state = *holder;
  prepare_state(state, p, subject, 0, PTRDIFF_MAX);
  ObjRef list = ObjRef::steal(list_new(0));
  if (!list) return nullptr;
  ssize n = 0;
  ssize i = 0;
  while (!count || n < count) {
    int r = search(state);
    if (r < 0) return nullptr;
    if (r == 0) break;
    ssize b = state.start, e = state.ptr;
    if (i < b) {
      ObjRef item = ObjRef::steal(subject_slice(string, subject, i, b));
      if (!item || list_append(list.get(), item.get()) < 0) return nullptr;
    }
    if (callable_filter) {
      ObjRef m = ObjRef::steal(match_new(p, string, state));
      if (!m) return nullptr;
      Object* margs[1] = {m.get()};
      ObjRef item = ObjRef::steal(vectorcall(filter.get(), margs, 1, nullptr));
      if (!item) return nullptr;
      if (item.get() != None && list_append(list.get(), item.get()) < 0) return nullptr;
    } else if (list_append(list.get(), filter.get()) < 0) {
      return nullptr;
    }
    i = e;
    ++n;
    state.must_advance = state.ptr == state.start;
    state.start = state.ptr;
  }
  if (i < state.end) {
    ObjRef item = ObjRef::steal(subject_slice(string, subject, i, state.end));
    if (!item || list_append(list.get(), item.get()) < 0) return nullptr;
  }
  ObjRef joiner = ObjRef::steal(subject_slice(string, subject, 0, 0));
  if (!joiner) return nullptr;
  ObjRef result;
  if (list_size(list.get()) == 0) {
    result = std::move(joiner);
  } else if (subject.is_bytes) {
    result = ObjRef::steal(bytes_join(joiner.get(), list.get()));
  } else {
    result = ObjRef::steal(str_join(joiner.get(), list.get()));
  }
  if (!result) return nullptr;
  if (!with_count) return result.release();
  ObjRef number = ObjRef::steal(int_from_ssize(n));
  if (!number) return nullptr;
  return tuple_pack({result.get(), number.get()});
}

bool sub_args(const char* fname, Object* const* args, ssize nargs, Object* kwnames, Object** repl,
              Object** string, ssize* count) {
  const ArgParser parser{fname, {"repl", "string", "count"}, 2, 3};
  Object* argv[3] = {};
  if (!parse_args(parser, args, nargs, kwnames, argv)) return false;
  *repl = argv[0];
  *string = argv[1];
  *count = 0;
  return ssize_arg(argv[2], count);
}

Object* pattern_sub(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  Object *repl, *string;
  ssize count;
  if (!sub_args("sub", args, nargs, kwnames, &repl, &string, &count)) return nullptr;
  return subx(as_pattern(self), repl, string, count, false);
}

Object* pattern_subn(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  Object *repl, *string;
  ssize count;
  if (!sub_args("subn", args, nargs, kwnames, &repl, &string, &count)) return nullptr;
  return subx(as_pattern(self), repl, string, count, true);
}

// ---- the rest of the object ----------------------------------------------------------------

Object* pattern_copy(Object* self) { return newref(self); }
Object* pattern_deepcopy(Object* self, Object*) { return newref(self); }

Object* pattern_groupindex(Object* self, void*) {
  PatternObject* p = as_pattern(self);
  if (dict_size(p->groupindex) == 0) return dict_new();
  return mappingproxy_new(p->groupindex);
}

struct FlagName {
  uint32_t bit;
  const char* name;
};
constexpr FlagName kFlagNames[] = {
    {kFlagTemplate, "re.TEMPLATE"}, {kFlagIgnoreCase, "re.IGNORECASE"}, {kFlagLocale, "re.LOCALE"},
    {kFlagMultiline, "re.MULTILINE"}, {kFlagDotAll, "re.DOTALL"},       {kFlagUnicode, "re.UNICODE"},
    {kFlagVerbose, "re.VERBOSE"},   {kFlagDebug, "re.DEBUG"},           {kFlagAscii, "re.ASCII"},
};

// The first `limit` characters of repr(o) (a "%.200R" directive).
Object* truncated_repr(Object* o, ssize limit) {
  ObjRef r = ObjRef::steal(object_repr(o));
  if (!r) return nullptr;
  if (str_length(r.get()) <= limit) return r.release();
  return str_substring(r.get(), 0, limit);
}

Object* pattern_repr(Object* self) {
  PatternObject* p = as_pattern(self);
  ObjRef source = ObjRef::steal(truncated_repr(p->pattern, 200));
  if (!source) return nullptr;
  unsigned long flags = static_cast<unsigned long>(p->flags);
  if ((flags & (kFlagLocale | kFlagUnicode | kFlagAscii)) == kFlagUnicode) flags &= ~static_cast<unsigned long>(kFlagUnicode);
  StrBuilder out;
  out.append_ascii("re.compile(");
  out.append_str(source.get());
  if (flags) {
    out.append_ascii(", ");
    bool first = true;
    for (const FlagName& f : kFlagNames) {
      if (flags & f.bit) {
        if (!first) out.append_ascii("|");
        out.append_ascii(f.name);
        first = false;
        flags &= ~static_cast<unsigned long>(f.bit);
      }
    }
    if (flags) {
      if (!first) out.append_ascii("|");
      char buf[32];
      std::snprintf(buf, sizeof buf, "0x%lx", flags);
      out.append_ascii(buf);
    }
  }
  out.append_ascii(")");
  return out.finish();
}

Object* pattern_richcompare(Object* a, Object* b, int op) {
  if ((op != kEQ && op != kNE) || !is_pattern(b)) return newref(NotImplemented);
  bool equal;
  if (a == b) {
    equal = true;
  } else {
    PatternObject* x = as_pattern(a);
    PatternObject* y = as_pattern(b);
    equal = x->flags == y->flags && x->is_bytes == y->is_bytes && x->code_size == y->code_size &&
            std::memcmp(x->code, y->code, sizeof(uint32_t) * static_cast<size_t>(x->code_size)) == 0;
    if (equal) {
      int r = rich_compare_bool(x->pattern, y->pattern, kEQ);
      if (r < 0) return nullptr;
      equal = r != 0;
    }
  }
  return newref(bool_from(op == kEQ ? equal : !equal));
}

hash_t pattern_hash(Object* self) {
  PatternObject* p = as_pattern(self);
  hash_t h = object_hash(p->pattern);
  if (h == -1) return -1;
  h ^= hash_bytes(p->code, static_cast<ssize>(sizeof(uint32_t)) * p->code_size);
  return h == -1 ? -2 : h;
}

int pattern_traverse(Object* self, visitproc visit, void* arg) {
  PatternObject* p = as_pattern(self);
  GLASSPY_VISIT(p->groupindex);
  GLASSPY_VISIT(p->indexgroup);
  GLASSPY_VISIT(p->pattern);
  return 0;
}

int pattern_clear(Object* self) {
  PatternObject* p = as_pattern(self);
  clear_ref(p->groupindex);
  clear_ref(p->indexgroup);
  clear_ref(p->pattern);
  return 0;
}

void pattern_dealloc(Object* self) {
  gc_untrack(self);
  PatternObject* p = as_pattern(self);
  pattern_clear(self);
  delete[] p->code;
  free_object(self);
}

MethodDef pattern_methods[] = {
    MethodDef("match", static_cast<FastKeywordsMethod>(pattern_match), "A match anchored where the search begins, or None."),
    MethodDef("fullmatch", static_cast<FastKeywordsMethod>(pattern_fullmatch), "A match spanning the whole (pos..endpos) string, or None."),
    MethodDef("search", static_cast<FastKeywordsMethod>(pattern_search), "The first match found anywhere, or None."),
    MethodDef("sub", static_cast<FastKeywordsMethod>(pattern_sub), "The string with matches replaced by repl (a template or a function of the match)."),
    MethodDef("subn", static_cast<FastKeywordsMethod>(pattern_subn), "Like sub, returning (new string, replacements made)."),
    MethodDef("findall", static_cast<FastKeywordsMethod>(pattern_findall), "Every non-overlapping match: texts, or tuples of group texts."),
    MethodDef("split", static_cast<FastKeywordsMethod>(pattern_split), "The pieces of string between matches (and the groups' texts)."),
    MethodDef("finditer", static_cast<FastKeywordsMethod>(pattern_finditer), "An iterator of Match objects for the non-overlapping matches."),
    MethodDef("scanner", static_cast<FastKeywordsMethod>(pattern_scanner)),
    MethodDef("__copy__", static_cast<NoArgsMethod>(pattern_copy)),
    MethodDef("__deepcopy__", static_cast<OneArgMethod>(pattern_deepcopy)),
    MethodDef("__class_getitem__", generic_alias_new, "See PEP 585", Binding::kClass),
    {},
};

MemberDef pattern_members[] = {
    {"pattern", MemberType::kObject, offsetof(PatternObject, pattern), true, "The source of the pattern."},
    {"flags", MemberType::kLong, offsetof(PatternObject, flags), true, "The flags the pattern was compiled with."},
    {"groups", MemberType::kSsize, offsetof(PatternObject, groups), true, "How many capturing groups the pattern has."},
    {},
};
GetSetDef pattern_getset[] = {
    {"groupindex", pattern_groupindex, nullptr, "Group names and their numbers."},
    {},
};

}  // namespace

Type PatternType{{
    .name = "re.Pattern",
    .basicsize = sizeof(PatternObject),
    .dealloc = pattern_dealloc,
    .repr = pattern_repr,
    .hash = pattern_hash,
    .getattro = generic_getattr,
    .flags = tpflags::kHaveGC | tpflags::kDisallowInstantiation | tpflags::kImmutableType,
    .doc = "A compiled regular expression.",
    .traverse = pattern_traverse,
    .clear = pattern_clear,
    .richcompare = pattern_richcompare,
    .weaklistoffset = offsetof(PatternObject, weaklist),
    .methods = pattern_methods,
    .members = pattern_members,
    .getset = pattern_getset,
}};

}  // namespace glasspy::sre
