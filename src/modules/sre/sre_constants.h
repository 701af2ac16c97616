// The numbers `_sre` shares with CPython's re package (re/_constants.py of
// 3.11): the opcodes of compiled patterns in the order of its OPCODES list,
// the AT (position) and CATEGORY codes, the INFO block flags and the
// limits.  re._compiler checks MAGIC against ours before it emits code, so a
// mismatch is caught at import.
#pragma once

#include <cstdint>

namespace glasspy::sre {

constexpr int32_t kMagic = 20220615;
constexpr int kCodeSize = 4;  // bytes per code word
constexpr uint32_t kMaxRepeat = 0xFFFFFFFFu;
// Two marks per group must be indexable by a code word and by ssize.
constexpr int64_t kMaxGroups = 0x3FFFFFFF;

enum Op : uint32_t {
  kFailure,
  kSuccess,
  kAny,
  kAnyAll,
  kAssert,
  kAssertNot,
  kAt,
  kBranch,
  kCategory,
  kCharset,
  kBigCharset,
  kGroupref,
  kGrouprefExists,
  kIn,
  kInfo,
  kJump,
  kLiteral,
  kMark,
  kMaxUntil,
  kMinUntil,
  kNotLiteral,
  kNegate,
  kRange,
  kRepeat,
  kRepeatOne,
  kSubpattern,
  kMinRepeatOne,
  kAtomicGroup,
  kPossessiveRepeat,
  kPossessiveRepeatOne,
  kGrouprefIgnore,
  kInIgnore,
  kLiteralIgnore,
  kNotLiteralIgnore,
  kGrouprefLocIgnore,
  kInLocIgnore,
  kLiteralLocIgnore,
  kNotLiteralLocIgnore,
  kGrouprefUniIgnore,
  kInUniIgnore,
  kLiteralUniIgnore,
  kNotLiteralUniIgnore,
  kRangeUniIgnore,
  kOpCount,
};

enum At : uint32_t {
  kAtBeginning,
  kAtBeginningLine,
  kAtBeginningString,
  kAtBoundary,
  kAtNonBoundary,
  kAtEnd,
  kAtEndLine,
  kAtEndString,
  kAtLocBoundary,
  kAtLocNonBoundary,
  kAtUniBoundary,
  kAtUniNonBoundary,
  kAtCount,
};

enum Category : uint32_t {
  kCatDigit,
  kCatNotDigit,
  kCatSpace,
  kCatNotSpace,
  kCatWord,
  kCatNotWord,
  kCatLinebreak,
  kCatNotLinebreak,
  kCatLocWord,
  kCatLocNotWord,
  kCatUniDigit,
  kCatUniNotDigit,
  kCatUniSpace,
  kCatUniNotSpace,
  kCatUniWord,
  kCatUniNotWord,
  kCatUniLinebreak,
  kCatUniNotLinebreak,
  kCategoryCount,
};

// INFO block flags.
constexpr uint32_t kInfoPrefix = 1;   // a literal prefix follows
constexpr uint32_t kInfoLiteral = 2;  // the whole pattern is that prefix
constexpr uint32_t kInfoCharset = 4;  // a set of possible first characters follows

// Pattern flags (re.I, re.M ...) as Pattern.__repr__ names them.
constexpr uint32_t kFlagTemplate = 1;
constexpr uint32_t kFlagIgnoreCase = 2;
constexpr uint32_t kFlagLocale = 4;
constexpr uint32_t kFlagMultiline = 8;
constexpr uint32_t kFlagDotAll = 16;
constexpr uint32_t kFlagUnicode = 32;
constexpr uint32_t kFlagVerbose = 64;
constexpr uint32_t kFlagDebug = 128;
constexpr uint32_t kFlagAscii = 256;

}  // namespace glasspy::sre
