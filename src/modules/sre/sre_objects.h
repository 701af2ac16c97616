// The objects of `_sre`: Pattern (re.Pattern), Match (re.Match) and the
// scanner (_sre.SRE_Scanner), and what they share: reading a subject string
// and turning an engine State into a Match.
//
// A Pattern owns its code (validated once, at compile) and never changes.
// A Match keeps the subject object and the group spans as offsets; its
// slices are cut from the subject when asked for.  A bytes-like subject is
// read through the buffer protocol and its export held while the engine
// reads it, so Python code run meanwhile (a sub() callback) cannot resize a
// bytearray under the engine.
#pragma once

#include <cstdint>

#include "modules/sre/sre_engine.h"
#include "objects/buffer.h"
#include "objects/object.h"

namespace glasspy::sre {

extern Type PatternType;
extern Type MatchType;
extern Type ScannerType;

struct PatternObject : Object {
  Object* pattern;     // the source: str, bytes or None
  Object* groupindex;  // dict: name -> group number
  Object* indexgroup;  // tuple: group number -> name or None
  ssize groups;        // capturing groups (group 0 not counted)
  long flags;
  int is_bytes;        // 1: bytes pattern, 0: str pattern, -1: either (no source)
  uint32_t* code;
  ssize code_size;
  Object* weaklist;
};

struct MatchObject : Object {
  Object* string;
  PatternObject* pattern;
  Object* regs;  // cached Match.regs, or null
  ssize pos, endpos;
  ssize lastindex;  // -1: none
  ssize groups;     // groups + 1 (group 0 included)
  ssize* marks;     // 2 * groups offsets (stored after the object), -1: the group took no part
};

inline bool is_pattern(Object* o) { return o->type == &PatternType; }
inline PatternObject* as_pattern(Object* o) { return static_cast<PatternObject*>(o); }
inline MatchObject* as_match(Object* o) { return static_cast<MatchObject*>(o); }

// The characters of a subject: a str of any kind or an object with the
// buffer protocol (bytes, bytearray, memoryview).
class Subject {
 public:
  Subject() = default;
  Subject(const Subject&) = delete;
  Subject& operator=(const Subject&) = delete;
  ~Subject() { release(); }
  // Reads `string`; false with TypeError when it is neither str nor
  // bytes-like ("expected string or bytes-like object, got 'int'") or when
  // its kind does not suit `pattern`.
  bool open(PatternObject* pattern, Object* string);
  void release();

  const void* data = nullptr;
  int charsize = 1;
  ssize length = 0;
  bool is_bytes = false;

 private:
  Buffer view_;  // the export held for a bytes-like subject
};

struct ScannerObject : Object {
  PatternObject* pattern;
  Object* string;
  Subject* subject;  // owned; holds the subject's buffer while the scanner lives
  State* state;      // owned
  bool exhausted;
};

// Clamps pos/endpos as sre does and prepares `state` for a search in it.
void prepare_state(State& state, PatternObject* pattern, const Subject& subject, ssize pos, ssize endpos);

// string[b:e] as the engine's slices give it: a str for str subjects, bytes
// for any bytes-like subject (the subject itself when it is the whole exact
// bytes or str).  New reference.
Object* subject_slice(Object* string, const Subject& subject, ssize b, ssize e);

// A Match for the state's last successful match.  New reference.
Object* match_new(PatternObject* pattern, Object* string, const State& state);

// A State to use for one call and give back; reused across calls.
State* borrow_state();
void return_state(State* state);

// pattern.scanner(string, pos, endpos) (sre_scanner.cpp).  New reference.
Object* scanner_new(PatternObject* pattern, Object* string, ssize pos, ssize endpos);

// Calls re.<name>(args...) of the Python `re` package (templates are parsed
// there).  New reference.
Object* call_re_function(const char* name, Object* a, Object* b, Object* c = nullptr);

}  // namespace glasspy::sre
