// The matching engine (see sre_engine.h for the design).  One interpreter,
// instantiated for 1-, 2- and 4-byte characters.
//
// Offsets in the code are relative to the word that holds them: an op at pc
// whose first operand is a skip continues at pc + 1 + code[pc + 1].
#include "modules/sre/sre_engine.h"

#include <algorithm>
#include <cstring>
#include <new>

#include "modules/sre/sre_constants.h"
#include "objects/errors.h"
#include "util/unicode.h"

namespace glasspy::sre {

namespace {

enum FrameKind : uint32_t {
  // Undo frames: restore and keep failing.
  kUndoRepeat,   // repeats[pc].count = a, .last_ptr = b
  kUndoCurrent,  // current_repeat = a
  kUndoPool,     // repeats.resize(a), current_repeat = b
  // Choice frames: resume with the next possibility.
  kChoiceBranch,        // try the alternative whose skip word is at pc, at ptr
  kChoiceRepeatOne,     // greedy single-character repeat: a items from ptr, at least b; tail at pc
  kChoiceMinRepeatOne,  // lazy single-character repeat (op at pc): a items, now ending at ptr
  kChoiceMaxUntil,      // greedy loop a: the next iteration failed, run the tail at pc from ptr
  kChoiceMinUntil,      // lazy loop a: the tail failed at ptr after b iterations, try another
  // The body of the innermost SubMatch failed.
  kBarrier,
};

inline bool is_undo(uint32_t kind) { return kind <= kUndoPool; }
inline bool saves_marks(uint32_t kind) { return kind >= kChoiceBranch; }

// ---- character classes -----------------------------------------------------------

inline bool is_ascii_digit(uint32_t ch) { return ch >= '0' && ch <= '9'; }
inline bool is_ascii_space(uint32_t ch) { return ch == ' ' || (ch >= 9 && ch <= 13); }
inline bool is_ascii_word(uint32_t ch) {
  return ch < 128 && (is_ascii_digit(ch) || ((ch | 32) >= 'a' && (ch | 32) <= 'z') || ch == '_');
}
inline bool is_uni_word(uint32_t ch) { return ch < 128 ? is_ascii_word(ch) : unicode::is_word(ch); }
inline bool is_uni_digit(uint32_t ch) { return ch < 128 ? is_ascii_digit(ch) : unicode::is_decimal(ch); }
inline bool is_uni_space(uint32_t ch) {
  return ch < 128 ? (is_ascii_space(ch) || (ch >= 0x1C && ch <= 0x1F)) : unicode::is_space(ch);
}
// The LOCALE flag asks for the C library's classes of the current locale;
// glasspy runs in the C/UTF-8 locale, where bytes above 127 have no class
// and no case, so they are the ASCII ones.
inline uint32_t locale_lower(uint32_t ch) { return ascii_lower(ch); }
inline uint32_t locale_upper(uint32_t ch) { return ascii_upper(ch); }

inline bool category(uint32_t code, uint32_t ch) {
  switch (code) {
    case kCatDigit: return is_ascii_digit(ch);
    case kCatNotDigit: return !is_ascii_digit(ch);
    case kCatSpace: return is_ascii_space(ch);
    case kCatNotSpace: return !is_ascii_space(ch);
    case kCatWord: return is_ascii_word(ch);
    case kCatNotWord: return !is_ascii_word(ch);
    case kCatLinebreak: return ch == '\n';
    case kCatNotLinebreak: return ch != '\n';
    case kCatLocWord: return is_ascii_word(ch);
    case kCatLocNotWord: return !is_ascii_word(ch);
    case kCatUniDigit: return is_uni_digit(ch);
    case kCatUniNotDigit: return !is_uni_digit(ch);
    case kCatUniSpace: return is_uni_space(ch);
    case kCatUniNotSpace: return !is_uni_space(ch);
    case kCatUniWord: return is_uni_word(ch);
    case kCatUniNotWord: return !is_uni_word(ch);
    case kCatUniLinebreak: return unicode::is_linebreak(ch);
    case kCatUniNotLinebreak: return !unicode::is_linebreak(ch);
  }
  return false;
}

// Whether ch is in the set that starts at `set` (a list of set items ended
// by FAILURE; NEGATE flips the answer).
bool in_charset(const uint32_t* set, uint32_t ch) {
  bool ok = true;
  for (;;) {
    switch (*set) {
      case kFailure: return !ok;
      case kLiteral:
        if (ch == set[1]) return ok;
        set += 2;
        break;
      case kCategory:
        if (category(set[1], ch)) return ok;
        set += 2;
        break;
      case kCharset:
        if (ch < 256 && (set[1 + (ch >> 5)] & (1u << (ch & 31)))) return ok;
        set += 1 + 256 / 32;
        break;
      case kRange:
        if (set[1] <= ch && ch <= set[2]) return ok;
        set += 3;
        break;
      case kRangeUniIgnore: {
        if (set[1] <= ch && ch <= set[2]) return ok;
        uint32_t up = unicode::simple_upper(ch);
        if (set[1] <= up && up <= set[2]) return ok;
        set += 3;
        break;
      }
      case kNegate:
        ok = !ok;
        set += 1;
        break;
      case kBigCharset: {
        uint32_t blocks = set[1];
        if (ch < 65536) {
          const unsigned char* map = reinterpret_cast<const unsigned char*>(set + 2);
          uint32_t block = map[ch >> 8];
          const uint32_t* bits = set + 2 + 64 + block * 8;
          if (bits[(ch & 255) >> 5] & (1u << (ch & 31))) return ok;
        }
        set += 2 + 64 + blocks * 8;
        break;
      }
      default: return false;  // unreachable for validated code
    }
  }
}

inline bool in_charset_loc_ignore(const uint32_t* set, uint32_t ch) {
  uint32_t lo = locale_lower(ch);
  if (in_charset(set, lo)) return true;
  uint32_t up = locale_upper(ch);
  return up != lo && in_charset(set, up);
}

// Ops that consume exactly one character.
inline bool is_unit(uint32_t op) {
  switch (op) {
    case kAny:
    case kAnyAll:
    case kLiteral:
    case kNotLiteral:
    case kLiteralIgnore:
    case kNotLiteralIgnore:
    case kLiteralUniIgnore:
    case kNotLiteralUniIgnore:
    case kLiteralLocIgnore:
    case kNotLiteralLocIgnore:
    case kIn:
    case kInIgnore:
    case kInUniIgnore:
    case kInLocIgnore:
    case kCategory: return true;
  }
  return false;
}

// Whether the single-character op at `op` accepts ch.
inline bool unit_matches(const uint32_t* op, uint32_t ch) {
  switch (op[0]) {
    case kAny: return ch != '\n';
    case kAnyAll: return true;
    case kLiteral: return ch == op[1];
    case kNotLiteral: return ch != op[1];
    case kLiteralIgnore: return ascii_lower(ch) == op[1];
    case kNotLiteralIgnore: return ascii_lower(ch) != op[1];
    case kLiteralUniIgnore: return unicode::simple_lower(ch) == op[1];
    case kNotLiteralUniIgnore: return unicode::simple_lower(ch) != op[1];
    case kLiteralLocIgnore: return ch == op[1] || locale_lower(ch) == op[1] || locale_upper(ch) == op[1];
    case kNotLiteralLocIgnore: return !(ch == op[1] || locale_lower(ch) == op[1] || locale_upper(ch) == op[1]);
    case kIn: return in_charset(op + 2, ch);
    case kInIgnore: return in_charset(op + 2, ascii_lower(ch));
    case kInUniIgnore: return in_charset(op + 2, unicode::simple_lower(ch));
    case kInLocIgnore: return in_charset_loc_ignore(op + 2, ch);
    case kCategory: return category(op[1], ch);
  }
  return false;
}

// The first position in [p, stop) holding c, or stop.
template <class CharT>
const CharT* find_char(const CharT* p, const CharT* stop, uint32_t c) {
  if (p >= stop) return stop;
  if (c > static_cast<CharT>(~CharT(0))) return stop;
  if constexpr (sizeof(CharT) == 1) {
    const void* hit = std::memchr(p, static_cast<int>(c), static_cast<size_t>(stop - p));
    return hit ? static_cast<const CharT*>(hit) : stop;
  } else {
    return std::find(p, stop, static_cast<CharT>(c));
  }
}

template <class CharT>
class Engine {
 public:
  explicit Engine(State& st)
      : st_(st), code_(st.code), s_(static_cast<const CharT*>(st.data)), end_(st.end) {}

