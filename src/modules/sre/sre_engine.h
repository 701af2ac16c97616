// The matching engine of `_sre`: runs the code re._compiler produces (see
// sre_constants.h) over a str of any storage kind or a bytes-like buffer.
//
// Design.  A backtracking interpreter that never recurses on the C stack:
// every decision point (a BRANCH alternative, a repeat that could take more
// or fewer items) pushes a choice frame on an explicit stack, and every
// change to state that backtracking must undo (a group mark, a repeat
// counter, the current repeat) pushes an undo frame first.  Failing pops
// frames: undo frames restore what they saved, the first choice frame found
// resumes with its next possibility.  So after a failure the marks are
// exactly what they were at the choice point, which gives the captures
// CPython's sre reports.
//
// Atomic constructs (lookarounds, atomic groups, possessive repeats) run
// their body as a sub-match under a barrier frame: when the body reaches
// its SUCCESS the choice frames above the barrier are dropped (the undo
// frames stay, so backtracking past the construct still restores marks);
// when backtracking reaches the barrier the body has failed.
//
// Invariant: code has been checked by validate_code (sre_validate.cpp), so
// the interpreter follows offsets and reads operands without bounds checks.
#pragma once

#include <cstdint>
#include <vector>

#include "objects/object.h"

namespace glasspy::sre {

struct Frame {
  uint32_t kind;
  uint32_t pc;
  ssize ptr;
  ssize a;
  ssize b;
  // Choice and barrier frames: the mark state to come back to.
  ssize lastmark;
  ssize lastindex;
  ssize saved;  // where the saved marks start in State::mark_stack, -1: not saved
};

// An atomic construct in progress (see above).
struct SubMatch {
  uint32_t kind;     // the opcode that opened it
  uint32_t tail;     // where matching continues after it
  uint32_t body;     // POSSESSIVE_REPEAT: where its body starts
  size_t barrier;    // index of its barrier frame
  ssize saved_ptr;   // lookarounds: the position to return to
  ssize count;       // POSSESSIVE_REPEAT: iterations done
  ssize min, max;
  ssize iter_start;  // POSSESSIVE_REPEAT: where the last iteration began (-1: none)
};

// A REPEAT ... MAX_UNTIL / MIN_UNTIL loop in progress.
struct RepeatNode {
  ssize count;     // iterations completed, counted from -1 (REPEAT jumps to its UNTIL first)
  ssize last_ptr;  // where the current iteration began (zero-width protection); -1: none
  uint32_t body;
  uint32_t min, max;
  ssize prev;      // enclosing repeat (index in the pool), -1: none
};

struct State {
  // The compiled pattern.
  const uint32_t* code = nullptr;
  // The subject: `length` characters of `charsize` bytes (1, 2 or 4).
  const void* data = nullptr;
  int charsize = 1;
  ssize length = 0;
  // Matching starts at `start` (search moves it to where the match begins)
  // and may not look past `end`; lookbehinds and ^ see from index 0.
  ssize start = 0;
  ssize end = 0;
  ssize pos = 0;  // where the caller asked to start (Match.pos)
  bool match_all = false;     // fullmatch: must end at `end`
  bool must_advance = false;  // an empty match at `start` does not count
  // Results of a successful match: it spans [start, ptr).
  ssize ptr = 0;
  // Two marks per group.  As in CPython's sre, only marks up to `lastmark`
  // count; a group took part if both its marks are below it and set.
  std::vector<ssize> marks;
  ssize lastmark = -1;
  ssize lastindex = -1;
  bool group_matched(ssize group, ssize* b, ssize* e) const {
    if (2 * group + 1 > lastmark) return false;
    *b = marks[2 * group];
    *e = marks[2 * group + 1];
    return *b >= 0 && *e >= 0;
  }
  // Scratch kept between calls so that repeated searches do not allocate.
  std::vector<Frame> stack;
  std::vector<ssize> mark_stack;
  std::vector<SubMatch> subs;
  std::vector<RepeatNode> repeats;
  ssize current_repeat = -1;

  void set_subject(const void* d, int size, ssize len, ssize pos, ssize endpos, ssize groups) {
    data = d;
    charsize = size;
    length = len;
    start = pos;
    this->pos = pos;
    end = endpos;
    marks.assign(static_cast<size_t>(2 * groups + 2), -1);  // MARK may name one group more
  }
};

// Tries the pattern at state.start.  1: matched, 0: no match, -1: error set.
int match(State& state);
// Tries at state.start and then at each later position up to state.end.
int search(State& state);

// Character predicates the module functions and the compiler share.
inline uint32_t ascii_lower(uint32_t ch) { return ch < 128 && ch >= 'A' && ch <= 'Z' ? ch + 32 : ch; }
inline uint32_t ascii_upper(uint32_t ch) { return ch < 128 && ch >= 'a' && ch <= 'z' ? ch - 32 : ch; }
inline bool ascii_is_cased(uint32_t ch) { return ch < 128 && ((ch | 32) >= 'a' && (ch | 32) <= 'z'); }

}  // namespace glasspy::sre
