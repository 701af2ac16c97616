// Code generation, part 3: the match statement.  As in CPython 3.11, each
// case's pattern leaves its captured values on the stack (under whatever the
// pattern still needs), and stores them only once the whole pattern matched;
// a failing test jumps to fail_pop[n], a chain of blocks each popping one
// more item, where n is the number of items to clean up at that point.
#include <algorithm>

#include "compiler/compiler_internal.h"

namespace glasspy {

using namespace glasspy::ast;
using Value = glasspy::Constant;

namespace cc {

namespace {

bool wildcard_check(const ast::pattern* p) {
  return p->node_kind == NodeKind::MatchAs && is_none(static_cast<const MatchAs*>(p)->name) &&
         !static_cast<const MatchAs*>(p)->pattern;
}

bool wildcard_star_check(const ast::pattern* p) {
  return p->node_kind == NodeKind::MatchStar && is_none(static_cast<const MatchStar*>(p)->name);
}

}  // namespace

void Compiler::ensure_fail_pop(PatternContext& pc, size_t n) {
  size_t size = n + 1;
  while (pc.fail_pop.size() < size) pc.fail_pop.push_back(new_block());
}

void Compiler::jump_to_fail_pop(PatternContext& pc, int opcode) {
  size_t pops = static_cast<size_t>(pc.on_top) + pc.stores.size();
  ensure_fail_pop(pc, pops);
  addop_j(opcode, pc.fail_pop[pops]);
}

void Compiler::emit_and_reset_fail_pop(PatternContext& pc) {
  if (pc.fail_pop.empty()) return;
  for (size_t i = pc.fail_pop.size() - 1; i > 0; --i) {
    use_next_block(pc.fail_pop[i]);
    addop(op::POP_TOP);
  }
  use_next_block(pc.fail_pop[0]);
  pc.fail_pop.clear();
}

void Compiler::pattern_helper_rotate(int count) {
  while (1 < count) addop_i(op::SWAP, count--);
}

void Compiler::pattern_helper_store_name(const Identifier* name, PatternContext& pc) {
  if (!name) {
    addop(op::POP_TOP);
    return;
  }
  std::string n(*name);
  forbidden_name(n, expr_context::Store);
  if (std::find(pc.stores.begin(), pc.stores.end(), n) != pc.stores.end())
    error("multiple assignments to name '" + n + "' in pattern");
  int rotations = pc.on_top + static_cast<int>(pc.stores.size()) + 1;
  pattern_helper_rotate(rotations);
  pc.stores.push_back(n);
}

void Compiler::pattern_unpack_helper(const Seq<ast::pattern*>& elts) {
  size_t n = elts.size();
  bool seen_star = false;
  for (size_t i = 0; i < n; ++i) {
    ast::pattern* elt = elts[i];
    if (elt->node_kind == NodeKind::MatchStar && !seen_star) {
      if (i >= (1u << 8) || (n - i - 1) >= (INT_MAX >> 8))
        error("too many expressions in star-unpacking sequence pattern");
      addop_i(op::UNPACK_EX, static_cast<int>(i + ((n - i - 1) << 8)));
      seen_star = true;
    } else if (elt->node_kind == NodeKind::MatchStar) {
      error("multiple starred expressions in sequence pattern");
    }
  }
  if (!seen_star) addop_i(op::UNPACK_SEQUENCE, static_cast<int>(n));
}

void Compiler::pattern_helper_sequence_unpack(const Seq<ast::pattern*>& patterns, PatternContext& pc) {
  pattern_unpack_helper(patterns);
  int size = static_cast<int>(patterns.size());
  pc.on_top += size;
  for (ast::pattern* p : patterns) {
    pc.on_top--;
    pattern_subpattern(p, pc);
  }
}

void Compiler::pattern_helper_sequence_subscr(const Seq<ast::pattern*>& patterns, int star, PatternContext& pc) {
  pc.on_top++;
  int size = static_cast<int>(patterns.size());
  for (int i = 0; i < size; ++i) {
    ast::pattern* p = patterns[i];
    if (wildcard_check(p)) continue;
    if (i == star) continue;
    addop_i(op::COPY, 1);
    if (i < star) {
      load_const(glasspy::Constant::integer(i));
    } else {
      addop(op::GET_LEN);
      load_const(glasspy::Constant::integer(size - i));
      addop_i(op::BINARY_OP, 10);  // -
    }
    addop(op::BINARY_SUBSCR);
    pattern_subpattern(p, pc);
  }
  pc.on_top--;
  addop(op::POP_TOP);
}

void Compiler::pattern_subpattern(const ast::pattern* p, PatternContext& pc) {
  bool allow = pc.allow_irrefutable;
  pc.allow_irrefutable = true;
  visit_pattern(p, pc);
  pc.allow_irrefutable = allow;
}

void Compiler::pattern_as(const MatchAs* p, PatternContext& pc) {
  const Identifier* name = is_none(p->name) ? nullptr : &p->name;
  if (!p->pattern) {
    if (!pc.allow_irrefutable) {
      if (name) error("name capture '" + std::string(p->name) + "' makes remaining patterns unreachable");
      error("wildcard makes remaining patterns unreachable");
    }
    pattern_helper_store_name(name, pc);
    return;
  }
  pc.on_top++;
  addop_i(op::COPY, 1);
  visit_pattern(p->pattern, pc);
  pc.on_top--;
  pattern_helper_store_name(name, pc);
}

void Compiler::pattern_class(const MatchClass* p, PatternContext& pc) {
  size_t nargs = p->patterns.size();
  size_t nattrs = p->kwd_attrs.size();
  if (nattrs) {
    for (size_t i = 0; i < nattrs; ++i) {
      std::string attr(p->kwd_attrs[i]);
      set_loc(p->kwd_patterns[i]);
      forbidden_name(attr, expr_context::Store);
      for (size_t j = i + 1; j < nattrs; ++j) {
        if (p->kwd_attrs[j] == p->kwd_attrs[i]) {
          set_loc(p->kwd_patterns[j]);
          error("attribute name repeated in class pattern: " + attr);
        }
      }
    }
    set_loc(p);
  }
  visit_expr(p->cls);
  std::vector<glasspy::Constant> names;
  for (Identifier a : p->kwd_attrs) names.push_back(glasspy::Constant::str(std::string(a)));
  load_identifier_const(glasspy::Constant::tuple(std::move(names)));
  addop_i(op::MATCH_CLASS, static_cast<int>(nargs));
  addop_i(op::COPY, 1);
  load_const(glasspy::Constant::none());
  addop_i(op::IS_OP, 1);
  pc.on_top++;
  jump_to_fail_pop(pc, op::POP_JUMP_IF_FALSE);
  addop_i(op::UNPACK_SEQUENCE, static_cast<int>(nargs + nattrs));
  pc.on_top += static_cast<int>(nargs + nattrs) - 1;
  for (size_t i = 0; i < nargs + nattrs; ++i) {
    pc.on_top--;
    const ast::pattern* sub = i < nargs ? p->patterns[i] : p->kwd_patterns[i - nargs];
    if (wildcard_check(sub)) {
      addop(op::POP_TOP);
      continue;
    }
    pattern_subpattern(sub, pc);
  }
}

void Compiler::pattern_mapping(const MatchMapping* p, PatternContext& pc) {
  size_t size = p->keys.size();
  const Identifier* star_target = is_none(p->rest) ? nullptr : &p->rest;
  pc.on_top++;
  addop(op::MATCH_MAPPING);
  jump_to_fail_pop(pc, op::POP_JUMP_IF_FALSE);
  if (!size && !star_target) {
    pc.on_top--;
    addop(op::POP_TOP);
    return;
  }
  if (size) {
    addop(op::GET_LEN);
    load_const(glasspy::Constant::integer(static_cast<int64_t>(size)));
    addcompare(cmpop::GtE);
    jump_to_fail_pop(pc, op::POP_JUMP_IF_FALSE);
  }
  std::vector<glasspy::Constant> seen;
  for (size_t i = 0; i < size; ++i) {
    expr* key = p->keys[i];
    if (key->node_kind == NodeKind::Constant) {
      glasspy::Constant v = const_value(key);
      for (const glasspy::Constant& s : seen)
        if (s.py_equal(v)) error("mapping pattern checks duplicate key (" + v.repr() + ")");
      seen.push_back(v);
    } else if (key->node_kind != NodeKind::Attribute) {
      error("mapping pattern keys may only match literals and attribute lookups");
    }
    visit_expr(key);
  }
  addop_i(op::BUILD_TUPLE, static_cast<int>(size));
  addop(op::MATCH_KEYS);
  pc.on_top += 2;
  addop_i(op::COPY, 1);
  load_const(glasspy::Constant::none());
  addop_i(op::IS_OP, 1);
  jump_to_fail_pop(pc, op::POP_JUMP_IF_FALSE);
  addop_i(op::UNPACK_SEQUENCE, static_cast<int>(size));
  pc.on_top += static_cast<int>(size) - 1;
  for (size_t i = 0; i < size; ++i) {
    pc.on_top--;
    pattern_subpattern(p->patterns[i], pc);
  }
  pc.on_top -= 2;
  if (star_target) {
    addop_i(op::BUILD_MAP, 0);
    addop_i(op::SWAP, 3);
    addop_i(op::DICT_UPDATE, 2);
    addop_i(op::UNPACK_SEQUENCE, static_cast<int>(size));
    while (size) {
      addop_i(op::COPY, static_cast<int>(1 + size--));
      addop_i(op::SWAP, 2);
      addop(op::DELETE_SUBSCR);
    }
    pattern_helper_store_name(star_target, pc);
  } else {
    addop(op::POP_TOP);
    addop(op::POP_TOP);
  }
}

void Compiler::pattern_or(const MatchOr* p, PatternContext& pc) {
  Block* end = new_block();
  size_t size = p->patterns.size();
  PatternContext old_pc = pc;
  std::vector<std::string> control;  // the names the first alternative binds, in order
  for (size_t i = 0; i < size; ++i) {
    const ast::pattern* alt = p->patterns[i];
    set_loc(alt);
    pc.stores.clear();
    pc.allow_irrefutable = (i == size - 1) && old_pc.allow_irrefutable;
    pc.fail_pop.clear();
    pc.on_top = 0;
    addop_i(op::COPY, 1);
    visit_pattern(alt, pc);
    size_t nstores = pc.stores.size();
    if (i == 0) {
      control = pc.stores;
    } else if (nstores != control.size()) {
      error("alternative patterns bind different names");
    } else if (nstores) {
      for (size_t icontrol = nstores; icontrol-- > 0;) {
        const std::string& name = control[icontrol];
        auto it = std::find(pc.stores.begin(), pc.stores.end(), name);
        if (it == pc.stores.end()) error("alternative patterns bind different names");
        size_t istores = static_cast<size_t>(it - pc.stores.begin());
        if (icontrol != istores) {
          size_t rotations = istores + 1;
          std::vector<std::string> rotated(pc.stores.begin(), pc.stores.begin() + rotations);
          pc.stores.erase(pc.stores.begin(), pc.stores.begin() + rotations);
          pc.stores.insert(pc.stores.begin() + (icontrol - istores), rotated.begin(), rotated.end());
          while (rotations--) pattern_helper_rotate(static_cast<int>(icontrol + 1));
        }
      }
    }
    addop_j(op::JUMP, end);
    emit_and_reset_fail_pop(pc);
  }
  pc = old_pc;
  addop(op::POP_TOP);
  jump_to_fail_pop(pc, op::JUMP);
  use_next_block(end);
  size_t nstores = control.size();
  int nrots = static_cast<int>(nstores) + 1 + pc.on_top + static_cast<int>(pc.stores.size());
  for (size_t i = 0; i < nstores; ++i) {
    pattern_helper_rotate(nrots);
    const std::string& name = control[i];
    if (std::find(pc.stores.begin(), pc.stores.end(), name) != pc.stores.end())
      error("multiple assignments to name '" + name + "' in pattern");
    pc.stores.push_back(name);
  }
  addop(op::POP_TOP);
}

void Compiler::pattern_sequence(const MatchSequence* p, PatternContext& pc) {
  const Seq<ast::pattern*>& patterns = p->patterns;
  int size = static_cast<int>(patterns.size());
  int star = -1;
  bool only_wildcard = true, star_wildcard = false;
  for (int i = 0; i < size; ++i) {
    ast::pattern* q = patterns[i];
    if (q->node_kind == NodeKind::MatchStar) {
      if (star >= 0) error("multiple starred names in sequence pattern");
      star_wildcard = wildcard_star_check(q);
      only_wildcard &= star_wildcard;
      star = i;
      continue;
    }
    only_wildcard &= wildcard_check(q);
  }
  pc.on_top++;
  addop(op::MATCH_SEQUENCE);
  jump_to_fail_pop(pc, op::POP_JUMP_IF_FALSE);
  if (star < 0) {
    addop(op::GET_LEN);
    load_const(glasspy::Constant::integer(size));
    addcompare(cmpop::Eq);
    jump_to_fail_pop(pc, op::POP_JUMP_IF_FALSE);
  } else if (size - 1) {
    addop(op::GET_LEN);
    load_const(glasspy::Constant::integer(size - 1));
    addcompare(cmpop::GtE);
    jump_to_fail_pop(pc, op::POP_JUMP_IF_FALSE);
  }
  pc.on_top--;
  if (only_wildcard) {
    addop(op::POP_TOP);
  } else if (star_wildcard) {
    pattern_helper_sequence_subscr(patterns, star, pc);
  } else {
    pattern_helper_sequence_unpack(patterns, pc);
  }
}

void Compiler::pattern_value(const MatchValue* p, PatternContext& pc) {
  const expr* value = p->value;
  if (value->node_kind != NodeKind::Constant && value->node_kind != NodeKind::Attribute)
    error("patterns may only match literals and attribute lookups");
  visit_expr(value);
  addcompare(cmpop::Eq);
  jump_to_fail_pop(pc, op::POP_JUMP_IF_FALSE);
}

void Compiler::pattern_singleton(const MatchSingleton* p, PatternContext& pc) {
  load_const(constant_from_ast(p->value));
  addcompare(cmpop::Is);
  jump_to_fail_pop(pc, op::POP_JUMP_IF_FALSE);
}

void Compiler::visit_pattern(const ast::pattern* p, PatternContext& pc) {
  set_loc(p);
  switch (p->node_kind) {
    case NodeKind::MatchValue: pattern_value(static_cast<const MatchValue*>(p), pc); break;
    case NodeKind::MatchSingleton: pattern_singleton(static_cast<const MatchSingleton*>(p), pc); break;
    case NodeKind::MatchSequence: pattern_sequence(static_cast<const MatchSequence*>(p), pc); break;
    case NodeKind::MatchMapping: pattern_mapping(static_cast<const MatchMapping*>(p), pc); break;
    case NodeKind::MatchClass: pattern_class(static_cast<const MatchClass*>(p), pc); break;
    case NodeKind::MatchStar: {
      auto* m = static_cast<const MatchStar*>(p);
      pattern_helper_store_name(is_none(m->name) ? nullptr : &m->name, pc);
      break;
    }
    case NodeKind::MatchAs: pattern_as(static_cast<const MatchAs*>(p), pc); break;
    case NodeKind::MatchOr: pattern_or(static_cast<const MatchOr*>(p), pc); break;
    default: error("invalid match pattern node in AST");
  }
}

void Compiler::match_stmt(const Match* s) {
  PatternContext pc;
  visit_expr(s->subject);
  Block* end = new_block();
  size_t cases = s->cases.size();
  match_case* m = s->cases[cases - 1];
  size_t has_default = wildcard_check(m->pattern) && 1 < cases ? 1 : 0;
  for (size_t i = 0; i < cases - has_default; ++i) {
    m = s->cases[i];
    set_loc(m->pattern);
    if (i != cases - has_default - 1) addop_i(op::COPY, 1);
    pc.stores.clear();
    pc.allow_irrefutable = m->guard != nullptr || i == cases - 1;
    pc.fail_pop.clear();
    pc.on_top = 0;
    visit_pattern(m->pattern, pc);
    for (const std::string& name : pc.stores) nameop(name, expr_context::Store);
    if (m->guard) {
      ensure_fail_pop(pc, 0);
      jump_if(m->guard, pc.fail_pop[0], false);
    }
    if (i != cases - has_default - 1) addop(op::POP_TOP);
    visit_stmts(m->body);
    addop_j_noline(op::JUMP, end);
    set_loc(m->pattern);
    emit_and_reset_fail_pop(pc);
  }
  if (has_default) {
    m = s->cases[cases - 1];
    set_loc(m->pattern);
    if (cases == 1)
      addop(op::POP_TOP);
    else
      addop(op::NOP);
    if (m->guard) jump_if(m->guard, end, false);
    visit_stmts(m->body);
  }
  use_next_block(end);
}

}  // namespace cc
}  // namespace glasspy
