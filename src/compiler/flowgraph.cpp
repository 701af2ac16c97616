// From a unit's control-flow graph to a CodeUnit, as CPython 3.11's
// assemble() does it, pass by pass and in the same order (each pass's
// result feeds the next, so the order is part of the output):
//   1. the implicit `return None`, jump targets past empty blocks,
//      copying small exit blocks into the jumps that reach them;
//   2. cell and free variable slots, the prefix (COPY_FREE_VARS, MAKE_CELL,
//      RETURN_GENERATOR + POP_TOP);
//   3. optimize_cfg: per-block peepholes (constant conditions, tuple folding,
//      jump threading, SWAP elimination, PUSH_NULL + LOAD_GLOBAL), NOP
//      removal, unreachable-block removal, redundant jumps;
//   4. exits without a line number duplicated, unused trailing constants
//      trimmed, line numbers propagated;
//   5. stack depth, exception table targets, SETUP_*/POP_BLOCK to NOPs,
//      jump directions, offsets with EXTENDED_ARG, emission.
#include <algorithm>
#include <functional>

#include "compiler/compiler_internal.h"

namespace glasspy {
namespace cc {
using Value = glasspy::Constant;

namespace {

constexpr int kMaxCopySize = 4;

bool is_jump_instr(const Instr& i) { return op::is_jump(i.opcode); }

// An artificial instruction (no location) of the assembler's own.
Instr make_instr(int opcode, int oparg = 0) {
  Instr i;
  i.opcode = opcode;
  i.oparg = oparg;
  return i;
}
bool is_block_push_instr(const Instr& i) { return op::is_block_push(i.opcode); }

int instr_size(const Instr& i) {
  int oparg = op::has_arg(i.opcode) ? i.oparg : 0;
  int extended = (0xFFFFFF < oparg) + (0xFFFF < oparg) + (0xFF < oparg);
  return extended + 1 + op::caches(i.opcode);
}

int block_size(const Block* b) {
  int size = 0;
  for (const Instr& i : b->instrs) size += instr_size(i);
  return size;
}

// Blocks in CPython's b_list order: newest first.
template <class F>
void for_each_block_list(Unit& u, F f) {
  for (size_t i = u.blocks.size(); i-- > 0;) f(u.blocks[i].get());
}

void skip_empty_targets(Block* b) {
  for (Instr& i : b->instrs) {
    if (is_jump_instr(i)) {
      while (i.target->empty()) i.target = i.target->next;
    }
  }
}

void extend_block(Block* bb) {
  if (bb->empty()) return;
  Instr* last = bb->last();
  if (last->opcode != op::JUMP && last->opcode != op::JUMP_FORWARD && last->opcode != op::JUMP_BACKWARD) return;
  Block* to_copy = last->target;
  if (block_is_exit(to_copy) && static_cast<int>(to_copy->instrs.size()) <= kMaxCopySize) {
    // Only blocks without a line number (like an implicit `return None`).
    for (const Instr& i : to_copy->instrs)
      if (i.loc.lineno >= 0) return;
    last->opcode = op::NOP;
    std::vector<Instr> copy = to_copy->instrs;
    for (Instr& i : copy) bb->instrs.push_back(i);
  }
}

// Removes NOPs that no line number needs.
void clean_basic_block(Block* bb) {
  size_t dest = 0;
  int prev_lineno = -1;
  for (size_t src = 0; src < bb->instrs.size(); ++src) {
    int lineno = bb->instrs[src].loc.lineno;
    if (bb->instrs[src].opcode == op::NOP) {
      if (lineno < 0) continue;
      if (prev_lineno == lineno) continue;
      if (src < bb->instrs.size() - 1) {
        int next_lineno = bb->instrs[src + 1].loc.lineno;
        if (next_lineno == lineno) continue;
        if (next_lineno < 0) {
          bb->instrs[src + 1].loc = bb->instrs[src].loc;
          continue;
        }
      } else {
        Block* next = bb->next;
        while (next && next->empty()) next = next->next;
        if (next && lineno == next->instrs[0].loc.lineno) continue;
      }
    }
    if (dest != src) bb->instrs[dest] = bb->instrs[src];
    ++dest;
    prev_lineno = lineno;
  }
  bb->instrs.resize(dest);
}

bool jump_thread(Instr* inst, const Instr* target, int opcode) {
  if (inst->loc.lineno == target->loc.lineno && inst->target != target->target) {
    inst->target = target->target;
    inst->opcode = opcode;
    return true;
  }
  return false;
}

constexpr int kVisited = -1;

// Replaces a run of SWAPs (and NOPs) by the fewest SWAPs with the same effect.
void swaptimize(Block* block, size_t& ix) {
  Instr* instructions = &block->instrs[ix];
  int depth = instructions[0].oparg;
  size_t len = 0;
  bool more = false;
  size_t limit = block->instrs.size() - ix;
  while (++len < limit) {
    int opcode = instructions[len].opcode;
    if (opcode == op::SWAP) {
      depth = std::max(depth, instructions[len].oparg);
      more = true;
    } else if (opcode != op::NOP) {
      break;
    }
  }
  if (!more) return;
  std::vector<int> stack(depth);
  for (int i = 0; i < depth; ++i) stack[i] = i;
  for (size_t i = 0; i < len; ++i) {
    if (instructions[i].opcode == op::SWAP) {
      int oparg = instructions[i].oparg;
      int top = stack[0];
      stack[0] = stack[oparg - 1];
      stack[oparg - 1] = top;
    }
  }
  int current = static_cast<int>(len) - 1;
  for (int i = 0; i < depth; ++i) {
    if (stack[i] == kVisited || stack[i] == i) continue;
    int j = i;
    while (true) {
      if (j) {
        instructions[current].opcode = op::SWAP;
        instructions[current--].oparg = j + 1;
      }
      if (stack[j] == kVisited) break;
      int next_j = stack[j];
      stack[j] = kVisited;
      j = next_j;
    }
  }
  while (0 <= current) instructions[current--].opcode = op::NOP;
  ix += len - 1;
}

bool swappable(int opcode) { return opcode == op::STORE_FAST || opcode == op::POP_TOP; }

int next_swappable_instruction(Block* block, int i, int lineno) {
  while (++i < static_cast<int>(block->instrs.size())) {
    Instr& instruction = block->instrs[i];
    if (0 <= lineno && instruction.loc.lineno != lineno) return -1;
    if (instruction.opcode == op::NOP) continue;
    if (swappable(instruction.opcode)) return i;
    return -1;
  }
  return -1;
}

void apply_static_swaps(Block* block, int i) {
  for (; 0 <= i; --i) {
    Instr& swap = block->instrs[i];
    if (swap.opcode != op::SWAP) {
      if (swap.opcode == op::NOP || swappable(swap.opcode)) continue;
      return;
    }
    int j = next_swappable_instruction(block, i, -1);
    if (j < 0) return;
    int k = j;
    int lineno = block->instrs[j].loc.lineno;
    for (int count = swap.oparg - 1; 0 < count; --count) {
      k = next_swappable_instruction(block, k, lineno);
      if (k < 0) return;
    }
    // Not safe when the two stores (or one between them) target the same
    // local.
    auto stores_to = [&](int idx) {
      const Instr& in = block->instrs[idx];
      return in.opcode == op::STORE_FAST ? in.oparg : -1;
    };
    int store_j = stores_to(j), store_k = stores_to(k);
    if (store_j >= 0 || store_k >= 0) {
      if (store_j == store_k) return;
      for (int idx = j + 1; idx < k; ++idx) {
        int store_idx = stores_to(idx);
        if (store_idx >= 0 && (store_idx == store_j || store_idx == store_k)) return;
      }
    }
    swap.opcode = op::NOP;
    std::swap(block->instrs[j], block->instrs[k]);
  }
}

}  // namespace

// ---- the assembler -------------------------------------------------------------------------

class Assembler {
 public:
  Assembler(Compiler& c, Unit& u) : c_(c), u_(u) {}
  std::shared_ptr<CodeUnit> run(bool add_none);

