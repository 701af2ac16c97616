// re.Match: the result of a successful match.  It keeps the subject and the
// spans (as offsets); group texts are sliced from the subject on demand.
// Groups are named by number or, through the pattern's groupindex, by name;
// anything else is "no such group" (IndexError), as in CPython.
#include <cstdio>

#include "modules/sre/sre_objects.h"
#include "objects/abstract.h"
#include "objects/call.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/gc.h"
#include "objects/genericalias.h"
#include "objects/int.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace glasspy::sre {

Object* match_new(PatternObject* pattern, Object* string, const State& state) {
  ssize groups = pattern->groups + 1;
  // The spans live right after the object, in the same allocation.
  Object* o = allocate_object(&MatchType, sizeof(MatchObject) + sizeof(ssize) * static_cast<size_t>(2 * groups));
  if (!o) return nullptr;
  MatchObject* m = as_match(o);
  m->groups = groups;
  m->marks = reinterpret_cast<ssize*>(reinterpret_cast<char*>(m) + sizeof(MatchObject));
  m->marks[0] = state.start;
  m->marks[1] = state.ptr;
  for (ssize g = 1; g < m->groups; ++g) {
    ssize b, e;
    bool set = state.group_matched(g - 1, &b, &e);
    if (set && b > e) {
      // sre's own consistency check, kept with its message.
      free_object(o);
      set_error(&exc::SystemError,
                "The span of capturing group is wrong, please report a bug for the re module.");
      return nullptr;
    }
    m->marks[2 * g] = set ? b : -1;
    m->marks[2 * g + 1] = set ? e : -1;
  }
  m->string = newref(string);
  m->pattern = newref(pattern);
  m->regs = nullptr;
  m->pos = state.pos;
  m->endpos = state.end;
  m->lastindex = state.lastindex;
  gc_track(o);
  return o;
}