  int match_at(ssize start, bool first);
  int search();

 private:
  uint32_t ch(ssize i) const { return s_[i]; }
  ssize count_units(const uint32_t* op, ssize ptr, ssize limit) const;
  bool at(uint32_t code, ssize ptr) const;
  bool word_at(uint32_t code, ssize i) const;
  bool groupref(uint32_t op, uint32_t group, ssize& ptr) const;
  // Whether group `group` took part so far (its marks are below lastmark).
  bool group_set(uint32_t group) const {
    if (static_cast<ssize>(2 * group) >= st_.lastmark) return false;
    ssize b = st_.marks[2 * group], e = st_.marks[2 * group + 1];
    return b >= 0 && e >= 0 && e >= b;
  }
  // Undo frames.
  void push(uint32_t kind, uint32_t pc, ssize ptr, ssize a = 0, ssize b = 0) {
    st_.stack.push_back(Frame{kind, pc, ptr, a, b, 0, 0, -1});
  }
  // Choice and barrier frames remember lastmark and lastindex, and inside a
  // REPEAT loop (or when `save_marks`) the marks themselves: the state sre
  // restores when it comes back to that decision.
  void push_choice(uint32_t kind, uint32_t pc, ssize ptr, ssize a = 0, ssize b = 0, bool save_marks = false) {
    ssize saved = -1;
    if ((save_marks || st_.current_repeat >= 0) && st_.lastmark >= 0) {
      saved = static_cast<ssize>(st_.mark_stack.size());
      st_.mark_stack.insert(st_.mark_stack.end(), st_.marks.begin(), st_.marks.begin() + st_.lastmark + 1);
    }
    st_.stack.push_back(Frame{kind, pc, ptr, a, b, st_.lastmark, st_.lastindex, saved});
  }
  void restore_choice(const Frame& f) {
    if (f.saved >= 0) {
      std::copy(st_.mark_stack.begin() + f.saved, st_.mark_stack.begin() + f.saved + f.lastmark + 1,
                st_.marks.begin());
    }
    st_.lastmark = f.lastmark;
    st_.lastindex = f.lastindex;
  }
  void pop_frame() {
    const Frame& f = st_.stack.back();
    if (f.saved >= 0) st_.mark_stack.resize(static_cast<size_t>(f.saved));
    st_.stack.pop_back();
  }
  // MARK: as sre keeps them, marks past `lastmark` are stale; setting one
  // past it clears those in between.
  void set_mark(uint32_t index, ssize ptr) {
    ssize i = index;
    if (i & 1) st_.lastindex = i / 2 + 1;
    if (i > st_.lastmark) {
      for (ssize j = st_.lastmark + 1; j < i; ++j) st_.marks[j] = -1;
      st_.lastmark = i;
    }
    st_.marks[i] = ptr;
  }
  void set_repeat(ssize node, ssize count, ssize last_ptr) {
    RepeatNode& r = st_.repeats[node];
    if (!st_.stack.empty()) push(kUndoRepeat, static_cast<uint32_t>(node), 0, r.count, r.last_ptr);
    r.count = count;
    r.last_ptr = last_ptr;
  }
  void set_current(ssize node) {
    if (!st_.stack.empty()) push(kUndoCurrent, 0, 0, st_.current_repeat);
    st_.current_repeat = node;
  }
  // Drops the choice frames above the innermost SubMatch's barrier and the
  // barrier itself, keeping the undo frames.
  void cut_to_barrier(size_t barrier) {
    auto& stack = st_.stack;
    st_.mark_stack.resize(static_cast<size_t>(stack[barrier].a));
    size_t w = barrier;
    for (size_t r = barrier + 1; r < stack.size(); ++r) {
      if (is_undo(stack[r].kind)) stack[w++] = stack[r];
    }
    stack.resize(w);
  }
  void undo(const Frame& f) {
    switch (f.kind) {
      case kUndoRepeat:
        st_.repeats[f.pc].count = f.a;
        st_.repeats[f.pc].last_ptr = f.b;
        break;
      case kUndoCurrent: st_.current_repeat = f.a; break;
      case kUndoPool:
        st_.repeats.resize(static_cast<size_t>(f.a));
        st_.current_repeat = f.b;
        break;
    }
  }
  // Whether the alternative whose skip word is at p can start at ptr (a
  // quick look at its first op).
  //
  // Marks at its start are looked past.  Running them and failing would
  // leave a trace sre shows: outside REPEAT loops a failed alternative
  // keeps the marks it set at or below lastmark (the rest is undone by
  // restoring lastmark), so a rejected alternative writes those marks.
  bool alternative_may_match(uint32_t p, ssize ptr) {
    const uint32_t* start = code_ + p + 1;
    const uint32_t* op = start;
    while (op[0] == kMark) op += 2;
    bool may;
    if (is_unit(op[0])) {
      may = ptr < end_ && unit_matches(op, ch(ptr));
    } else if ((op[0] == kRepeatOne || op[0] == kMinRepeatOne || op[0] == kPossessiveRepeatOne) && op[2] > 0) {
      may = ptr < end_ && unit_matches(op + 4, ch(ptr));
    } else {
      return true;
    }
    if (!may && st_.current_repeat < 0) {
      for (const uint32_t* m = start; m < op; m += 2) {
        if (static_cast<ssize>(m[1]) <= st_.lastmark) st_.marks[m[1]] = ptr;
      }
    }
    return may;
  }
  // A barrier below the body of `sub`; it records where the mark save
  // stack stood so that a cut can release what the body's choices saved.
  void push_barrier(SubMatch& sub, ssize ptr, bool save_marks) {
    sub.barrier = st_.stack.size();
    ssize base = static_cast<ssize>(st_.mark_stack.size());
    push_choice(kBarrier, 0, ptr, base, 0, save_marks);
  }
  // Starts an iteration of the possessive repeat on top of subs, or leaves
  // it; returns the pc to continue at.
  uint32_t possessive_next(ssize ptr) {
    SubMatch& sub = st_.subs.back();
    bool more = sub.count < sub.min ||
                ((sub.count < sub.max || sub.max == kMaxRepeat) && ptr != sub.iter_start);
    if (!more) {
      uint32_t tail = sub.tail;
      st_.subs.pop_back();
      return tail;
    }
    bool optional = sub.count >= sub.min;
    if (optional) sub.iter_start = ptr;
    sub.saved_ptr = ptr;
    push_barrier(sub, ptr, optional);
    return sub.body;
  }

