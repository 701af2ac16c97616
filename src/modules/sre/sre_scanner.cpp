// _sre.SRE_Scanner: successive matches over one string (what finditer and
// re.Scanner iterate).  Each call continues where the previous match ended;
// after an empty match the next one must not be empty at the same place.
// Once a call finds nothing, the scanner stays exhausted.
#include "modules/sre/sre_objects.h"
#include "objects/errors.h"
#include "objects/gc.h"
#include "objects/singletons.h"
#include "objects/type.h"

namespace glasspy::sre {

Object* scanner_new(PatternObject* pattern, Object* string, ssize pos, ssize endpos) {
  auto* subject = new (std::nothrow) Subject();
  auto* state = new (std::nothrow) State();
  if (!subject || !state) {
    delete subject;
    delete state;
    return no_memory();
  }
  if (!subject->open(pattern, string)) {
    delete subject;
    delete state;
    return nullptr;
  }
  prepare_state(*state, pattern, *subject, pos, endpos);
  Object* o = allocate_object(&ScannerType, sizeof(ScannerObject));
  if (!o) {
    delete subject;
    delete state;
    return nullptr;
  }
  auto* s = static_cast<ScannerObject*>(o);
  s->pattern = newref(pattern);
  s->string = newref(string);
  s->subject = subject;
  s->state = state;
  s->exhausted = false;
  gc_track(o);
  return o;
}

namespace {

ScannerObject* as_scanner(Object* o) { return static_cast<ScannerObject*>(o); }

Object* scanner_step(Object* self, bool searching) {
  ScannerObject* s = as_scanner(self);
  if (s->exhausted) return newref(None);
  State& state = *s->state;
  int r = searching ? search(state) : match(state);
  if (r < 0) return nullptr;
  if (r == 0) {
    s->exhausted = true;
    return newref(None);
  }
  Object* m = match_new(s->pattern, s->string, state);
  if (!m) return nullptr;
  state.must_advance = state.ptr == state.start;
  state.start = state.ptr;
  return m;
}

Object* scanner_match(Object* self) { return scanner_step(self, false); }
Object* scanner_search(Object* self) { return scanner_step(self, true); }

int scanner_traverse(Object* self, visitproc visit, void* arg) {
  ScannerObject* s = as_scanner(self);
  GLASSPY_VISIT(s->pattern);
  GLASSPY_VISIT(s->string);
  return 0;
}

void scanner_dealloc(Object* self) {
  gc_untrack(self);
  ScannerObject* s = as_scanner(self);
  delete s->subject;  // unpins a bytearray before the reference goes
  delete s->state;
  xdecref(s->pattern);
  xdecref(s->string);
  free_object(self);
}

MethodDef scanner_methods[] = {
    MethodDef("match", static_cast<NoArgsMethod>(scanner_match)),
    MethodDef("search", static_cast<NoArgsMethod>(scanner_search)),
    {},
};

MemberDef scanner_members[] = {
    {"pattern", MemberType::kObject, offsetof(ScannerObject, pattern), true},
    {},
};

}  // namespace

Type ScannerType{{
    .name = "_sre.SRE_Scanner",
    .basicsize = sizeof(ScannerObject),
    .dealloc = scanner_dealloc,
    .getattro = generic_getattr,
    .flags = tpflags::kHaveGC | tpflags::kDisallowInstantiation | tpflags::kImmutableType,
    .traverse = scanner_traverse,
    .methods = scanner_methods,
    .members = scanner_members,
}};

}  // namespace glasspy::sre
