// The opcode table (names, cache sizes, flags) and dis.stack_effect, both
// expanded from opcodes.def; specialized instructions share their base's.
#include "compiler/opcodes.h"

#include <array>

namespace glasspy::op {

namespace {

std::array<Info, kNumOpcodes> build_table() {
  std::array<Info, kNumOpcodes> t{};
#define OPCODE(n, number, c, f, effect) t[number] = Info{#n, c, f, -1};
#define PSEUDO_OPCODE(n, number, f, effect) t[number] = Info{#n, 0, f, -1};
#include "compiler/opcodes.def"
#define SPECIALIZED_OPCODE(n, number, b) t[number] = Info{#n, t[b].caches, t[b].flags, b};
#include "compiler/opcodes.def"
  return t;
}

const std::array<Info, kNumOpcodes>& table() {
  static const std::array<Info, kNumOpcodes> t = build_table();
  return t;
}

}  // namespace

const Info& info(int opcode) {
  static const Info none{};
  if (opcode < 0 || opcode >= kNumOpcodes) return none;
  return table()[opcode];
}

int stack_effect(int opcode, int oparg, bool jump_taken) {
  int jump = jump_taken ? 1 : 0;
  (void)jump;
  switch (deoptimize(opcode)) {
#define OPCODE(n, number, c, f, effect) \
  case number:                          \
    return (effect);
#define PSEUDO_OPCODE(n, number, f, effect) \
  case number:                              \
    return (effect);
#include "compiler/opcodes.def"
    default:
      return 0;
  }
}

bool is_jump(int opcode) {
  const Info& i = info(opcode);
  return (i.flags & (kJumpRelative | kJumpAbsolute)) ||
         ((i.flags & kHasTarget) && !is_block_push(opcode));
}

bool is_block_push(int opcode) {
  return opcode == SETUP_FINALLY || opcode == SETUP_CLEANUP || opcode == SETUP_WITH;
}

const char* const kCompareOps[6] = {"<", "<=", "==", "!=", ">", ">="};

const char* const kBinaryOpSymbols[26] = {
    "+",  "&",  "//",  "<<",  "@",  "*",  "%",  "|",  "**",  ">>",  "-",  "/",  "^",
    "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^=",
};

}  // namespace glasspy::op