  State& st_;
  const uint32_t* code_;
  const CharT* s_;
  ssize end_;
};

template <class CharT>
bool Engine<CharT>::word_at(uint32_t code, ssize i) const {
  uint32_t c = ch(i);
  switch (code) {
    case kAtUniBoundary:
    case kAtUniNonBoundary: return is_uni_word(c);
    default: return is_ascii_word(c);
  }
}

template <class CharT>
bool Engine<CharT>::at(uint32_t code, ssize ptr) const {
  switch (code) {
    case kAtBeginning:
    case kAtBeginningString: return ptr == 0;
    case kAtBeginningLine: return ptr == 0 || (ptr <= st_.length && ch(ptr - 1) == '\n');
    case kAtEnd: return ptr == end_ || (ptr + 1 == end_ && ch(ptr) == '\n');
    case kAtEndLine: return ptr == end_ || (ptr < end_ && ch(ptr) == '\n');
    case kAtEndString: return ptr == end_;
    case kAtBoundary:
    case kAtLocBoundary:
    case kAtUniBoundary:
    case kAtNonBoundary:
    case kAtLocNonBoundary:
    case kAtUniNonBoundary: {
      if (end_ == 0) return false;
      bool before = ptr > 0 && ptr <= st_.length && word_at(code, ptr - 1);
      bool here = ptr < end_ && word_at(code, ptr);
      bool boundary = code == kAtBoundary || code == kAtLocBoundary || code == kAtUniBoundary;
      return boundary ? before != here : before == here;
    }
  }
  return false;
}

// How many characters from ptr (at most `limit`, which must not pass the
// end) the single-character op accepts in a row.
template <class CharT>
ssize Engine<CharT>::count_units(const uint32_t* op, ssize ptr, ssize limit) const {
  const CharT* p = s_ + ptr;
  const CharT* stop = p + limit;
  switch (op[0]) {
    case kAnyAll: return limit;
    case kAny:
      while (p < stop && *p != '\n') ++p;
      break;
    case kLiteral: {
      uint32_t c = op[1];
      while (p < stop && *p == c) ++p;
      break;
    }
    case kNotLiteral: {
      uint32_t c = op[1];
      while (p < stop && *p != c) ++p;
      break;
    }
    case kIn:
      while (p < stop && in_charset(op + 2, *p)) ++p;
      break;
    default:
      while (p < stop && unit_matches(op, *p)) ++p;
      break;
  }
  return p - (s_ + ptr);
}

template <class CharT>
bool Engine<CharT>::groupref(uint32_t op, uint32_t group, ssize& ptr) const {
  if (static_cast<ssize>(2 * group) >= st_.lastmark) return false;
  ssize b = st_.marks[2 * group], e = st_.marks[2 * group + 1];
  if (b < 0 || e < 0 || e < b) return false;
  ssize n = e - b;
  if (ptr > end_ || n > end_ - ptr) return false;
  for (ssize i = 0; i < n; ++i) {
    uint32_t x = ch(b + i), y = ch(ptr + i);
    switch (op) {
      case kGroupref:
        if (x != y) return false;
        break;
      case kGrouprefIgnore:
        if (ascii_lower(x) != ascii_lower(y)) return false;
        break;
      case kGrouprefUniIgnore:
        if (unicode::simple_lower(x) != unicode::simple_lower(y)) return false;
        break;
      default:
        if (locale_lower(x) != locale_lower(y)) return false;
        break;
    }
  }
  ptr += n;
  return true;
}

// Runs the code from its start at `start`.  `first`: the attempt at the
// position the caller asked for, where must_advance applies.
template <class CharT>
int Engine<CharT>::match_at(ssize start, bool first) {
  State& st = st_;
  const uint32_t* code = code_;
  const ssize end = end_;
  st.stack.clear();
  st.subs.clear();
  st.repeats.clear();
  st.current_repeat = -1;
  st.mark_stack.clear();
  st.lastmark = -1;
  st.lastindex = -1;
  const bool must_advance = first && st.must_advance;

  uint32_t pc = 0;
  ssize ptr = start;
  if (code[0] == kInfo) {
    uint32_t min = code[3];
    if (min && ptr <= end && end - ptr < static_cast<ssize>(min)) return 0;
    pc = 1 + code[1];
  }

  for (;;) {
    const uint32_t* op = code + pc;
    switch (op[0]) {
      case kFailure: goto fail;

      case kSuccess: {
        if (st.subs.empty()) {
          if (st.match_all && ptr != end) goto fail;
          if (must_advance && ptr == start) goto fail;
          st.start = start;
          st.ptr = ptr;
          return 1;
        }
        SubMatch& sub = st.subs.back();
        switch (sub.kind) {
          case kAssert:
            cut_to_barrier(sub.barrier);
            ptr = sub.saved_ptr;
            pc = sub.tail;
            st.subs.pop_back();
            continue;
          case kAssertNot: {
            // The body matched, so the assertion fails: undo what the body did.
            auto& stack = st.stack;
            while (stack.size() > sub.barrier) {
              const Frame& f = stack.back();
              if (is_undo(f.kind)) undo(f);
              pop_frame();
            }
            st.subs.pop_back();
            goto fail;
          }
          case kAtomicGroup:
            cut_to_barrier(sub.barrier);
            pc = sub.tail;
            st.subs.pop_back();
            continue;
          default:  // kPossessiveRepeat: one more iteration done
            cut_to_barrier(sub.barrier);
            ++sub.count;
            pc = possessive_next(ptr);
            continue;
        }
      }

      case kAny:
        if (ptr >= end || ch(ptr) == '\n') goto fail;
        ++ptr;
        pc += 1;
        continue;
      case kAnyAll:
        if (ptr >= end) goto fail;
        ++ptr;
        pc += 1;
        continue;

      case kAt:
        if (!at(op[1], ptr)) goto fail;
        pc += 2;
        continue;

      case kCategory:
        if (ptr >= end || !category(op[1], ch(ptr))) goto fail;
        ++ptr;
        pc += 2;
        continue;

      case kLiteral:
        if (ptr >= end || ch(ptr) != op[1]) goto fail;
        ++ptr;
        pc += 2;
        continue;
      case kNotLiteral:
      case kLiteralIgnore:
      case kNotLiteralIgnore:
      case kLiteralUniIgnore:
      case kNotLiteralUniIgnore:
      case kLiteralLocIgnore:
      case kNotLiteralLocIgnore:
        if (ptr >= end || !unit_matches(op, ch(ptr))) goto fail;
        ++ptr;
        pc += 2;
        continue;

      case kIn:
      case kInIgnore:
      case kInUniIgnore:
      case kInLocIgnore:
        if (ptr >= end || !unit_matches(op, ch(ptr))) goto fail;
        ++ptr;
        pc += 1 + op[1];
        continue;

      case kInfo:
      case kJump: pc += 1 + op[1]; continue;

      case kMark:
        set_mark(op[1], ptr);
        pc += 2;
        continue;

      case kBranch: {
        uint32_t p = pc + 1;
        while (code[p] && !alternative_may_match(p, ptr)) p += code[p];
        if (!code[p]) goto fail;
        uint32_t next = p + code[p];
        if (code[next]) push_choice(kChoiceBranch, next, ptr);
        pc = p + 1;
        continue;
      }

      case kRepeatOne: {
        ssize min = op[2];
        if (ptr > end || min > end - ptr) goto fail;
        ssize limit = op[3] == kMaxRepeat ? end - ptr : std::min<ssize>(op[3], end - ptr);
        ssize count = count_units(op + 4, ptr, limit);
        if (count < min) goto fail;
        uint32_t tail = pc + 1 + op[1];
        if (count > min) {
          // A literal after the repeat lets us skip the counts it rules out.
          if (code[tail] == kLiteral) {
            uint32_t lit = code[tail + 1];
            while (count > min && (ptr + count >= end || ch(ptr + count) != lit)) --count;
          }
          if (count > min) push_choice(kChoiceRepeatOne, tail, ptr, count, min);
        }
        ptr += count;
        pc = tail;
        continue;
      }

      case kMinRepeatOne: {
        ssize min = op[2];
        if (ptr > end || min > end - ptr) goto fail;
        ssize count = 0;
        if (min > 0) {
          count = count_units(op + 4, ptr, min);
          if (count < min) goto fail;
          ptr += count;
        }
        if (op[3] == kMaxRepeat || count < static_cast<ssize>(op[3])) push_choice(kChoiceMinRepeatOne, pc, ptr, count);
        pc += 1 + op[1];
        continue;
      }

      case kPossessiveRepeatOne: {
        ssize min = op[2];
        if (ptr > end || min > end - ptr) goto fail;
        ssize limit = op[3] == kMaxRepeat ? end - ptr : std::min<ssize>(op[3], end - ptr);
        ssize count = count_units(op + 4, ptr, limit);
        if (count < min) goto fail;
        ptr += count;
        pc += 1 + op[1];
        continue;
      }

      case kRepeat: {
        ssize node = static_cast<ssize>(st.repeats.size());
        if (!st.stack.empty()) push(kUndoPool, 0, 0, node, st.current_repeat);
        st.repeats.push_back(RepeatNode{-1, -1, pc + 4, op[2], op[3], st.current_repeat});
        st.current_repeat = node;
        pc += 1 + op[1];  // straight to its MAX_UNTIL / MIN_UNTIL
        continue;
      }

      case kMaxUntil: {
        ssize node = st.current_repeat;
        RepeatNode& r = st.repeats[node];
        ssize count = r.count + 1;
        if (count < static_cast<ssize>(r.min)) {
          set_repeat(node, count, r.last_ptr);
          pc = r.body;
          continue;
        }
        if ((count < static_cast<ssize>(r.max) || r.max == kMaxRepeat) && ptr != r.last_ptr) {
          push_choice(kChoiceMaxUntil, pc + 1, ptr, node, 0, true);
          set_repeat(node, count, ptr);
          pc = r.body;
          continue;
        }
        set_current(r.prev);
        pc += 1;
        continue;
      }

      case kMinUntil: {
        ssize node = st.current_repeat;
        RepeatNode& r = st.repeats[node];
        ssize count = r.count + 1;
        if (count < static_cast<ssize>(r.min)) {
          set_repeat(node, count, r.last_ptr);
          pc = r.body;
          continue;
        }
        ssize tail_repeat = r.prev;
        set_current(tail_repeat);
        push_choice(kChoiceMinUntil, pc + 1, ptr, node, count);
        pc += 1;
        continue;
      }

      case kPossessiveRepeat: {
        st.subs.push_back(SubMatch{kPossessiveRepeat, pc + 2 + op[1], pc + 4, 0, ptr, 0, op[2],
                                   op[3] == kMaxRepeat ? static_cast<ssize>(kMaxRepeat) : op[3], -1});
        pc = possessive_next(ptr);
        continue;
      }

      case kAtomicGroup:
        st.subs.push_back(SubMatch{kAtomicGroup, pc + 1 + op[1], 0, 0, ptr, 0, 0, 0, -1});
        push_barrier(st.subs.back(), ptr, false);
        pc += 2;
        continue;

      case kAssert:
        if (ptr < static_cast<ssize>(op[2])) goto fail;
        st.subs.push_back(SubMatch{kAssert, pc + 1 + op[1], 0, 0, ptr, 0, 0, 0, -1});
        push_barrier(st.subs.back(), ptr, false);
        ptr -= op[2];
        pc += 3;
        continue;

      case kAssertNot:
        if (ptr < static_cast<ssize>(op[2])) {
          pc += 1 + op[1];
          continue;
        }
        st.subs.push_back(SubMatch{kAssertNot, pc + 1 + op[1], 0, 0, ptr, 0, 0, 0, -1});
        push_barrier(st.subs.back(), ptr, false);
        ptr -= op[2];
        pc += 3;
        continue;

      case kGroupref:
      case kGrouprefIgnore:
      case kGrouprefUniIgnore:
      case kGrouprefLocIgnore:
        if (!groupref(op[0], op[1], ptr)) goto fail;
        pc += 2;
        continue;

      case kGrouprefExists:
        pc = group_set(op[1]) ? pc + 3 : pc + 1 + op[2];
        continue;

      default:
        goto fail;  // unreachable for validated code
    }

  fail:
    for (;;) {
      auto& stack = st.stack;
      if (stack.empty()) return 0;
      Frame& f = stack.back();
      switch (f.kind) {
        case kUndoRepeat:
        case kUndoCurrent:
        case kUndoPool:
          undo(f);
          stack.pop_back();
          continue;

        case kChoiceBranch: {
          uint32_t p = f.pc;
          ptr = f.ptr;
          restore_choice(f);
          pop_frame();
          while (code[p] && !alternative_may_match(p, ptr)) p += code[p];
          if (!code[p]) continue;
          uint32_t next = p + code[p];
          if (code[next]) push_choice(kChoiceBranch, next, ptr);
          pc = p + 1;
          goto resume;
        }

        case kChoiceRepeatOne: {
          ssize count = f.a - 1;
          ssize min = f.b;
          uint32_t tail = f.pc;
          restore_choice(f);
          if (code[tail] == kLiteral) {
            uint32_t lit = code[tail + 1];
            while (count > min && (f.ptr + count >= end || ch(f.ptr + count) != lit)) --count;
            if (count == min && (f.ptr + count >= end || ch(f.ptr + count) != lit)) {
              pop_frame();
              continue;
            }
          }
          ptr = f.ptr + count;
          if (count > min) {
            f.a = count;
          } else {
            pop_frame();
          }
          pc = tail;
          goto resume;
        }

        case kChoiceMinRepeatOne: {
          const uint32_t* rop = code + f.pc;
          ssize count = f.a;
          ptr = f.ptr;
          restore_choice(f);
          if (ptr >= end || !unit_matches(rop + 4, ch(ptr))) {
            pop_frame();
            continue;
          }
          ++ptr;
          ++count;
          if (rop[3] == kMaxRepeat || count < static_cast<ssize>(rop[3])) {
            f.a = count;
            f.ptr = ptr;
            pc = f.pc + 1 + rop[1];
          } else {
            pc = f.pc + 1 + rop[1];
            pop_frame();
          }
          goto resume;
        }

        case kChoiceMaxUntil: {
          ssize node = f.a;
          ptr = f.ptr;
          pc = f.pc;
          restore_choice(f);
          pop_frame();
          set_current(st.repeats[node].prev);
          goto resume;
        }

        case kChoiceMinUntil: {
          ssize node = f.a;
          ssize count = f.b;
          ptr = f.ptr;
          restore_choice(f);
          pop_frame();
          // The tail ran outside the loop; another iteration runs inside it.
          st.current_repeat = node;
          RepeatNode& r = st.repeats[node];
          if ((count >= static_cast<ssize>(r.max) && r.max != kMaxRepeat) || ptr == r.last_ptr) continue;
          set_repeat(node, count, ptr);
          pc = r.body;
          goto resume;
        }

        case kBarrier: {
          ssize saved = f.ptr;
          restore_choice(f);
          pop_frame();
          SubMatch sub = st.subs.back();
          st.subs.pop_back();
          switch (sub.kind) {
            case kAssertNot:
              ptr = sub.saved_ptr;
              pc = sub.tail;
              goto resume;
            case kPossessiveRepeat:
              if (sub.count < sub.min) continue;
              ptr = saved;
              pc = sub.tail;
              goto resume;
            default:  // an assertion or atomic group whose body failed
              continue;
          }
        }
      }
    }
  resume:;
  }
}

template <class CharT>
int Engine<CharT>::search() {
  State& st = st_;
  const uint32_t* code = code_;
  const ssize end = end_;
  ssize ptr = st.start;
  if (ptr > end) return 0;
  const ssize first = ptr;

  ssize min = 0;
  uint32_t flags = 0;
  uint32_t body = 0;
  if (code[0] == kInfo) {
    flags = code[2];
    min = code[3];
    body = 1 + code[1];
    if (end - ptr < min) return 0;
  }
  // The last position where a match of the minimal width still fits.
  const ssize last = end - min;

  if (flags & kInfoPrefix) {
    ssize plen = code[5];
    const uint32_t* prefix = code + 7;
    if (plen > 0) {
      uint32_t c0 = prefix[0];
      for (ssize i = ptr; i <= last && i + plen <= end; ++i) {
        if (ch(i) != c0) {
          // Jump to the next occurrence of the first character.
          const CharT* stop = s_ + std::min(last, end - plen) + 1;
          const CharT* p = find_char(s_ + i + 1, stop, c0);
          if (p >= stop) break;
          i = p - s_;
        }
        ssize k = 1;
        while (k < plen && ch(i + k) == prefix[k]) ++k;
        if (k < plen) continue;
        if (flags & kInfoLiteral) {
          st.start = i;
          st.ptr = i + plen;
          st.lastmark = -1;
          st.lastindex = -1;
          return 1;
        }
        int r = match_at(i, i == first);
        if (r) return r;
      }
      return 0;
    }
  }

  if (flags & kInfoCharset) {
    const uint32_t* set = code + 5;
    for (ssize i = ptr; i <= last; ++i) {
      if (i < end && !in_charset(set, ch(i))) continue;
      int r = match_at(i, i == first);
      if (r) return r;
    }
    return 0;
  }

  const uint32_t* op = code + body;
  if (op[0] == kLiteral) {
    uint32_t c0 = op[1];
    const CharT* stop = s_ + std::min(last + 1, end);
    for (const CharT* p = find_char(s_ + ptr, stop, c0); p < stop; p = find_char(p + 1, stop, c0)) {
      ssize i = p - s_;
      int r = match_at(i, i == first);
      if (r) return r;
    }
    return 0;
  }
  if (op[0] == kAt && (op[1] == kAtBeginning || op[1] == kAtBeginningString)) {
    return ptr == 0 ? match_at(ptr, true) : 0;
  }
  if (is_unit(op[0])) {
    // The first character must pass the first op: test it before setting
    // up a whole attempt.
    for (ssize i = ptr; i <= last && i < end; ++i) {
      if (!unit_matches(op, ch(i))) continue;
      int r = match_at(i, i == first);
      if (r) return r;
    }
    return 0;
  }
  for (ssize i = ptr; i <= last; ++i) {
    int r = match_at(i, i == first);
    if (r) return r;
  }
  return 0;
}

template <class Fn>
int run_guarded(Fn&& fn) {
  try {
    return fn();
  } catch (const std::bad_alloc&) {
    no_memory();
    return -1;
  }
}

}  // namespace

int match(State& state) {
  return run_guarded([&] {
    switch (state.charsize) {
      case 1: return Engine<uint8_t>(state).match_at(state.start, true);
      case 2: return Engine<uint16_t>(state).match_at(state.start, true);
      default: return Engine<uint32_t>(state).match_at(state.start, true);
    }
  });
}

int search(State& state) {
  return run_guarded([&] {
    switch (state.charsize) {
      case 1: return Engine<uint8_t>(state).search();
      case 2: return Engine<uint16_t>(state).search();
      default: return Engine<uint32_t>(state).search();
    }
  });
}

}  // namespace glasspy::sre