namespace {

// The group number `index` names, or -1 with IndexError / the lookup's error.
ssize group_index(MatchObject* m, Object* index) {
  ssize i = -1;
  if (has_index(index)) {
    i = number_as_ssize(index, nullptr);
    if (i == -1 && error_occurred()) return -1;
  } else if (dict_size(m->pattern->groupindex) > 0) {
    Object* value = dict_get_item(m->pattern->groupindex, index);
    if (!value && error_occurred()) return -1;
    if (value && is_int(value)) {
      i = int_as_ssize(value);
      if (i == -1 && error_occurred()) return -1;
    }
  }
  if (i < 0 || i >= m->groups) {
    set_error(&exc::IndexError, "no such group");
    return -1;
  }
  return i;
}

// The text of group g, or `fallback` (borrowed) when it did not take part.
Object* group_text(MatchObject* m, ssize g, Object* fallback) {
  ssize b = m->marks[2 * g], e = m->marks[2 * g + 1];
  if (b < 0) return newref(fallback);
  Subject subject;
  if (!subject.open(m->pattern, m->string)) return nullptr;
  // A bytearray may have shrunk since the match.
  if (b > subject.length) b = subject.length;
  if (e > subject.length) e = subject.length;
  return subject_slice(m->string, subject, b, e);
}

Object* group_by_object(MatchObject* m, Object* index, Object* fallback) {
  ssize g = group_index(m, index);
  if (g < 0) return nullptr;
  return group_text(m, g, fallback);
}

Object* match_group(Object* self, Object* const* args, ssize nargs) {
  MatchObject* m = as_match(self);
  if (nargs == 0) return group_text(m, 0, None);
  if (nargs == 1) return group_by_object(m, args[0], None);
  ObjRef result = ObjRef::steal(tuple_new(nargs));
  if (!result) return nullptr;
  for (ssize i = 0; i < nargs; ++i) {
    Object* v = group_by_object(m, args[i], None);
    if (!v) return nullptr;
    tuple_set_item(result.get(), i, v);
  }
  return result.release();
}

Object* match_getitem(Object* self, Object* index) { return group_by_object(as_match(self), index, None); }

Object* match_groups(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  static const ArgParser parser{"groups", {"default"}, 0, 1};
  Object* argv[1] = {};
  if (!parse_args(parser, args, nargs, kwnames, argv)) return nullptr;
  Object* fallback = argv[0] ? argv[0] : None;
  MatchObject* m = as_match(self);
  ObjRef result = ObjRef::steal(tuple_new(m->groups - 1));
  if (!result) return nullptr;
  for (ssize g = 1; g < m->groups; ++g) {
    Object* v = group_text(m, g, fallback);
    if (!v) return nullptr;
    tuple_set_item(result.get(), g - 1, v);
  }
  return result.release();
}

Object* match_groupdict(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  static const ArgParser parser{"groupdict", {"default"}, 0, 1};
  Object* argv[1] = {};
  if (!parse_args(parser, args, nargs, kwnames, argv)) return nullptr;
  Object* fallback = argv[0] ? argv[0] : None;
  MatchObject* m = as_match(self);
  ObjRef result = ObjRef::steal(dict_new());
  if (!result) return nullptr;
  ssize pos = 0;
  Object *key, *value;
  while (dict_next(m->pattern->groupindex, &pos, &key, &value)) {
    ObjRef k = ObjRef::borrow(key);
    ObjRef text = ObjRef::steal(group_by_object(m, key, fallback));
    if (!text || dict_set_item(result.get(), k.get(), text.get()) < 0) return nullptr;
  }
  return result.release();
}

// The group of start/end/span: none given is group 0.
bool optional_group(const char* fname, MatchObject* m, Object* const* args, ssize nargs, ssize* g) {
  if (!check_positional(fname, nargs, 0, 1)) return false;
  *g = 0;
  if (nargs == 0) return true;
  *g = group_index(m, args[0]);
  return *g >= 0;
}

Object* match_start(Object* self, Object* const* args, ssize nargs) {
  MatchObject* m = as_match(self);
  ssize g;
  if (!optional_group("start", m, args, nargs, &g)) return nullptr;
  return int_from_ssize(m->marks[2 * g]);
}

Object* match_end(Object* self, Object* const* args, ssize nargs) {
  MatchObject* m = as_match(self);
  ssize g;
  if (!optional_group("end", m, args, nargs, &g)) return nullptr;
  return int_from_ssize(m->marks[2 * g + 1]);
}

Object* span_tuple(ssize b, ssize e) {
  ObjRef x = ObjRef::steal(int_from_ssize(b));
  ObjRef y = ObjRef::steal(int_from_ssize(e));
  if (!x || !y) return nullptr;
  return tuple_pack({x.get(), y.get()});
}

Object* match_span(Object* self, Object* const* args, ssize nargs) {
  MatchObject* m = as_match(self);
  ssize g;
  if (!optional_group("span", m, args, nargs, &g)) return nullptr;
  return span_tuple(m->marks[2 * g], m->marks[2 * g + 1]);
}

Object* match_expand(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  static const ArgParser parser{"expand", {"template"}, 1, 1};
  Object* argv[1] = {};
  if (!parse_args(parser, args, nargs, kwnames, argv)) return nullptr;
  return call_re_function("_expand", as_match(self)->pattern, self, argv[0]);
}

Object* match_copy(Object* self) { return newref(self); }
Object* match_deepcopy(Object* self, Object*) { return newref(self); }

Object* match_regs(Object* self, void*) {
  MatchObject* m = as_match(self);
  if (m->regs) return newref(m->regs);
  ObjRef regs = ObjRef::steal(tuple_new(m->groups));
  if (!regs) return nullptr;
  for (ssize g = 0; g < m->groups; ++g) {
    Object* span = span_tuple(m->marks[2 * g], m->marks[2 * g + 1]);
    if (!span) return nullptr;
    tuple_set_item(regs.get(), g, span);
  }
  m->regs = newref(regs.get());
  return regs.release();
}

Object* match_lastindex(Object* self, void*) {
  MatchObject* m = as_match(self);
  if (m->lastindex >= 0) return int_from_ssize(m->lastindex);
  return newref(None);
}

Object* match_lastgroup(Object* self, void*) {
  MatchObject* m = as_match(self);
  Object* names = m->pattern->indexgroup;
  if (m->lastindex >= 0 && names && m->lastindex < tuple_size(names)) return newref(tuple_item(names, m->lastindex));
  return newref(None);
}

Object* match_repr(Object* self) {
  MatchObject* m = as_match(self);
  ObjRef whole = ObjRef::steal(group_text(m, 0, None));
  if (!whole) return nullptr;
  ObjRef text = ObjRef::steal(object_repr(whole.get()));
  if (!text) return nullptr;
  if (str_length(text.get()) > 50) {
    text = ObjRef::steal(str_substring(text.get(), 0, 50));
    if (!text) return nullptr;
  }
  char head[96];
  std::snprintf(head, sizeof head, "<%s object; span=(%zd, %zd), match=", MatchType.name, m->marks[0], m->marks[1]);
  StrBuilder out;
  out.append_ascii(head);
  out.append_str(text.get());
  out.append_ascii(">");
  return out.finish();
}

int match_traverse(Object* self, visitproc visit, void* arg) {
  MatchObject* m = as_match(self);
  GLASSPY_VISIT(m->string);
  GLASSPY_VISIT(m->regs);
  GLASSPY_VISIT(m->pattern);
  return 0;
}

int match_clear(Object* self) {
  MatchObject* m = as_match(self);
  clear_ref(m->string);
  clear_ref(m->regs);
  clear_ref(m->pattern);
  return 0;
}

void match_dealloc(Object* self) {
  gc_untrack(self);
  match_clear(self);
  free_object(self);
}

MethodDef match_methods[] = {
    MethodDef("group", static_cast<FastMethod>(match_group), "The text of one group (a tuple for several); 0 is the whole match."),
    MethodDef("start", static_cast<FastMethod>(match_start), "Where a group's text starts (-1 if it took no part)."),
    MethodDef("end", static_cast<FastMethod>(match_end), "Where a group's text ends (-1 if it took no part)."),
    MethodDef("span", static_cast<FastMethod>(match_span), "(start, end) of a group."),
    MethodDef("groups", static_cast<FastKeywordsMethod>(match_groups), "The texts of groups 1 and up; default for those that took no part."),
    MethodDef("groupdict", static_cast<FastKeywordsMethod>(match_groupdict), "The texts of the named groups by name; default for those that took no part."),
    MethodDef("expand", static_cast<FastKeywordsMethod>(match_expand), "The template with its group references replaced by this match's groups."),
    MethodDef("__copy__", static_cast<NoArgsMethod>(match_copy)),
    MethodDef("__deepcopy__", static_cast<OneArgMethod>(match_deepcopy)),
    MethodDef("__class_getitem__", generic_alias_new, "See PEP 585", Binding::kClass),
    {},
};

MemberDef match_members[] = {
    {"string", MemberType::kObject, offsetof(MatchObject, string), true, "The string that was searched."},
    {"re", MemberType::kObject, offsetof(MatchObject, pattern), true, "The pattern that matched."},
    {"pos", MemberType::kSsize, offsetof(MatchObject, pos), true, "Where the search began."},
    {"endpos", MemberType::kSsize, offsetof(MatchObject, endpos), true, "Where the search had to stop."},
    {},
};

GetSetDef match_getset[] = {
    {"lastindex", match_lastindex, nullptr, "The number of the last group closed, or None."},
    {"lastgroup", match_lastgroup, nullptr, "The name of the last group closed, or None."},
    {"regs", match_regs, nullptr},
    {},
};

MappingMethods match_as_mapping = {
    .mp_subscript = match_getitem,
};

}  // namespace

Type MatchType{{
    .name = "re.Match",
    .basicsize = sizeof(MatchObject),
    .dealloc = match_dealloc,
    .repr = match_repr,
    .as_mapping = &match_as_mapping,
    .getattro = generic_getattr,
    .flags = tpflags::kHaveGC | tpflags::kDisallowInstantiation | tpflags::kImmutableType,
    .doc = "What a successful match found: its span and its groups' texts.",
    .traverse = match_traverse,
    .clear = match_clear,
    .methods = match_methods,
    .members = match_members,
    .getset = match_getset,
}};

}  // namespace glasspy::sre