 private:
  Compiler& c_;
  Unit& u_;
  Block* entry_ = nullptr;
  std::vector<Value> consts_;

  void optimize_basic_block(Block* bb);
  void fold_tuple_on_constants(Block* bb, size_t start, int n);
  void optimize_cfg();
  void mark_reachable();
  void eliminate_empty_basic_blocks();
  void duplicate_exits_without_lineno();
  void trim_unused_consts();
  void propagate_line_numbers();
  void guarantee_lineno_for_exits();
  int stackdepth();
  void label_exception_targets();
  void convert_exception_handlers_to_nops();
  void normalize_jumps();
  void assemble_jump_offsets();
  void insert_prefix_instructions(const std::vector<int>& fixed, int nfreevars, int code_flags);
  int fix_cell_offsets(std::vector<int>& fixed);
  Block* copy_block(Block* b);
};

void Assembler::fold_tuple_on_constants(Block* bb, size_t start, int n) {
  for (int i = 0; i < n; ++i)
    if (bb->instrs[start + i].opcode != op::LOAD_CONST) return;
  std::vector<Value> items;
  for (int i = 0; i < n; ++i) items.push_back(consts_[bb->instrs[start + i].oparg]);
  Value t = Value::tuple(std::move(items));
  size_t index = 0;
  for (; index < consts_.size(); ++index)
    if (consts_[index].same_key(t)) break;
  if (index == consts_.size()) consts_.push_back(t);
  for (int i = 0; i < n; ++i) bb->instrs[start + i].opcode = op::NOP;
  bb->instrs[start + n].opcode = op::LOAD_CONST;
  bb->instrs[start + n].oparg = static_cast<int>(index);
}

void Assembler::optimize_basic_block(Block* bb) {
  static const Instr nop = make_instr(op::NOP);
  for (size_t i = 0; i < bb->instrs.size(); ++i) {
    Instr* inst = &bb->instrs[i];
    int oparg = inst->oparg;
    int nextop = i + 1 < bb->instrs.size() ? bb->instrs[i + 1].opcode : 0;
    const Instr* target;
    if (is_jump_instr(*inst) || is_block_push_instr(*inst)) {
      while (inst->target->empty()) inst->target = inst->target->next;
      target = &inst->target->instrs[0];
    } else {
      target = &nop;
    }
    switch (inst->opcode) {
      case op::LOAD_CONST: {
        switch (nextop) {
          case op::POP_JUMP_IF_FALSE:
          case op::POP_JUMP_IF_TRUE: {
            bool is_true = consts_[oparg].truthy();
            inst->opcode = op::NOP;
            bool jump_if_true = nextop == op::POP_JUMP_IF_TRUE;
            bb->instrs[i + 1].opcode = is_true == jump_if_true ? op::JUMP : op::NOP;
            break;
          }
          case op::JUMP_IF_FALSE_OR_POP:
          case op::JUMP_IF_TRUE_OR_POP: {
            bool is_true = consts_[oparg].truthy();
            bool jump_if_true = nextop == op::JUMP_IF_TRUE_OR_POP;
            if (is_true == jump_if_true) {
              bb->instrs[i + 1].opcode = op::JUMP;
            } else {
              inst->opcode = op::NOP;
              bb->instrs[i + 1].opcode = op::NOP;
            }
            break;
          }
          case op::IS_OP: {
            int jump_op = i + 2 < bb->instrs.size() ? bb->instrs[i + 2].opcode : 0;
            if (consts_[oparg].kind() == Value::Kind::None &&
                (jump_op == op::POP_JUMP_IF_FALSE || jump_op == op::POP_JUMP_IF_TRUE)) {
              int nextarg = bb->instrs[i + 1].oparg;
              inst->opcode = op::NOP;
              bb->instrs[i + 1].opcode = op::NOP;
              bb->instrs[i + 2].opcode = (nextarg ^ (jump_op == op::POP_JUMP_IF_FALSE))
                                             ? op::POP_JUMP_IF_NOT_NONE
                                             : op::POP_JUMP_IF_NONE;
            }
            break;
          }
        }
        break;
      }
      case op::BUILD_TUPLE:
        if (nextop == op::UNPACK_SEQUENCE && oparg == bb->instrs[i + 1].oparg) {
          switch (oparg) {
            case 1:
              inst->opcode = op::NOP;
              bb->instrs[i + 1].opcode = op::NOP;
              continue;
            case 2:
            case 3:
              inst->opcode = op::NOP;
              bb->instrs[i + 1].opcode = op::SWAP;
              continue;
          }
        }
        if (static_cast<int>(i) >= oparg) fold_tuple_on_constants(bb, i - oparg, oparg);
        break;
      case op::JUMP_IF_FALSE_OR_POP:
        switch (target->opcode) {
          case op::POP_JUMP_IF_FALSE:
            if (jump_thread(inst, target, op::POP_JUMP_IF_FALSE)) --i;
            break;
          case op::JUMP:
          case op::JUMP_IF_FALSE_OR_POP:
            if (jump_thread(inst, target, op::JUMP_IF_FALSE_OR_POP)) --i;
            break;
          case op::JUMP_IF_TRUE_OR_POP:
          case op::POP_JUMP_IF_TRUE:
            if (inst->loc.lineno == target->loc.lineno) {
              inst->opcode = op::POP_JUMP_IF_FALSE;
              inst->target = inst->target->next;
              --i;
            }
            break;
        }
        break;
      case op::JUMP_IF_TRUE_OR_POP:
        switch (target->opcode) {
          case op::POP_JUMP_IF_TRUE:
            if (jump_thread(inst, target, op::POP_JUMP_IF_TRUE)) --i;
            break;
          case op::JUMP:
          case op::JUMP_IF_TRUE_OR_POP:
            if (jump_thread(inst, target, op::JUMP_IF_TRUE_OR_POP)) --i;
            break;
          case op::JUMP_IF_FALSE_OR_POP:
          case op::POP_JUMP_IF_FALSE:
            if (inst->loc.lineno == target->loc.lineno) {
              inst->opcode = op::POP_JUMP_IF_TRUE;
              inst->target = inst->target->next;
              --i;
            }
            break;
        }
        break;
      case op::POP_JUMP_IF_NOT_NONE:
      case op::POP_JUMP_IF_NONE:
      case op::POP_JUMP_IF_FALSE:
      case op::POP_JUMP_IF_TRUE:
      case op::JUMP:
        if (target->opcode == op::JUMP && jump_thread(inst, target, inst->opcode)) --i;
        break;
      case op::SWAP:
        if (oparg == 1) {
          inst->opcode = op::NOP;
          break;
        }
        swaptimize(bb, i);
        apply_static_swaps(bb, static_cast<int>(i));
        break;
      case op::PUSH_NULL:
        if (nextop == op::LOAD_GLOBAL) {
          inst->opcode = op::NOP;
          inst->oparg = 0;
          bb->instrs[i + 1].oparg |= 1;
        }
        break;
      default:
        break;
    }
  }
}

void Assembler::mark_reachable() {
  std::vector<Block*> stack;
  entry_->predecessors = 1;
  stack.push_back(entry_);
  while (!stack.empty()) {
    Block* b = stack.back();
    stack.pop_back();
    if (b->next && !block_nofallthrough(b)) {
      if (b->next->predecessors == 0) stack.push_back(b->next);
      b->next->predecessors++;
    }
    for (Instr& i : b->instrs) {
      if (is_jump_instr(i) || is_block_push_instr(i)) {
        Block* target = i.target;
        if (target->predecessors == 0) stack.push_back(target);
        target->predecessors++;
      }
    }
  }
}

void Assembler::eliminate_empty_basic_blocks() {
  for (Block* b = entry_; b; b = b->next) {
    Block* next = b->next;
    if (next) {
      while (next->empty() && next->next) next = next->next;
      b->next = next;
    }
  }
  for (Block* b = entry_; b; b = b->next) {
    if (b->empty()) continue;
    Instr* last = b->last();
    if (is_jump_instr(*last)) {
      Block* target = last->target;
      while (target->empty()) target = target->next;
      last->target = target;
    }
  }
}

void Assembler::optimize_cfg() {
  for (Block* b = entry_; b; b = b->next) {
    optimize_basic_block(b);
    clean_basic_block(b);
  }
  for_each_block_list(u_, [](Block* b) { extend_block(b); });
  mark_reachable();
  for (Block* b = entry_; b; b = b->next)
    if (b->predecessors == 0) b->instrs.clear();
  eliminate_empty_basic_blocks();
  for (Block* b = entry_; b; b = b->next) clean_basic_block(b);
  bool maybe_empty_blocks = false;
  for (Block* b = entry_; b; b = b->next) {
    if (b->empty()) continue;
    Instr* last = b->last();
    if ((last->opcode == op::JUMP || last->opcode == op::JUMP_NO_INTERRUPT) && last->target == b->next) {
      last->opcode = op::NOP;
      maybe_empty_blocks = true;
    }
  }
  if (maybe_empty_blocks) eliminate_empty_basic_blocks();
}

Block* Assembler::copy_block(Block* block) {
  auto b = std::make_unique<Block>();
  b->id = static_cast<int>(u_.blocks.size());
  b->instrs = block->instrs;
  Block* raw = b.get();
  u_.blocks.push_back(std::move(b));
  return raw;
}

static bool is_exit_without_lineno(const Block* b) {
  if (!block_is_exit(b)) return false;
  for (const Instr& i : b->instrs)
    if (i.loc.lineno >= 0) return false;
  return true;
}

void Assembler::duplicate_exits_without_lineno() {
  size_t nblocks = u_.blocks.size();
  for (size_t k = nblocks; k-- > 0;) {
    Block* b = u_.blocks[k].get();
    if (!b->empty() && is_jump_instr(*b->last())) {
      Block* target = b->last()->target;
      if (is_exit_without_lineno(target) && target->predecessors > 1) {
        Block* new_target = copy_block(target);
        new_target->instrs[0].loc = b->last()->loc;
        b->last()->target = new_target;
        target->predecessors--;
        new_target->predecessors = 1;
        new_target->next = target->next;
        target->next = new_target;
      }
    }
  }
  for_each_block_list(u_, [](Block* b) {
    while (b->next && b->next->empty()) b->next = b->next->next;
  });
  for_each_block_list(u_, [](Block* b) {
    if (!block_nofallthrough(b) && b->next && !b->empty()) {
      if (is_exit_without_lineno(b->next)) b->next->instrs[0].loc = b->last()->loc;
    }
  });
}

void Assembler::trim_unused_consts() {
  int max_const_index = 0;
  for (Block* b = entry_; b; b = b->next)
    for (Instr& i : b->instrs)
      if ((i.opcode == op::LOAD_CONST || i.opcode == op::KW_NAMES) && i.oparg > max_const_index)
        max_const_index = i.oparg;
  if (max_const_index + 1 < static_cast<int>(consts_.size())) consts_.resize(max_const_index + 1);
}

void Assembler::propagate_line_numbers() {
  for (Block* b = entry_; b; b = b->next) {
    if (b->empty()) continue;
    Loc prev;
    for (Instr& i : b->instrs) {
      if (i.loc.lineno < 0)
        i.loc = prev;
      else
        prev = i.loc;
    }
    if (!block_nofallthrough(b) && b->next->predecessors == 1) {
      if (b->next->instrs[0].loc.lineno < 0) b->next->instrs[0].loc = prev;
    }
    Instr* last = b->last();
    if (is_jump_instr(*last)) {
      Block* target = last->target;
      if (target->predecessors == 1 && target->instrs[0].loc.lineno < 0) target->instrs[0].loc = prev;
    }
  }
}

void Assembler::guarantee_lineno_for_exits() {
  int lineno = u_.firstlineno;
  for (Block* b = entry_; b; b = b->next) {
    if (b->empty()) continue;
    Instr* last = b->last();
    if (last->loc.lineno < 0) {
      if (last->opcode == op::RETURN_VALUE)
        for (Instr& i : b->instrs) i.loc.lineno = lineno;
    } else {
      lineno = last->loc.lineno;
    }
  }
}

int Assembler::stackdepth() {
  for (auto& b : u_.blocks) b->startdepth = INT_MIN;
  std::vector<Block*> stack;
  int maxdepth = 0;
  auto push = [&](Block* b, int depth) {
    if (b->startdepth < depth && b->startdepth < 100) {
      b->startdepth = depth;
      stack.push_back(b);
    }
  };
  push(entry_, (u_.ste->generator || u_.ste->coroutine) ? 1 : 0);
  while (!stack.empty()) {
    Block* b = stack.back();
    stack.pop_back();
    int depth = b->startdepth;
    Block* next = b->next;
    for (Instr& instr : b->instrs) {
      int effect = op::stack_effect(instr.opcode, instr.oparg, false);
      int new_depth = depth + effect;
      if (new_depth > maxdepth) maxdepth = new_depth;
      if (is_jump_instr(instr) || is_block_push_instr(instr)) {
        int target_depth = depth + op::stack_effect(instr.opcode, instr.oparg, true);
        if (target_depth > maxdepth) maxdepth = target_depth;
        push(instr.target, target_depth);
      }
      depth = new_depth;
      if (instr.opcode == op::JUMP_NO_INTERRUPT || instr.opcode == op::JUMP ||
          instr.opcode == op::RETURN_VALUE || instr.opcode == op::RAISE_VARARGS ||
          instr.opcode == op::RERAISE) {
        next = nullptr;
        break;
      }
    }
    if (next) push(next, depth);
  }
  return maxdepth;
}

void Assembler::label_exception_targets() {
  for (Block* b = entry_; b; b = b->next) b->visited = false;
  std::vector<Block*> todo;
  auto start = std::make_unique<ExceptStack>();
  start->push_back(nullptr);
  entry_->exceptstack = std::move(start);
  entry_->visited = true;
  todo.push_back(entry_);
  while (!todo.empty()) {
    Block* b = todo.back();
    todo.pop_back();
    std::unique_ptr<ExceptStack> except_stack = std::move(b->exceptstack);
    Block* handler = except_stack->back();
    for (Instr& instr : b->instrs) {
      if (is_block_push_instr(instr)) {
        if (!instr.target->visited) {
          instr.target->exceptstack = std::make_unique<ExceptStack>(*except_stack);
          instr.target->visited = true;
          todo.push_back(instr.target);
        }
        if (instr.opcode == op::SETUP_WITH || instr.opcode == op::SETUP_CLEANUP)
          instr.target->preserve_lasti = true;
        except_stack->push_back(instr.target);
        handler = instr.target;
      } else if (instr.opcode == op::POP_BLOCK) {
        except_stack->pop_back();
        handler = except_stack->back();
      } else if (is_jump_instr(instr)) {
        instr.except = handler;
        if (!instr.target->visited) {
          if (!block_nofallthrough(b)) {
            instr.target->exceptstack = std::make_unique<ExceptStack>(*except_stack);
          } else {
            instr.target->exceptstack = std::move(except_stack);
          }
          instr.target->visited = true;
          todo.push_back(instr.target);
        }
      } else {
        instr.except = handler;
      }
    }
    if (!block_nofallthrough(b) && b->next && !b->next->visited) {
      b->next->exceptstack = std::move(except_stack);
      b->next->visited = true;
      todo.push_back(b->next);
    }
  }
}

void Assembler::convert_exception_handlers_to_nops() {
  for (Block* b = entry_; b; b = b->next)
    for (Instr& i : b->instrs)
      if (is_block_push_instr(i) || i.opcode == op::POP_BLOCK) i.opcode = op::NOP;
}

void Assembler::normalize_jumps() {
  for (Block* b = entry_; b; b = b->next) b->visited = false;
  for (Block* b = entry_; b; b = b->next) {
    b->visited = true;
    if (b->empty()) continue;
    Instr* last = b->last();
    if (!is_jump_instr(*last)) continue;
    bool forward = !last->target->visited;
    switch (last->opcode) {
      case op::JUMP: last->opcode = forward ? op::JUMP_FORWARD : op::JUMP_BACKWARD; break;
      case op::JUMP_NO_INTERRUPT:
        last->opcode = forward ? op::JUMP_FORWARD : op::JUMP_BACKWARD_NO_INTERRUPT;
        break;
      case op::POP_JUMP_IF_NOT_NONE:
        last->opcode = forward ? op::POP_JUMP_FORWARD_IF_NOT_NONE : op::POP_JUMP_BACKWARD_IF_NOT_NONE;
        break;
      case op::POP_JUMP_IF_NONE:
        last->opcode = forward ? op::POP_JUMP_FORWARD_IF_NONE : op::POP_JUMP_BACKWARD_IF_NONE;
        break;
      case op::POP_JUMP_IF_FALSE:
        last->opcode = forward ? op::POP_JUMP_FORWARD_IF_FALSE : op::POP_JUMP_BACKWARD_IF_FALSE;
        break;
      case op::POP_JUMP_IF_TRUE:
        last->opcode = forward ? op::POP_JUMP_FORWARD_IF_TRUE : op::POP_JUMP_BACKWARD_IF_TRUE;
        break;
      default:
        break;
    }
  }
}

void Assembler::assemble_jump_offsets() {
  bool recompile;
  do {
    int totsize = 0;
    for (Block* b = entry_; b; b = b->next) {
      b->offset = totsize;
      totsize += block_size(b);
    }
    recompile = false;
    for_each_block_list(u_, [&](Block* b) {
      int bsize = b->offset;
      for (Instr& instr : b->instrs) {
        int isize = instr_size(instr);
        bsize += isize;
        if (is_jump_instr(instr)) {
          instr.oparg = instr.target->offset;
          if (instr.oparg < bsize)
            instr.oparg = bsize - instr.oparg;
          else
            instr.oparg -= bsize;
          if (instr_size(instr) != isize) recompile = true;
        }
      }
    });
  } while (recompile);
}

void Assembler::insert_prefix_instructions(const std::vector<int>& fixed, int nfreevars, int code_flags) {
  std::vector<Instr>& instrs = entry_->instrs;
  if (code_flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) {
    Instr make_gen = make_instr(op::RETURN_GENERATOR);
    make_gen.loc = Loc{u_.firstlineno, u_.firstlineno, -1, -1};
    instrs.insert(instrs.begin(), make_gen);
    instrs.insert(instrs.begin() + 1, make_instr(op::POP_TOP));
  }
  int ncellvars = static_cast<int>(u_.cellvars.size());
  if (ncellvars) {
    int nvars = ncellvars + static_cast<int>(u_.varnames.size());
    std::vector<int> sorted(nvars, 0);
    for (int i = 0; i < ncellvars; ++i) sorted[fixed[i]] = i + 1;
    for (int i = 0, used = 0; used < ncellvars; ++i) {
      int oldindex = sorted[i] - 1;
      if (oldindex == -1) continue;
      Instr make_cell = make_instr(op::MAKE_CELL, oldindex);
      instrs.insert(instrs.begin() + used, make_cell);
      ++used;
    }
  }
  if (nfreevars) instrs.insert(instrs.begin(), make_instr(op::COPY_FREE_VARS, nfreevars));
}

int Assembler::fix_cell_offsets(std::vector<int>& fixed) {
  int nlocals = static_cast<int>(u_.varnames.size());
  int noffsets = static_cast<int>(fixed.size());
  int numdropped = 0;
  for (int i = 0; i < noffsets; ++i) {
    if (fixed[i] == i + nlocals)
      fixed[i] -= numdropped;
    else
      ++numdropped;
  }
  for (Block* b = entry_; b; b = b->next) {
    for (Instr& inst : b->instrs) {
      switch (inst.opcode) {
        case op::MAKE_CELL:
        case op::LOAD_CLOSURE:
        case op::LOAD_DEREF:
        case op::STORE_DEREF:
        case op::DELETE_DEREF:
        case op::LOAD_CLASSDEREF:
          inst.oparg = fixed[inst.oparg];
          break;
        default:
          break;
      }
    }
  }
  return numdropped;
}

std::shared_ptr<CodeUnit> Assembler::run(bool add_none) {
  // The implicit return.
  {
    Block* cur = u_.curblock;
    const Instr* l = cur->last();
    if (!(l && l->opcode == op::RETURN_VALUE)) {
      c_.unset_loc();
      if (add_none) c_.load_const(Value::none());
      c_.addop(op::RETURN_VALUE);
    }
  }
  for_each_block_list(u_, [](Block* b) { skip_empty_targets(b); });
  for_each_block_list(u_, [](Block* b) { extend_block(b); });

  int nlocals = static_cast<int>(u_.varnames.size());
  int ncellvars = static_cast<int>(u_.cellvars.size());
  int nfreevars = static_cast<int>(u_.freevars.size());
  std::vector<int> fixed(ncellvars + nfreevars);
  for (int i = 0; i < ncellvars + nfreevars; ++i) fixed[i] = nlocals + i;
  for (int i = 0; i < ncellvars; ++i) {
    int varindex = u_.varnames.find(u_.cellvars.names()[i]);
    if (varindex >= 0) fixed[i] = varindex;
  }
  entry_ = u_.blocks.front().get();
  if (!u_.firstlineno) {
    u_.firstlineno = (!entry_->empty() && entry_->instrs[0].loc.lineno) ? entry_->instrs[0].loc.lineno : 1;
  }
  int code_flags = c_.compute_code_flags();
  insert_prefix_instructions(fixed, nfreevars, code_flags);
  int numdropped = fix_cell_offsets(fixed);

  consts_ = u_.consts.items();
  optimize_cfg();
  duplicate_exits_without_lineno();
  trim_unused_consts();
  propagate_line_numbers();
  guarantee_lineno_for_exits();
  int maxdepth = stackdepth();
  label_exception_targets();
  convert_exception_handlers_to_nops();
  for (Block* b = entry_; b; b = b->next) clean_basic_block(b);
  normalize_jumps();
  assemble_jump_offsets();

  auto co = std::make_shared<CodeUnit>();
  co->name = u_.name;
  co->qualname = u_.qualname;
  co->filename = c_.filename_;
  co->firstlineno = u_.firstlineno;
  co->argcount = u_.argcount + u_.posonlyargcount;
  co->posonlyargcount = u_.posonlyargcount;
  co->kwonlyargcount = u_.kwonlyargcount;
  co->stacksize = maxdepth;
  co->flags = code_flags;
  co->names = u_.names.names();
  co->consts = consts_;

  // localsplus
  int nlocalsplus = nlocals + ncellvars + nfreevars - numdropped;
  co->localsplus_names.assign(nlocalsplus, "");
  co->localsplus_kinds.assign(nlocalsplus, 0);
  for (int i = 0; i < nlocals; ++i) {
    const std::string& k = u_.varnames.names()[i];
    uint8_t kind = CO_FAST_LOCAL;
    if (u_.cellvars.find(k) >= 0) kind |= CO_FAST_CELL;
    co->localsplus_names[i] = k;
    co->localsplus_kinds[i] = kind;
  }
  int dropped = 0;
  for (int i = 0; i < ncellvars; ++i) {
    const std::string& k = u_.cellvars.names()[i];
    if (u_.varnames.find(k) >= 0) {
      ++dropped;
      continue;
    }
    int offset = i + nlocals - dropped;
    co->localsplus_names[offset] = k;
    co->localsplus_kinds[offset] = CO_FAST_CELL;
  }
  for (int i = 0; i < nfreevars; ++i) {
    const std::string& k = u_.freevars.names()[i];
    int offset = ncellvars + i + nlocals - dropped;
    co->localsplus_names[offset] = k;
    co->localsplus_kinds[offset] = CO_FAST_FREE;
  }

  // Emit code, positions, the exception table.
  for (Block* b = entry_; b; b = b->next) {
    for (Instr& instr : b->instrs) {
      int oparg = op::has_arg(instr.opcode) ? instr.oparg : 0;
      int size = instr_size(instr);
      int caches = op::caches(instr.opcode);
      Position pos;
      const Loc& l = instr.loc;
      if (l.lineno >= 0) {
        pos.lineno = l.lineno;
        if (l.col < 0 || l.end_col < 0) {
          if (l.end_lineno == l.lineno || l.end_lineno < 0) {
            pos.end_lineno = l.lineno;
          } else {
            pos.end_lineno = l.end_lineno;
            pos.col = l.col;
            pos.end_col = l.end_col;
          }
        } else {
          pos.end_lineno = l.end_lineno;
          pos.col = l.col;
          pos.end_col = l.end_col;
        }
      }
      for (int shift = 8 * (size - caches - 1); shift > 0; shift -= 8) {
        co->code.push_back(CodeWord{static_cast<uint8_t>(op::EXTENDED_ARG), static_cast<uint8_t>((oparg >> shift) & 0xFF)});
        co->positions.push_back(pos);
      }
      co->code.push_back(CodeWord{static_cast<uint8_t>(instr.opcode), static_cast<uint8_t>(oparg & 0xFF)});
      co->positions.push_back(pos);
      for (int k = 0; k < caches; ++k) {
        co->code.push_back(CodeWord{0, 0});
        co->positions.push_back(pos);
      }
    }
  }
  {
    int ioffset = 0;
    Block* handler = nullptr;
    int start = -1;
    auto emit = [&](int s, int e, Block* h) {
      int depth = h->startdepth - 1 - (h->preserve_lasti ? 1 : 0);
      co->exception_table.push_back(ExceptionTableEntry{s, e, h->offset, depth, h->preserve_lasti});
    };
    for (Block* b = entry_; b; b = b->next) {
      ioffset = b->offset;
      for (Instr& instr : b->instrs) {
        if (instr.except != handler) {
          if (handler) emit(start, ioffset, handler);
          start = ioffset;
          handler = instr.except;
        }
        ioffset += instr_size(instr);
      }
    }
    if (handler) emit(start, ioffset, handler);
  }
  return co;
}

std::shared_ptr<CodeUnit> Compiler::assemble(bool add_none) {
  Assembler a(*this, u());
  return a.run(add_none);
}

}  // namespace cc
}  // namespace glasspy
