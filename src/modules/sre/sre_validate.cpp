// Checks compiled pattern code before the engine may run it (see
// sre_validate.h).  The code is walked block by block: a block is a
// sequence of ops that ends where its enclosing construct says (the end of
// the code, a REPEAT's UNTIL, an assertion's SUCCESS...).  Every op must fit
// in its block with operands in range; every jump must go forward to the
// start of an op of the same block (or to the block's terminator), so the
// engine can never read past the code, enter a loop body without its
// REPEAT, or loop forever on the code itself.
#include "modules/sre/sre_validate.h"

#include "modules/sre/sre_constants.h"

namespace glasspy::sre {

namespace {

constexpr int kMaxDepth = 5000;

class Validator {
 public:
  Validator(const std::vector<uint32_t>& code, ssize groups)
      : code_(code), n_(code.size()), groups_(groups), block_of_(code.size() + 1, -1) {}

  bool run() {
    if (n_ == 0) return false;
    return block(0, n_, 0) && top_level_ends_cleanly();
  }

 private:
  // The last op of the whole code must stop the engine.
  bool top_level_ends_cleanly() const {
    size_t pc = 0, last = 0;
    while (pc < n_) {
      last = pc;
      pc = next_[pc];
    }
    return code_[last] == kSuccess || code_[last] == kFailure;
  }

  bool charset(size_t pc, size_t end) const {
    // Items until a FAILURE that must be the last word of [pc, end).
    while (pc < end) {
      switch (code_[pc]) {
        case kFailure: return pc + 1 == end;
        case kNegate: pc += 1; break;
        case kLiteral:
          if (pc + 2 > end) return false;
          pc += 2;
          break;
        case kCategory:
          if (pc + 2 > end || code_[pc + 1] >= kCategoryCount) return false;
          pc += 2;
          break;
        case kCharset:
          if (pc + 1 + 8 > end) return false;
          pc += 1 + 8;
          break;
        case kRange:
        case kRangeUniIgnore:
          if (pc + 3 > end || code_[pc + 1] > code_[pc + 2]) return false;
          pc += 3;
          break;
        case kBigCharset: {
          if (pc + 2 + 64 > end) return false;
          uint32_t blocks = code_[pc + 1];
          if (blocks > 256 || pc + 2 + 64 + size_t(blocks) * 8 > end) return false;
          const unsigned char* map = reinterpret_cast<const unsigned char*>(&code_[pc + 2]);
          for (int i = 0; i < 256; ++i) {
            if (map[i] >= blocks) return false;
          }
          pc += 2 + 64 + size_t(blocks) * 8;
          break;
        }
        default: return false;
      }
    }
    return false;
  }

  // Single-character ops: the body of REPEAT_ONE and its kin.
  bool unit(size_t pc, size_t end) const {
    switch (code_[pc]) {
      case kAny:
      case kAnyAll: return pc + 1 == end;
      case kLiteral:
      case kNotLiteral:
      case kLiteralIgnore:
      case kNotLiteralIgnore:
      case kLiteralUniIgnore:
      case kNotLiteralUniIgnore:
      case kLiteralLocIgnore:
      case kNotLiteralLocIgnore: return pc + 2 == end;
      case kCategory: return pc + 2 == end && code_[pc + 1] < kCategoryCount;
      case kIn:
      case kInIgnore:
      case kInUniIgnore:
      case kInLocIgnore: {
        if (pc + 2 > end) return false;
        size_t skip = code_[pc + 1];
        return skip >= 2 && pc + 1 + skip == end && charset(pc + 2, end);
      }
    }
    return false;
  }

  bool info(size_t pc, size_t end) const {
    // [INFO skip flags min max ...] with end = pc + 1 + skip.
    if (pc + 5 > end) return false;
    uint32_t flags = code_[pc + 2];
    if (code_[pc + 3] > code_[pc + 4] && code_[pc + 4] != kMaxRepeat) return false;
    if (flags & kInfoPrefix) {
      if (flags & kInfoCharset) return false;
      if (pc + 7 > end) return false;
      size_t plen = code_[pc + 5], pskip = code_[pc + 6];
      if (pskip > plen || plen > end - pc - 7 || 2 * plen != end - pc - 7) return false;
      return true;
    }
    if (flags & kInfoLiteral) return false;
    if (flags & kInfoCharset) return charset(pc + 5, end);
    return true;
  }

  struct PendingJump {
    size_t target;
  };

  // Validates [start, end) as a block; `id` identifies it in block_of_.
  bool block(size_t start, size_t end, int depth) {
    if (depth > kMaxDepth) return false;
    const int id = static_cast<int>(start);
    std::vector<size_t> jumps;
    size_t pc = start;
    if (next_.size() < n_ + 1) next_.assign(n_ + 1, 0);
    while (pc < end) {
      block_of_[pc] = id;
      size_t op = code_[pc];
      size_t after;
      auto need = [&](size_t words) { return pc + words <= end; };
      switch (op) {
        case kFailure:
        case kSuccess:
        case kAny:
        case kAnyAll: after = pc + 1; break;
        case kAt:
          if (!need(2) || code_[pc + 1] >= kAtCount) return false;
          after = pc + 2;
          break;
        case kCategory:
          if (!need(2) || code_[pc + 1] >= kCategoryCount) return false;
          after = pc + 2;
          break;
        case kLiteral:
        case kNotLiteral:
        case kLiteralIgnore:
        case kNotLiteralIgnore:
        case kLiteralUniIgnore:
        case kNotLiteralUniIgnore:
        case kLiteralLocIgnore:
        case kNotLiteralLocIgnore:
          if (!need(2)) return false;
          after = pc + 2;
          break;
        case kMark:
          if (!need(2) || static_cast<ssize>(code_[pc + 1]) > 2 * groups_ + 1) return false;
          after = pc + 2;
          break;
        case kGroupref:
        case kGrouprefIgnore:
        case kGrouprefUniIgnore:
        case kGrouprefLocIgnore:
          if (!need(2) || static_cast<ssize>(code_[pc + 1]) >= groups_) return false;
          after = pc + 2;
          break;
        case kIn:
        case kInIgnore:
        case kInUniIgnore:
        case kInLocIgnore: {
          if (!need(2)) return false;
          size_t skip = code_[pc + 1];
          if (skip < 2 || skip > end - pc - 1 || !charset(pc + 2, pc + 1 + skip)) return false;
          after = pc + 1 + skip;
          break;
        }
        case kInfo: {
          if (!need(2)) return false;
          size_t skip = code_[pc + 1];
          if (skip < 4 || skip > end - pc - 1 || !info(pc, pc + 1 + skip)) return false;
          after = pc + 1 + skip;
          break;
        }
        case kJump: {
          if (!need(2)) return false;
          size_t skip = code_[pc + 1];
          if (skip < 1 || skip > end - pc - 1) return false;
          jumps.push_back(pc + 1 + skip);
          after = pc + 2;
          break;
        }
        case kGrouprefExists: {
          if (!need(3) || static_cast<ssize>(code_[pc + 1]) >= groups_) return false;
          size_t skip = code_[pc + 2];
          if (skip < 2 || skip > end - pc - 1) return false;
          jumps.push_back(pc + 1 + skip);
          after = pc + 3;
          break;
        }
        case kBranch: {
          // [BRANCH (skip body JUMP j)* 0]; every JUMP goes to after the 0.
          size_t p = pc + 1;
          std::vector<size_t> tails;
          for (;;) {
            if (p >= end) return false;
            size_t skip = code_[p];
            if (skip == 0) break;
            if (skip < 3 || skip > end - p) return false;
            size_t jump = p + skip - 2;
            if (code_[jump] != kJump || !block(p + 1, jump, depth + 1)) return false;
            tails.push_back(jump + 1 + code_[jump + 1]);
            p += skip;
          }
          after = p + 1;
          for (size_t t : tails) {
            if (t != after) return false;
          }
          break;
        }
        case kRepeatOne:
        case kMinRepeatOne:
        case kPossessiveRepeatOne: {
          if (!need(4)) return false;
          size_t skip = code_[pc + 1];
          if (skip < 5 || skip > end - pc - 1) return false;
          if (code_[pc + 2] > code_[pc + 3]) return false;
          size_t success = pc + skip;
          if (code_[success] != kSuccess || !unit(pc + 4, success)) return false;
          after = pc + 1 + skip;
          break;
        }
        case kRepeat:
        case kPossessiveRepeat: {
          if (!need(4)) return false;
          size_t skip = code_[pc + 1];
          if (skip < 3 || skip >= end - pc - 1) return false;
          if (code_[pc + 2] > code_[pc + 3]) return false;
          size_t close = pc + 1 + skip;
          uint32_t closer = code_[close];
          if (op == kRepeat ? (closer != kMaxUntil && closer != kMinUntil) : closer != kSuccess) return false;
          if (!block(pc + 4, close, depth + 1)) return false;
          after = close + 1;
          break;
        }
        case kAssert:
        case kAssertNot: {
          if (!need(3)) return false;
          size_t skip = code_[pc + 1];
          if (skip < 3 || skip > end - pc - 1) return false;
          if (code_[pc + 2] > 0x7FFFFFFFu) return false;
          size_t success = pc + skip;
          if (code_[success] != kSuccess || !block(pc + 3, success, depth + 1)) return false;
          after = pc + 1 + skip;
          break;
        }
        case kAtomicGroup: {
          if (!need(2)) return false;
          size_t skip = code_[pc + 1];
          if (skip < 2 || skip > end - pc - 1) return false;
          size_t success = pc + skip;
          if (code_[success] != kSuccess || !block(pc + 2, success, depth + 1)) return false;
          after = pc + 1 + skip;
          break;
        }
        default: return false;
      }
      next_[pc] = after;
      pc = after;
    }
    if (pc != end) return false;
    for (size_t t : jumps) {
      bool to_terminator = t == end && end < n_;
      if (!to_terminator && (t >= n_ || block_of_[t] != id)) return false;
    }
    return true;
  }

  const std::vector<uint32_t>& code_;
  size_t n_;
  ssize groups_;
  std::vector<int> block_of_;
  std::vector<size_t> next_;
};

}  // namespace

bool validate_code(const std::vector<uint32_t>& code, ssize groups) {
  return Validator(code, groups).run();
}

}  // namespace glasspy::sre
