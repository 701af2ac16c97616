// Code generation, part 1: compilation units, emitting instructions, names,
// __future__ checks, and statements.  The structure follows CPython 3.11's
// compile.c function for function, because the exact instruction sequence
// (and each instruction's source position) is what `dis` shows.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>

#include "compiler/compiler_internal.h"
#include "util/unicode.h"

namespace glasspy {

using namespace glasspy::ast;
using Value = glasspy::Constant;

namespace cc {

using symtable::BlockType;

constexpr int kStackUseGuideline = 30;
constexpr int kMaxBlocks = 20;  // CO_MAXBLOCKS

// ---- small containers -----------------------------------------------------------

int NameIndex::add(const std::string& name) {
  auto it = index_.find(name);
  if (it != index_.end()) return it->second;
  int i = static_cast<int>(names_.size());
  names_.push_back(name);
  index_.emplace(name, i);
  return i;
}

int NameIndex::find(const std::string& name) const {
  auto it = index_.find(name);
  return it == index_.end() ? -1 : it->second;
}

namespace {

void append_double_key(std::string& out, double d) {
  char buf[32];
  uint64_t bits;
  std::memcpy(&bits, &d, 8);
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(bits));
  out += buf;
}

}  // namespace

namespace {
unsigned long nan_serial = 0;
}  // namespace

std::string const_key(const Value& c) {
  using K = Value::Kind;
  std::string k;
  switch (c.kind()) {
    case K::None: return "N";
    case K::Ellipsis: return "E";
    case K::Bool: return c.bool_value() ? "B1" : "B0";
    case K::Int: return "I" + c.int_value().get_str(16);
    case K::Float:
      k = "F";
      append_double_key(k, c.real());
      // Each NaN is its own object in CPython, equal to no other constant.
      if (std::isnan(c.real())) k += "#" + std::to_string(++nan_serial);
      return k;
    case K::Complex:
      k = "C";
      append_double_key(k, c.real());
      append_double_key(k, c.imag());
      return k;
    case K::Str: return "S" + std::to_string(c.text().size()) + ":" + c.text();
    case K::Bytes: return "Y" + std::to_string(c.text().size()) + ":" + c.text();
    case K::Tuple: {
      k = "T" + std::to_string(c.items().size()) + "(";
      for (const Value& i : c.items()) {
        std::string s = const_key(i);
        k += std::to_string(s.size()) + ":" + s;
      }
      return k + ")";
    }
    case K::FrozenSet: {
      std::vector<std::string> keys;
      for (const Value& i : c.items()) keys.push_back(const_key(i));
      std::sort(keys.begin(), keys.end());
      k = "Z" + std::to_string(keys.size()) + "(";
      for (const std::string& s : keys) k += std::to_string(s.size()) + ":" + s;
      return k + ")";
    }
    case K::Code: {
      // Code objects compare by content (code_richcompare): the same
      // function compiled twice (a `while` test, a `finally` body) is one
      // constant.  Not compared: the filename and the qualified name.
      const CodeUnit& co = *c.code_unit();
      k = "K" + std::to_string(co.name.size()) + ":" + co.name + "|" + std::to_string(co.argcount) + "," +
          std::to_string(co.posonlyargcount) + "," + std::to_string(co.kwonlyargcount) + "," +
          std::to_string(co.flags) + "," + std::to_string(co.firstlineno) + "|" + co.code_bytes() + "|";
      for (const Value& i : co.consts) {
        std::string s = const_key(i);
        k += std::to_string(s.size()) + ":" + s;
      }
      k += "|";
      for (const std::string& n : co.names) k += std::to_string(n.size()) + ":" + n;
      k += "|";
      for (const std::string& n : co.localsplus_names) k += std::to_string(n.size()) + ":" + n;
      k += "|";
      for (const Position& p : co.positions)
        k += std::to_string(p.lineno) + "," + std::to_string(p.end_lineno) + "," + std::to_string(p.col) + "," +
             std::to_string(p.end_col) + ";";
      k += "|" + co.encoded_exception_table();
      return k;
    }
  }
  return "?";
}

int ConstPool::add(const Value& c) {
  std::string key = const_key(c);
  auto it = index_.find(key);
  if (it != index_.end()) return it->second;
  int i = static_cast<int>(items_.size());
  items_.push_back(c);
  index_.emplace(std::move(key), i);
  return i;
}

int ConstPool::find(const Value& c) const {
  auto it = index_.find(const_key(c));
  return it == index_.end() ? -1 : it->second;
}

bool instr_is_jump(const Instr& i) { return op::is_jump(i.opcode); }
bool instr_is_block_push(const Instr& i) { return op::is_block_push(i.opcode); }

bool block_nofallthrough(const Block* b) {
  const Instr* l = b->last();
  return l && (op::is_scope_exit(l->opcode) || op::is_unconditional_jump(l->opcode));
}

bool block_is_exit(const Block* b) {
  const Instr* l = b->last();
  return l && op::is_scope_exit(l->opcode);
}

namespace {
bool find_ann(const Seq<stmt*>& stmts);
const ast::Constant* docstring_of(const Seq<stmt*>& body, const AstOptimizer& opt);
}  // namespace

// ---- Compiler: setup ----------------------------------------------------------------

Compiler::Compiler(const SourceText& source, std::string filename, const CompileOptions& options,
                   SyntaxErrorInfo& err, std::vector<CompileWarning>* warnings)
    : source_(source), filename_(std::move(filename)), options_(options), err_(err), warnings_(warnings) {}

void Compiler::error_at(const std::string& msg, int lineno, int col, int end_lineno, int end_col) {
  symtable::set_error(err_, source_, msg, lineno, col, end_lineno, end_col);
  err_.filename = filename_;
  if (!filename_.empty() && filename_.front() == '<' && filename_.back() == '>') err_.text.clear();
  throw CompileError{};
}

void Compiler::error(const std::string& msg) {
  const Loc& l = u().loc;
  error_at(msg, l.lineno, l.col, l.end_lineno, l.end_col);
}

void Compiler::warn(const std::string& msg) {
  if (warnings_) warnings_->push_back(CompileWarning{"SyntaxWarning", msg, u().loc.lineno});
}

// future.c: `from __future__ import ...` must come first (after a docstring).
void Compiler::check_future(const mod* tree) {
  if (tree->node_kind != NodeKind::Module && tree->node_kind != NodeKind::Interactive) return;
  const Seq<stmt*>& body = tree->node_kind == NodeKind::Module ? static_cast<const Module*>(tree)->body
                                                               : static_cast<const Interactive*>(tree)->body;
  if (body.empty()) return;
  size_t i = 0;
  if (auto* e = as<const Expr>(body[0])) {
    if (auto* c = as<const ast::Constant>(e->value); c && c->value.kind == ConstantValue::Kind::Str) i = 1;
  }
  bool done = false;
  int prev_line = 0;
  for (; i < body.size(); ++i) {
    const stmt* s = body[i];
    if (done && s->lineno > prev_line) return;
    prev_line = s->lineno;
    auto* imp = as<const ImportFrom>(s);
    if (imp && !is_none(imp->module) && imp->module == "__future__") {
      if (done) {
        symtable::set_error(err_, source_, "from __future__ imports must occur at the beginning of the file",
                            s->lineno, s->col_offset, s->lineno, -1);
        err_.filename = filename_;
        throw CompileError{};
      }
      for (alias* a : imp->names) {
        std::string feature(a->name);
        if (feature == "nested_scopes" || feature == "generators" || feature == "division" ||
            feature == "absolute_import" || feature == "with_statement" ||
            feature == "print_function" || feature == "unicode_literals" ||
            feature == "generator_stop") {
          continue;
        } else if (feature == "barry_as_FLUFL") {
          future_features_ |= CO_FUTURE_BARRY_AS_BDFL;
        } else if (feature == "annotations") {
          future_features_ |= CO_FUTURE_ANNOTATIONS;
        } else {
          std::string msg = feature == "braces" ? "not a chance"
                                                : "future feature " + feature + " is not defined";
          symtable::set_error(err_, source_, msg, s->lineno, s->col_offset, s->lineno, -1);
          err_.filename = filename_;
          throw CompileError{};
        }
      }
      future_lineno_ = s->lineno;
    } else {
      done = true;
    }
  }
}

std::shared_ptr<CodeUnit> Compiler::compile(const mod* tree) {
  try {
    check_future(tree);
    future_features_ |= options_.future_flags;
    mod* opt = optimizer_.run(tree, future_annotations(), options_.optimize > 0);
    collect_identifiers(opt);
    if (!symtable_.build(opt, source_, future_annotations(), err_)) {
      err_.filename = filename_;
      return nullptr;
    }
    enter_scope("<module>", ScopeType::Module, opt, 1);
    u().loc.lineno = 1;
    bool add_none = true;
    switch (opt->node_kind) {
      case NodeKind::Module:
        body(static_cast<Module*>(opt)->body);
        break;
      case NodeKind::Interactive: {
        auto* m = static_cast<Interactive*>(opt);
        if (find_ann(m->body)) addop(op::SETUP_ANNOTATIONS);
        interactive_ = true;
        visit_stmts(m->body);
        break;
      }
      case NodeKind::Expression:
        visit_expr(static_cast<Expression*>(opt)->body);
        add_none = false;
        break;
      default:
        break;
    }
    auto co = assemble(add_none);
    exit_scope();
    return co;
  } catch (const CompileError&) {
    return nullptr;
  } catch (const CompileRecursionError&) {
    err_ = SyntaxErrorInfo{};
    err_.msg = "maximum recursion depth exceeded during compilation";
    err_.filename = filename_;
    recursion_error_ = true;
    return nullptr;
  }
}

// ---- units -----------------------------------------------------------------------------

namespace {

// dictbytype: the names of `ste` with scope `scope` (or flag `flag`), sorted.
std::vector<std::string> names_by_type(const symtable::Entry* ste, int scope, int flag) {
  std::vector<std::string> out;
  for (auto& [name, flags] : ste->symbols.items()) {
    int s = (flags >> symtable::kScopeOffset) & symtable::kScopeMask;
    if (s == scope || (flags & flag)) out.push_back(name);
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

void Compiler::enter_scope(const std::string& name, ScopeType type, const void* key, int lineno) {
  auto unit = std::make_unique<Unit>();
  unit->scope_type = type;
  unit->ste = symtable_.lookup(key);
  unit->name = name;
  for (const std::string& v : unit->ste->varnames) unit->varnames.add(v);
  for (const std::string& v : names_by_type(unit->ste, symtable::CELL, 0)) unit->cellvars.add(v);
  if (unit->ste->needs_class_closure) unit->cellvars.add("__class__");
  for (const std::string& v : names_by_type(unit->ste, symtable::FREE, symtable::DEF_FREE_CLASS))
    unit->freevars.add(v);
  unit->firstlineno = lineno;
  unit->loc = Loc{lineno, lineno, 0, 0};
  if (u_) {
    unit->has_private = u_->has_private;
    unit->private_name = u_->private_name;
    stack_.push_back(std::move(u_));
  }
  u_ = std::move(unit);
  ++nestlevel_;
  Block* b = new_block();
  u().curblock = b;
  if (type == ScopeType::Module) {
    u().qualname = u().name;
    u().loc.lineno = 0;
  } else {
    set_qualname();
  }
  addop_i(op::RESUME, 0);
  if (type == ScopeType::Module) u().loc.lineno = -1;
}

std::unique_ptr<Unit> Compiler::exit_scope() {
  --nestlevel_;
  std::unique_ptr<Unit> done = std::move(u_);
  if (!stack_.empty()) {
    u_ = std::move(stack_.back());
    stack_.pop_back();
  }
  return done;
}

void Compiler::set_qualname() {
  Unit& unit = u();
  std::string base;
  bool have_base = false;
  if (stack_.size() > 1) {
    Unit& parent = *stack_.back();
    bool force_global = false;
    if (unit.scope_type == ScopeType::Function || unit.scope_type == ScopeType::AsyncFunction ||
        unit.scope_type == ScopeType::Class) {
      std::string mangled = parent.has_private ? symtable::mangle(parent.private_name, unit.name) : unit.name;
      if (parent.ste->scope_of(mangled) == symtable::GLOBAL_EXPLICIT) force_global = true;
    }
    if (!force_global) {
      if (parent.scope_type == ScopeType::Function || parent.scope_type == ScopeType::AsyncFunction ||
          parent.scope_type == ScopeType::Lambda) {
        base = parent.qualname + ".<locals>";
      } else {
        base = parent.qualname;
      }
      have_base = true;
    }
  }
  unit.qualname = have_base ? base + "." + unit.name : unit.name;
}

// ---- emitting ----------------------------------------------------------------------------

Block* Compiler::new_block() {
  auto b = std::make_unique<Block>();
  b->id = static_cast<int>(u().blocks.size());
  Block* raw = b.get();
  u().blocks.push_back(std::move(b));
  return raw;
}

void Compiler::use_next_block(Block* b) {
  u().curblock->next = b;
  u().curblock = b;
}

void Compiler::start_block_if_needed() {
  Block* b = u().curblock;
  const Instr* l = b->last();
  if (l && (op::is_jump(l->opcode) || op::is_scope_exit(l->opcode))) use_next_block(new_block());
}

Instr& Compiler::add_instr(int opcode, int oparg, const Loc& loc) {
  start_block_if_needed();
  Block* b = u().curblock;
  Instr i;
  i.opcode = opcode;
  i.oparg = oparg;
  i.loc = loc;
  b->instrs.push_back(i);
  return b->instrs.back();
}

void Compiler::addop_j(int opcode, Block* target) {
  Instr& i = add_instr(opcode, 0, u().loc);
  i.target = target;
}

void Compiler::addop_j_noline(int opcode, Block* target) {
  Instr& i = add_instr(opcode, 0, Loc{});
  i.target = target;
}

int Compiler::add_const(const Value& c) {
  register_strings(c, false);
  if (c.kind() == Value::Kind::FrozenSet) return u().consts.add(merge_frozenset(c));
  return u().consts.add(c);
}

void Compiler::register_strings(const Value& c, bool from_identifier) {
  switch (c.kind()) {
    case Value::Kind::Str:
      str_cache_interned_.emplace(c.text(), from_identifier);
      break;
    case Value::Kind::Tuple:
    case Value::Kind::FrozenSet:
      for (const Value& item : c.items()) register_strings(item, from_identifier);
      break;
    default:
      break;
  }
}

namespace {

// Strings interned when `python3 -m dis` starts compiling (generated).
const char* const kStartupInterned[] = {
#include "compiler/interned_names.inc"
};

bool all_name_chars(const std::string& s) {
  for (unsigned char ch : s)
    if (!(std::isalnum(ch) || ch == '_')) return false;
  return true;
}

template <class T>
void collect_field(const T&, std::unordered_set<std::string>&) {}

// Identifiers are interned by the parser.  A one-character identifier is
// CPython's cached singleton, the same object as a one-character literal, so
// it never makes a literal differ from the interned string.
void collect_field(const std::string_view& id, std::unordered_set<std::string>& out) {
  if (!ast::is_none(id) && id.size() > 1) out.insert(std::string(id));
}

void collect_field(const Seq<Identifier>& ids, std::unordered_set<std::string>& out) {
  for (Identifier id : ids)
    if (id.size() > 1) out.insert(std::string(id));
}

void collect_node(const Node* n, std::unordered_set<std::string>& out);

template <class T>
  requires std::is_base_of_v<Node, T>
void collect_field(T* const& child, std::unordered_set<std::string>& out) {
  if (child) collect_node(child, out);
}

template <class T>
  requires std::is_base_of_v<Node, T>
void collect_field(const Seq<T*>& seq, std::unordered_set<std::string>& out) {
  for (T* child : seq)
    if (child) collect_node(child, out);
}

void collect_node(const Node* n, std::unordered_set<std::string>& out) {
  switch (n->node_kind) {
#define FIELD(Type, name) collect_field(x->name, out);
#define AST_NODE(Name, Base, Fields)                   \
  case NodeKind::Name: {                               \
    [[maybe_unused]] auto* x = static_cast<const ast::Name*>(n); \
    Fields                                             \
    break;                                             \
  }
#include "ast/ast_nodes.def"
#undef AST_NODE
#undef FIELD
  }
}

}  // namespace

void Compiler::collect_identifiers(const Node* tree) {
  for (const char* s : kStartupInterned) interned_.insert(s);
  collect_node(tree, interned_);
}

Value Compiler::merge_frozenset(const Value& c) {
  std::string key = const_key(c);
  auto it = frozenset_cache_.find(key);
  Value merged;
  if (it != frozenset_cache_.end()) {
    merged = it->second;
  } else {
    merged = c.rebuilt_frozenset();
    frozenset_cache_.emplace(key, merged);
  }
  // Making the code object interns its name-like string constants; a
  // string already interned as another object makes CPython rebuild the set.
  // The set holds the constant cache's object for each string: the interned
  // one when the string first came from an identifier, else a literal's.
  for (const Value& item : merged.items()) {
    if (item.kind() != Value::Kind::Str || item.text().empty() || !all_name_chars(item.text())) continue;
    if (!interned_.count(item.text())) continue;
    auto origin = str_cache_interned_.find(item.text());
    if (origin != str_cache_interned_.end() && origin->second) continue;
    return merged.rebuilt_frozenset();
  }
  return merged;
}

std::string Compiler::mangle(const std::string& name) {
  return u().has_private ? symtable::mangle(u().private_name, name) : name;
}

void Compiler::addop_name(int opcode, const std::string& name) {
  addop_i(opcode, u().names.add(mangle(name)));
}

void Compiler::addop_n(int opcode, const std::string& name) { addop_i(opcode, u().names.add(name)); }

void Compiler::set_loc(const Node* n) {
  u().loc = Loc{n->lineno, n->end_lineno, n->col_offset, n->end_col_offset};
}

void Compiler::update_start_location_to_match_attr(const Attribute* attr) {
  Loc& l = u().loc;
  if (l.lineno != attr->end_lineno) {
    l.lineno = attr->end_lineno;
    int len = static_cast<int>(unicode::count_code_points(attr->attr));
    if (len <= attr->end_col_offset) {
      l.col = attr->end_col_offset - len;
    } else {
      l.col = -1;
      l.end_col = -1;
    }
  }
}

// ---- names -------------------------------------------------------------------------------

int Compiler::scope_of(const std::string& mangled) { return u().ste->scope_of(mangled); }

bool Compiler::forbidden_name(const std::string& name, expr_context ctx) {
  if (ctx == expr_context::Store && name == "__debug__") error("cannot assign to __debug__");
  if (ctx == expr_context::Del && name == "__debug__") error("cannot delete __debug__");
  return false;
}

void Compiler::nameop(const std::string& name, expr_context ctx) {
  forbidden_name(name, ctx);
  std::string mangled = mangle(name);
  enum { OpFast, OpGlobal, OpDeref, OpName } optype = OpName;
  NameIndex* dict = &u().names;
  bool function_block = u().ste->type == BlockType::Function;
  switch (scope_of(mangled)) {
    case symtable::FREE:
      dict = &u().freevars;
      optype = OpDeref;
      break;
    case symtable::CELL:
      dict = &u().cellvars;
      optype = OpDeref;
      break;
    case symtable::LOCAL:
      if (function_block) optype = OpFast;
      break;
    case symtable::GLOBAL_IMPLICIT:
      if (function_block) optype = OpGlobal;
      break;
    case symtable::GLOBAL_EXPLICIT:
      optype = OpGlobal;
      break;
    default:
      break;
  }
  int opc = 0;
  switch (optype) {
    case OpDeref:
      opc = ctx == expr_context::Load ? (u().ste->type == BlockType::Class ? op::LOAD_CLASSDEREF : op::LOAD_DEREF)
            : ctx == expr_context::Store ? op::STORE_DEREF
                                         : op::DELETE_DEREF;
      break;
    case OpFast:
      opc = ctx == expr_context::Load ? op::LOAD_FAST : ctx == expr_context::Store ? op::STORE_FAST : op::DELETE_FAST;
      addop_i(opc, u().varnames.add(mangled));
      return;
    case OpGlobal:
      opc = ctx == expr_context::Load ? op::LOAD_GLOBAL : ctx == expr_context::Store ? op::STORE_GLOBAL : op::DELETE_GLOBAL;
      break;
    case OpName:
      opc = ctx == expr_context::Load ? op::LOAD_NAME : ctx == expr_context::Store ? op::STORE_NAME : op::DELETE_NAME;
      break;
  }
  int arg;
  if (optype == OpDeref) {
    arg = dict->find(mangled);
    if (arg < 0) arg = dict->add(mangled);
    if (dict == &u().freevars) arg += static_cast<int>(u().cellvars.size());
  } else {
    arg = dict->add(mangled);
  }
  if (opc == op::LOAD_GLOBAL) arg <<= 1;
  addop_i(opc, arg);
}

// ---- statements ------------------------------------------------------------------------------

namespace {

const ast::Constant* docstring_of(const Seq<stmt*>& body, const AstOptimizer& opt) {
  if (body.empty()) return nullptr;
  auto* e = as<const Expr>(body[0]);
  if (!e) return nullptr;
  auto* c = as<const ast::Constant>(e->value);
  if (!c) return nullptr;
  if (opt.value(c).kind() != Value::Kind::Str) return nullptr;
  return c;
}

bool find_ann(const Seq<stmt*>& stmts) {
  for (stmt* st : stmts) {
    bool res = false;
    switch (st->node_kind) {
      case NodeKind::AnnAssign:
        return true;
      case NodeKind::For: {
        auto* f = static_cast<For*>(st);
        res = find_ann(f->body) || find_ann(f->orelse);
        break;
      }
      case NodeKind::AsyncFor: {
        auto* f = static_cast<AsyncFor*>(st);
        res = find_ann(f->body) || find_ann(f->orelse);
        break;
      }
      case NodeKind::While: {
        auto* w = static_cast<While*>(st);
        res = find_ann(w->body) || find_ann(w->orelse);
        break;
      }
      case NodeKind::If: {
        auto* i = static_cast<If*>(st);
        res = find_ann(i->body) || find_ann(i->orelse);
        break;
      }
      case NodeKind::With: res = find_ann(static_cast<With*>(st)->body); break;
      case NodeKind::AsyncWith: res = find_ann(static_cast<AsyncWith*>(st)->body); break;
      case NodeKind::Try:
      case NodeKind::TryStar: {
        bool plain = st->node_kind == NodeKind::Try;
        const Seq<excepthandler*>& handlers =
            plain ? static_cast<Try*>(st)->handlers : static_cast<TryStar*>(st)->handlers;
        for (excepthandler* h : handlers)
          if (find_ann(static_cast<ExceptHandler*>(h)->body)) return true;
        if (plain) {
          auto* t = static_cast<Try*>(st);
          res = find_ann(t->body) || find_ann(t->finalbody) || find_ann(t->orelse);
        } else {
          auto* t = static_cast<TryStar*>(st);
          res = find_ann(t->body) || find_ann(t->finalbody) || find_ann(t->orelse);
        }
        break;
      }
      default:
        res = false;
    }
    if (res) return true;
  }
  return false;
}

}  // namespace

void Compiler::body(const Seq<stmt*>& stmts) {
  if (u().scope_type == ScopeType::Module && !stmts.empty()) set_loc(stmts[0]);
  if (find_ann(stmts)) addop(op::SETUP_ANNOTATIONS);
  if (stmts.empty()) return;
  size_t i = 0;
  if (options_.optimize < 2) {
    if (const ast::Constant* doc = docstring_of(stmts, optimizer_)) {
      i = 1;
      visit_expr(doc);
      unset_loc();
      nameop("__doc__", expr_context::Store);
    }
  }
  for (; i < stmts.size(); ++i) visit_stmt(stmts[i]);
}

void Compiler::visit_stmt(const stmt* s) {
  set_loc(s);
  switch (s->node_kind) {
    case NodeKind::FunctionDef: function_def(s, false); break;
    case NodeKind::AsyncFunctionDef: function_def(s, true); break;
    case NodeKind::ClassDef: class_def(static_cast<const ClassDef*>(s)); break;
    case NodeKind::Return: return_stmt(static_cast<const Return*>(s)); break;
    case NodeKind::Delete: delete_stmt(static_cast<const Delete*>(s)); break;
    case NodeKind::Assign: assign_stmt(static_cast<const Assign*>(s)); break;
    case NodeKind::AugAssign: augassign(static_cast<const AugAssign*>(s)); break;
    case NodeKind::AnnAssign: annassign(static_cast<const AnnAssign*>(s)); break;
    case NodeKind::For: for_stmt(static_cast<const For*>(s)); break;
    case NodeKind::AsyncFor: async_for_stmt(static_cast<const AsyncFor*>(s)); break;
    case NodeKind::While: while_stmt(static_cast<const While*>(s)); break;
    case NodeKind::If: if_stmt(static_cast<const If*>(s)); break;
    case NodeKind::Match: match_stmt(static_cast<const Match*>(s)); break;
    case NodeKind::Raise: raise_stmt(static_cast<const Raise*>(s)); break;
    case NodeKind::Try: try_stmt(s); break;
    case NodeKind::TryStar: try_star(static_cast<const TryStar*>(s)); break;
    case NodeKind::Assert: assert_stmt(static_cast<const Assert*>(s)); break;
    case NodeKind::Import: import_stmt(static_cast<const Import*>(s)); break;
    case NodeKind::ImportFrom: import_from(static_cast<const ImportFrom*>(s)); break;
    case NodeKind::Global:
    case NodeKind::Nonlocal: break;
    case NodeKind::Expr: visit_stmt_expr(static_cast<const Expr*>(s)->value); break;
    case NodeKind::Pass: addop(op::NOP); break;
    case NodeKind::Break: break_stmt(); break;
    case NodeKind::Continue: continue_stmt(); break;
    case NodeKind::With: with_stmt(static_cast<const With*>(s), 0); break;
    case NodeKind::AsyncWith: async_with_stmt(static_cast<const AsyncWith*>(s), 0); break;
    default: break;
  }
}

void Compiler::visit_stmt_expr(const expr* value) {
  if (interactive_ && nestlevel_ <= 1) {
    visit_expr(value);
    addop(op::PRINT_EXPR);
    return;
  }
  if (value->node_kind == NodeKind::Constant) {
    addop(op::NOP);
    return;
  }
  visit_expr(value);
  unset_loc();
  addop(op::POP_TOP);
}

void Compiler::delete_stmt(const Delete* s) { visit_exprs(s->targets); }

void Compiler::assign_stmt(const Assign* s) {
  size_t n = s->targets.size();
  visit_expr(s->value);
  for (size_t i = 0; i < n; ++i) {
    if (i < n - 1) addop_i(op::COPY, 1);
    visit_expr(s->targets[i]);
  }
}

void Compiler::raise_stmt(const Raise* s) {
  int n = 0;
  if (s->exc) {
    visit_expr(s->exc);
    ++n;
    if (s->cause) {
      visit_expr(s->cause);
      ++n;
    }
  }
  addop_i(op::RAISE_VARARGS, n);
}

// ---- frame blocks -----------------------------------------------------------------------------

void Compiler::push_fblock(FBlock fb) {
  if (static_cast<int>(u().fblocks.size()) >= kMaxBlocks) error("too many statically nested blocks");
  u().fblocks.push_back(std::move(fb));
}

void Compiler::pop_fblock(FBlockType, Block*) { u().fblocks.pop_back(); }

void Compiler::unwind_fblock(const FBlock& info, bool preserve_tos) {
  switch (info.type) {
    case FBlockType::WhileLoop:
    case FBlockType::ExceptionHandler:
    case FBlockType::ExceptionGroupHandler:
    case FBlockType::AsyncComprehensionGenerator:
      return;
    case FBlockType::ForLoop:
      if (preserve_tos) addop_i(op::SWAP, 2);
      addop(op::POP_TOP);
      return;
    case FBlockType::TryExcept:
      addop(op::POP_BLOCK);
      return;
    case FBlockType::FinallyTry: {
      addop(op::POP_BLOCK);
      if (preserve_tos) push_fblock(FBlock{FBlockType::PopValue});
      visit_stmts(*info.body);
      if (preserve_tos) pop_fblock(FBlockType::PopValue, nullptr);
      unset_loc();
      return;
    }
    case FBlockType::FinallyEnd:
      if (preserve_tos) addop_i(op::SWAP, 2);
      addop(op::POP_TOP);
      if (preserve_tos) addop_i(op::SWAP, 2);
      addop(op::POP_BLOCK);
      addop(op::POP_EXCEPT);
      return;
    case FBlockType::With:
    case FBlockType::AsyncWith:
      set_loc(info.stmt);
      addop(op::POP_BLOCK);
      if (preserve_tos) addop_i(op::SWAP, 2);
      call_exit_with_nones();
      if (info.type == FBlockType::AsyncWith) {
        addop_i(op::GET_AWAITABLE, 2);
        load_const(Value::none());
        add_yield_from(true);
      }
      addop(op::POP_TOP);
      unset_loc();
      return;
    case FBlockType::HandlerCleanup:
      if (info.has_name) addop(op::POP_BLOCK);
      if (preserve_tos) addop_i(op::SWAP, 2);
      addop(op::POP_BLOCK);
      addop(op::POP_EXCEPT);
      if (info.has_name) {
        load_const(Value::none());
        nameop(info.name, expr_context::Store);
        nameop(info.name, expr_context::Del);
      }
      return;
    case FBlockType::PopValue:
      if (preserve_tos) addop_i(op::SWAP, 2);
      addop(op::POP_TOP);
      return;
  }
}

void Compiler::unwind_fblock_stack(bool preserve_tos, FBlock* loop, bool* found_loop) {
  if (u().fblocks.empty()) return;
  FBlock top = u().fblocks.back();
  if (top.type == FBlockType::ExceptionGroupHandler)
    error("'break', 'continue' and 'return' cannot appear in an except* block");
  if (loop && (top.type == FBlockType::WhileLoop || top.type == FBlockType::ForLoop)) {
    *loop = top;
    *found_loop = true;
    return;
  }
  u().fblocks.pop_back();
  unwind_fblock(top, preserve_tos);
  unwind_fblock_stack(preserve_tos, loop, found_loop);
  u().fblocks.push_back(top);
}

void Compiler::return_stmt(const Return* s) {
  bool preserve_tos = s->value && s->value->node_kind != NodeKind::Constant;
  if (u().ste->type != BlockType::Function) error("'return' outside function");
  if (s->value && u().ste->coroutine && u().ste->generator) error("'return' with value in async generator");
  if (preserve_tos) {
    visit_expr(s->value);
  } else if (s->value) {
    set_loc(s->value);
    addop(op::NOP);
  }
  if (!s->value || s->value->lineno != s->lineno) {
    set_loc(s);
    addop(op::NOP);
  }
  unwind_fblock_stack(preserve_tos, nullptr, nullptr);
  if (!s->value) {
    load_const(Value::none());
  } else if (!preserve_tos) {
    load_const(const_value(s->value));
  }
  addop(op::RETURN_VALUE);
}

void Compiler::break_stmt() {
  FBlock loop{FBlockType::WhileLoop};
  bool found = false;
  addop(op::NOP);
  unwind_fblock_stack(false, &loop, &found);
  if (!found) error("'break' outside loop");
  unwind_fblock(loop, false);
  addop_j(op::JUMP, loop.exit);
}

void Compiler::continue_stmt() {
  FBlock loop{FBlockType::WhileLoop};
  bool found = false;
  addop(op::NOP);
  unwind_fblock_stack(false, &loop, &found);
  if (!found) error("'continue' not properly in loop");
  addop_j(op::JUMP, loop.block);
}

void Compiler::if_stmt(const If* s) {
  Block* end = new_block();
  Block* next = s->orelse.empty() ? end : new_block();
  jump_if(s->test, next, false);
  visit_stmts(s->body);
  if (!s->orelse.empty()) {
    addop_j_noline(op::JUMP, end);
    use_next_block(next);
    visit_stmts(s->orelse);
  }
  use_next_block(end);
}

void Compiler::for_stmt(const For* s) {
  Block* start = new_block();
  Block* body = new_block();
  Block* cleanup = new_block();
  Block* end = new_block();
  push_fblock(FBlock{FBlockType::ForLoop, start, end});
  visit_expr(s->iter);
  addop(op::GET_ITER);
  use_next_block(start);
  addop_j(op::FOR_ITER, cleanup);
  use_next_block(body);
  visit_expr(s->target);
  visit_stmts(s->body);
  unset_loc();
  addop_j(op::JUMP, start);
  use_next_block(cleanup);
  pop_fblock(FBlockType::ForLoop, start);
  visit_stmts(s->orelse);
  use_next_block(end);
}

void Compiler::async_for_stmt(const AsyncFor* s) {
  if (u().scope_type != ScopeType::AsyncFunction) error("'async for' outside async function");
  Block* start = new_block();
  Block* except = new_block();
  Block* end = new_block();
  visit_expr(s->iter);
  addop(op::GET_AITER);
  use_next_block(start);
  push_fblock(FBlock{FBlockType::ForLoop, start, end});
  addop_j(op::SETUP_FINALLY, except);
  addop(op::GET_ANEXT);
  load_const(Value::none());
  add_yield_from(true);
  addop(op::POP_BLOCK);
  visit_expr(s->target);
  visit_stmts(s->body);
  unset_loc();
  addop_j(op::JUMP, start);
  pop_fblock(FBlockType::ForLoop, start);
  use_next_block(except);
  set_loc(s->iter);
  addop(op::END_ASYNC_FOR);
  visit_stmts(s->orelse);
  use_next_block(end);
}

void Compiler::while_stmt(const While* s) {
  Block* loop = new_block();
  Block* body = new_block();
  Block* anchor = new_block();
  Block* end = new_block();
  use_next_block(loop);
  push_fblock(FBlock{FBlockType::WhileLoop, loop, end});
  jump_if(s->test, anchor, false);
  use_next_block(body);
  visit_stmts(s->body);
  set_loc(s);
  jump_if(s->test, body, true);
  pop_fblock(FBlockType::WhileLoop, loop);
  use_next_block(anchor);
  visit_stmts(s->orelse);
  use_next_block(end);
}

// ---- try / except / finally --------------------------------------------------------------------

void Compiler::pop_except_and_reraise() {
  addop_i(op::COPY, 3);
  addop(op::POP_EXCEPT);
  addop_i(op::RERAISE, 1);
}

void Compiler::try_stmt(const stmt* s) {
  auto* t = static_cast<const Try*>(s);
  if (!t->finalbody.empty())
    try_finally(s);
  else
    try_except(s);
}

void Compiler::try_finally(const stmt* s) {
  auto* t = static_cast<const Try*>(s);
  Block* body = new_block();
  Block* end = new_block();
  Block* exit = new_block();
  Block* cleanup = new_block();
  addop_j(op::SETUP_FINALLY, end);
  use_next_block(body);
  FBlock fb{FBlockType::FinallyTry, body, end};
  fb.body = &t->finalbody;
  push_fblock(fb);
  if (!t->handlers.empty())
    try_except(s);
  else
    visit_stmts(t->body);
  addop_noline(op::POP_BLOCK);
  pop_fblock(FBlockType::FinallyTry, body);
  visit_stmts(t->finalbody);
  addop_j_noline(op::JUMP, exit);
  use_next_block(end);
  unset_loc();
  addop_j(op::SETUP_CLEANUP, cleanup);
  addop(op::PUSH_EXC_INFO);
  push_fblock(FBlock{FBlockType::FinallyEnd, end});
  visit_stmts(t->finalbody);
  pop_fblock(FBlockType::FinallyEnd, end);
  addop_i(op::RERAISE, 0);
  use_next_block(cleanup);
  pop_except_and_reraise();
  use_next_block(exit);
}

void Compiler::try_except(const stmt* s) {
  auto* t = static_cast<const Try*>(s);
  Block* body = new_block();
  Block* except = new_block();
  Block* end = new_block();
  Block* cleanup = new_block();
  addop_j(op::SETUP_FINALLY, except);
  use_next_block(body);
  push_fblock(FBlock{FBlockType::TryExcept, body});
  visit_stmts(t->body);
  pop_fblock(FBlockType::TryExcept, body);
  addop_noline(op::POP_BLOCK);
  if (!t->orelse.empty()) visit_stmts(t->orelse);
  addop_j_noline(op::JUMP, end);
  size_t n = t->handlers.size();
  use_next_block(except);
  unset_loc();
  addop_j(op::SETUP_CLEANUP, cleanup);
  addop(op::PUSH_EXC_INFO);
  push_fblock(FBlock{FBlockType::ExceptionHandler});
  for (size_t i = 0; i < n; ++i) {
    auto* handler = static_cast<const ExceptHandler*>(t->handlers[i]);
    set_loc(handler);
    if (!handler->type && i < n - 1) error("default 'except:' must be last");
    except = new_block();
    if (handler->type) {
      visit_expr(handler->type);
      addop(op::CHECK_EXC_MATCH);
      addop_j(op::POP_JUMP_IF_FALSE, except);
    }
    if (!is_none(handler->name)) {
      std::string name(handler->name);
      Block* cleanup_end = new_block();
      Block* cleanup_body = new_block();
      nameop(name, expr_context::Store);
      addop_j(op::SETUP_CLEANUP, cleanup_end);
      use_next_block(cleanup_body);
      FBlock fb{FBlockType::HandlerCleanup, cleanup_body};
      fb.name = name;
      fb.has_name = true;
      push_fblock(fb);
      visit_stmts(handler->body);
      pop_fblock(FBlockType::HandlerCleanup, cleanup_body);
      unset_loc();
      addop(op::POP_BLOCK);
      addop(op::POP_BLOCK);
      addop(op::POP_EXCEPT);
      load_const(Value::none());
      nameop(name, expr_context::Store);
      nameop(name, expr_context::Del);
      addop_j(op::JUMP, end);
      use_next_block(cleanup_end);
      unset_loc();
      load_const(Value::none());
      nameop(name, expr_context::Store);
      nameop(name, expr_context::Del);
      addop_i(op::RERAISE, 1);
    } else {
      Block* cleanup_body = new_block();
      addop(op::POP_TOP);
      use_next_block(cleanup_body);
      push_fblock(FBlock{FBlockType::HandlerCleanup, cleanup_body});
      visit_stmts(handler->body);
      pop_fblock(FBlockType::HandlerCleanup, cleanup_body);
      unset_loc();
      addop(op::POP_BLOCK);
      addop(op::POP_EXCEPT);
      addop_j(op::JUMP, end);
    }
    use_next_block(except);
  }
  unset_loc();
  pop_fblock(FBlockType::ExceptionHandler, nullptr);
  addop_i(op::RERAISE, 0);
  use_next_block(cleanup);
  pop_except_and_reraise();
  use_next_block(end);
}

void Compiler::try_star(const TryStar* s) {
  if (!s->finalbody.empty())
    try_star_finally(s);
  else
    try_star_except(s);
}

void Compiler::try_star_finally(const TryStar* s) {
  Block* body = new_block();
  Block* end = new_block();
  Block* exit = new_block();
  Block* cleanup = new_block();
  addop_j(op::SETUP_FINALLY, end);
  use_next_block(body);
  FBlock fb{FBlockType::FinallyTry, body, end};
  fb.body = &s->finalbody;
  push_fblock(fb);
  if (!s->handlers.empty())
    try_star_except(s);
  else
    visit_stmts(s->body);
  addop_noline(op::POP_BLOCK);
  pop_fblock(FBlockType::FinallyTry, body);
  visit_stmts(s->finalbody);
  addop_j_noline(op::JUMP, exit);
  use_next_block(end);
  unset_loc();
  addop_j(op::SETUP_CLEANUP, cleanup);
  addop(op::PUSH_EXC_INFO);
  push_fblock(FBlock{FBlockType::FinallyEnd, end});
  visit_stmts(s->finalbody);
  pop_fblock(FBlockType::FinallyEnd, end);
  addop_i(op::RERAISE, 0);
  use_next_block(cleanup);
  pop_except_and_reraise();
  use_next_block(exit);
}

// try: ... except* T as e: ... -- each handler splits the exception group
// (CHECK_EG_MATCH); what the handlers raise is collected in a list, and
// PREP_RERAISE_STAR combines it with the unhandled rest at the end.
void Compiler::try_star_except(const TryStar* s) {
  Block* body = new_block();
  Block* except = new_block();
  Block* orelse = new_block();
  Block* end = new_block();
  Block* cleanup = new_block();
  Block* reraise_star = new_block();
  addop_j(op::SETUP_FINALLY, except);
  use_next_block(body);
  push_fblock(FBlock{FBlockType::TryExcept, body});
  visit_stmts(s->body);
  pop_fblock(FBlockType::TryExcept, body);
  addop_noline(op::POP_BLOCK);
  addop_j_noline(op::JUMP, orelse);
  size_t n = s->handlers.size();
  use_next_block(except);
  unset_loc();
  addop_j(op::SETUP_CLEANUP, cleanup);
  addop(op::PUSH_EXC_INFO);
  push_fblock(FBlock{FBlockType::ExceptionGroupHandler});
  for (size_t i = 0; i < n; ++i) {
    auto* handler = static_cast<const ExceptHandler*>(s->handlers[i]);
    set_loc(handler);
    except = new_block();
    Block* except_with_error = new_block();
    Block* no_match = new_block();
    if (i == 0) {
      addop_i(op::COPY, 1);
      addop_i(op::BUILD_LIST, 0);
      addop_i(op::SWAP, 2);
    }
    if (handler->type) {
      visit_expr(handler->type);
      addop(op::CHECK_EG_MATCH);
      addop_i(op::COPY, 1);
      addop_j(op::POP_JUMP_IF_NONE, no_match);
    }
    Block* cleanup_end = new_block();
    Block* cleanup_body = new_block();
    bool has_name = !is_none(handler->name);
    std::string name = has_name ? std::string(handler->name) : std::string();
    if (has_name)
      nameop(name, expr_context::Store);
    else
      addop(op::POP_TOP);
    addop_j(op::SETUP_CLEANUP, cleanup_end);
    use_next_block(cleanup_body);
    FBlock fb{FBlockType::HandlerCleanup, cleanup_body};
    fb.name = name;
    fb.has_name = has_name;
    push_fblock(fb);
    visit_stmts(handler->body);
    pop_fblock(FBlockType::HandlerCleanup, cleanup_body);
    unset_loc();
    addop(op::POP_BLOCK);
    if (has_name) {
      load_const(Value::none());
      nameop(name, expr_context::Store);
      nameop(name, expr_context::Del);
    }
    addop_j(op::JUMP, except);
    use_next_block(cleanup_end);
    unset_loc();
    if (has_name) {
      load_const(Value::none());
      nameop(name, expr_context::Store);
      nameop(name, expr_context::Del);
    }
    addop_i(op::LIST_APPEND, 3);
    addop(op::POP_TOP);
    addop_j(op::JUMP, except_with_error);
    use_next_block(except);
    addop(op::NOP);
    addop_j(op::JUMP, except_with_error);
    use_next_block(no_match);
    addop(op::POP_TOP);
    use_next_block(except_with_error);
    if (i == n - 1) {
      addop_i(op::LIST_APPEND, 1);
      addop_j(op::JUMP, reraise_star);
    }
  }
  unset_loc();
  pop_fblock(FBlockType::ExceptionGroupHandler, nullptr);
  Block* reraise = new_block();
  use_next_block(reraise_star);
  addop(op::PREP_RERAISE_STAR);
  addop_i(op::COPY, 1);
  addop_j(op::POP_JUMP_IF_NOT_NONE, reraise);
  addop(op::POP_TOP);
  addop(op::POP_BLOCK);
  addop(op::POP_EXCEPT);
  addop_j(op::JUMP, end);
  use_next_block(reraise);
  addop(op::POP_BLOCK);
  addop_i(op::SWAP, 2);
  addop(op::POP_EXCEPT);
  addop_i(op::RERAISE, 0);
  use_next_block(cleanup);
  pop_except_and_reraise();
  use_next_block(orelse);
  visit_stmts(s->orelse);
  use_next_block(end);
}

// ---- with -----------------------------------------------------------------------------------------

void Compiler::call_exit_with_nones() {
  load_const(Value::none());
  load_const(Value::none());
  load_const(Value::none());
  addop_i(op::PRECALL, 2);
  addop_i(op::CALL, 2);
}

void Compiler::with_except_finish(Block* cleanup) {
  unset_loc();
  Block* exit = new_block();
  addop_j(op::POP_JUMP_IF_TRUE, exit);
  addop_i(op::RERAISE, 2);
  use_next_block(cleanup);
  pop_except_and_reraise();
  use_next_block(exit);
  addop(op::POP_TOP);
  addop(op::POP_BLOCK);
  addop(op::POP_EXCEPT);
  addop(op::POP_TOP);
  addop(op::POP_TOP);
}

void Compiler::with_stmt(const With* s, size_t pos) {
  const withitem* item = s->items[pos];
  Block* block = new_block();
  Block* final = new_block();
  Block* exit = new_block();
  Block* cleanup = new_block();
  visit_expr(item->context_expr);
  addop(op::BEFORE_WITH);
  addop_j(op::SETUP_WITH, final);
  use_next_block(block);
  FBlock fb{FBlockType::With, block, final};
  fb.stmt = s;
  push_fblock(fb);
  if (item->optional_vars)
    visit_expr(item->optional_vars);
  else
    addop(op::POP_TOP);
  ++pos;
  if (pos == s->items.size())
    visit_stmts(s->body);
  else
    with_stmt(s, pos);
  unset_loc();
  addop(op::POP_BLOCK);
  pop_fblock(FBlockType::With, block);
  set_loc(s);
  call_exit_with_nones();
  addop(op::POP_TOP);
  addop_j(op::JUMP, exit);
  use_next_block(final);
  addop_j(op::SETUP_CLEANUP, cleanup);
  addop(op::PUSH_EXC_INFO);
  addop(op::WITH_EXCEPT_START);
  with_except_finish(cleanup);
  use_next_block(exit);
}

void Compiler::async_with_stmt(const AsyncWith* s, size_t pos) {
  const withitem* item = s->items[pos];
  if (u().scope_type != ScopeType::AsyncFunction) error("'async with' outside async function");
  Block* block = new_block();
  Block* final = new_block();
  Block* exit = new_block();
  Block* cleanup = new_block();
  visit_expr(item->context_expr);
  addop(op::BEFORE_ASYNC_WITH);
  addop_i(op::GET_AWAITABLE, 1);
  load_const(Value::none());
  add_yield_from(true);
  addop_j(op::SETUP_WITH, final);
  use_next_block(block);
  FBlock fb{FBlockType::AsyncWith, block, final};
  fb.stmt = s;
  push_fblock(fb);
  if (item->optional_vars)
    visit_expr(item->optional_vars);
  else
    addop(op::POP_TOP);
  ++pos;
  if (pos == s->items.size())
    visit_stmts(s->body);
  else
    async_with_stmt(s, pos);
  pop_fblock(FBlockType::AsyncWith, block);
  addop(op::POP_BLOCK);
  set_loc(s);
  call_exit_with_nones();
  addop_i(op::GET_AWAITABLE, 2);
  load_const(Value::none());
  add_yield_from(true);
  addop(op::POP_TOP);
  addop_j(op::JUMP, exit);
  use_next_block(final);
  addop_j(op::SETUP_CLEANUP, cleanup);
  addop(op::PUSH_EXC_INFO);
  addop(op::WITH_EXCEPT_START);
  addop_i(op::GET_AWAITABLE, 2);
  load_const(Value::none());
  add_yield_from(true);
  with_except_finish(cleanup);
  use_next_block(exit);
}

// ---- assert, import ---------------------------------------------------------------------------------

void Compiler::assert_stmt(const Assert* s) {
  if ((s->test->node_kind == NodeKind::Tuple && !static_cast<const Tuple*>(s->test)->elts.empty()) ||
      (is_const(s->test) && const_value(s->test).kind() == Value::Kind::Tuple &&
       !const_value(s->test).items().empty())) {
    warn("assertion is always true, perhaps remove parentheses?");
  }
  if (options_.optimize) return;
  Block* end = new_block();
  jump_if(s->test, end, true);
  addop(op::LOAD_ASSERTION_ERROR);
  if (s->msg) {
    visit_expr(s->msg);
    addop_i(op::PRECALL, 0);
    addop_i(op::CALL, 0);
  }
  addop_i(op::RAISE_VARARGS, 1);
  use_next_block(end);
}

void Compiler::import_as(const std::string& name, const std::string& asname) {
  size_t dot = name.find('.');
  if (dot != std::string::npos) {
    while (true) {
      size_t pos = dot + 1;
      dot = name.find('.', pos);
      std::string attr = name.substr(pos, dot == std::string::npos ? std::string::npos : dot - pos);
      addop_n(op::IMPORT_FROM, attr);
      if (dot == std::string::npos) break;
      addop_i(op::SWAP, 2);
      addop(op::POP_TOP);
    }
    nameop(asname, expr_context::Store);
    addop(op::POP_TOP);
    return;
  }
  nameop(asname, expr_context::Store);
}

void Compiler::import_stmt(const Import* s) {
  for (alias* a : s->names) {
    std::string name(a->name);
    load_const(Value::integer(0));
    load_const(Value::none());
    addop_name(op::IMPORT_NAME, name);
    if (!is_none(a->asname)) {
      import_as(name, std::string(a->asname));
    } else {
      size_t dot = name.find('.');
      nameop(dot == std::string::npos ? name : name.substr(0, dot), expr_context::Store);
    }
  }
}

void Compiler::import_from(const ImportFrom* s) {
  load_const(Value::integer(s->level));
  std::vector<Value> names;
  for (alias* a : s->names) names.push_back(Value::str(std::string(a->name)));
  if (s->lineno > future_lineno_ && !is_none(s->module) && s->module == "__future__")
    error("from __future__ imports must occur at the beginning of the file");
  load_identifier_const(Value::tuple(std::move(names)));
  addop_name(op::IMPORT_NAME, is_none(s->module) ? std::string() : std::string(s->module));
  for (size_t i = 0; i < s->names.size(); ++i) {
    alias* a = s->names[i];
    if (i == 0 && !a->name.empty() && a->name[0] == '*') {
      addop(op::IMPORT_STAR);
      return;
    }
    addop_name(op::IMPORT_FROM, std::string(a->name));
    nameop(std::string(is_none(a->asname) ? a->name : a->asname), expr_context::Store);
  }
  addop(op::POP_TOP);
}

// ---- augmented and annotated assignment ----------------------------------------------------------------

namespace {

int binary_oparg(operator_ o, bool inplace) {
  int v = 0;
  switch (o) {
    case operator_::Add: v = 0; break;
    case operator_::BitAnd: v = 1; break;
    case operator_::FloorDiv: v = 2; break;
    case operator_::LShift: v = 3; break;
    case operator_::MatMult: v = 4; break;
    case operator_::Mult: v = 5; break;
    case operator_::Mod: v = 6; break;
    case operator_::BitOr: v = 7; break;
    case operator_::Pow: v = 8; break;
    case operator_::RShift: v = 9; break;
    case operator_::Sub: v = 10; break;
    case operator_::Div: v = 11; break;
    case operator_::BitXor: v = 12; break;
  }
  return inplace ? v + 13 : v;
}

}  // namespace

void Compiler::augassign(const AugAssign* s) {
  const expr* e = s->target;
  Loc old = u().loc;
  set_loc(e);
  switch (e->node_kind) {
    case NodeKind::Attribute: {
      auto* a = static_cast<const Attribute*>(e);
      visit_expr(a->value);
      addop_i(op::COPY, 1);
      update_start_location_to_match_attr(a);
      addop_name(op::LOAD_ATTR, std::string(a->attr));
      break;
    }
    case NodeKind::Subscript: {
      auto* sub = static_cast<const Subscript*>(e);
      visit_expr(sub->value);
      visit_expr(sub->slice);
      addop_i(op::COPY, 2);
      addop_i(op::COPY, 2);
      addop(op::BINARY_SUBSCR);
      break;
    }
    case NodeKind::Name:
      nameop(std::string(static_cast<const Name*>(e)->id), expr_context::Load);
      break;
    default:
      error("invalid node type for augmented assignment");
  }
  u().loc = old;
  visit_expr(s->value);
  addop_i(op::BINARY_OP, binary_oparg(s->op, true));
  set_loc(e);
  switch (e->node_kind) {
    case NodeKind::Attribute: {
      auto* a = static_cast<const Attribute*>(e);
      update_start_location_to_match_attr(a);
      addop_i(op::SWAP, 2);
      addop_name(op::STORE_ATTR, std::string(a->attr));
      break;
    }
    case NodeKind::Subscript:
      addop_i(op::SWAP, 3);
      addop_i(op::SWAP, 2);
      addop(op::STORE_SUBSCR);
      break;
    default:
      nameop(std::string(static_cast<const Name*>(e)->id), expr_context::Store);
      break;
  }
}

void Compiler::check_ann_expr(const expr* e) {
  visit_expr(e);
  addop(op::POP_TOP);
}

void Compiler::check_annotation(const AnnAssign* s) {
  if (future_annotations()) return;
  if (u().scope_type == ScopeType::Module || u().scope_type == ScopeType::Class) check_ann_expr(s->annotation);
}

void Compiler::check_ann_subscr(const expr* e) {
  switch (e->node_kind) {
    case NodeKind::Slice: {
      auto* s = static_cast<const Slice*>(e);
      if (s->lower) check_ann_expr(s->lower);
      if (s->upper) check_ann_expr(s->upper);
      if (s->step) check_ann_expr(s->step);
      return;
    }
    case NodeKind::Tuple:
      for (expr* x : static_cast<const Tuple*>(e)->elts) check_ann_subscr(x);
      return;
    default:
      check_ann_expr(e);
  }
}

void Compiler::annassign(const AnnAssign* s) {
  const expr* targ = s->target;
  if (s->value) {
    visit_expr(s->value);
    visit_expr(targ);
  }
  switch (targ->node_kind) {
    case NodeKind::Name: {
      auto* n = static_cast<const Name*>(targ);
      forbidden_name(std::string(n->id), expr_context::Store);
      if (s->simple && (u().scope_type == ScopeType::Module || u().scope_type == ScopeType::Class)) {
        if (future_annotations())
          visit_annexpr(s->annotation);
        else
          visit_expr(s->annotation);
        addop_name(op::LOAD_NAME, "__annotations__");
        std::string key = mangle(std::string(n->id));
        register_strings(Value::str(key), key == n->id);  // a mangled name is a new string
        load_const(Value::str(key));
        addop(op::STORE_SUBSCR);
      }
      break;
    }
    case NodeKind::Attribute: {
      auto* a = static_cast<const Attribute*>(targ);
      forbidden_name(std::string(a->attr), expr_context::Store);
      if (!s->value) check_ann_expr(a->value);
      break;
    }
    case NodeKind::Subscript: {
      auto* sub = static_cast<const Subscript*>(targ);
      if (!s->value) {
        check_ann_expr(sub->value);
        check_ann_subscr(sub->slice);
      }
      break;
    }
    default:
      error("invalid node type for annotated assignment");
  }
  if (!s->simple) check_annotation(s);
}

// ---- functions and classes ------------------------------------------------------------------------------

void Compiler::check_debug_args(const arguments* args) {
  for (arg* a : args->posonlyargs) forbidden_name(std::string(a->arg), expr_context::Store);
  for (arg* a : args->args) forbidden_name(std::string(a->arg), expr_context::Store);
  if (args->vararg) forbidden_name(std::string(args->vararg->arg), expr_context::Store);
  for (arg* a : args->kwonlyargs) forbidden_name(std::string(a->arg), expr_context::Store);
  if (args->kwarg) forbidden_name(std::string(args->kwarg->arg), expr_context::Store);
}

void Compiler::decorators(const Seq<expr*>& decos) { visit_exprs(decos); }

bool Compiler::kwonly_defaults(const arguments* args) {
  std::vector<Value> keys;
  for (size_t i = 0; i < args->kwonlyargs.size(); ++i) {
    arg* a = args->kwonlyargs[i];
    expr* d = i < args->kw_defaults.size() ? args->kw_defaults[i] : nullptr;
    if (d) {
      std::string key = mangle(std::string(a->arg));
      register_strings(Value::str(key), key == a->arg);
      keys.push_back(Value::str(key));
      visit_expr(d);
    }
  }
  if (keys.empty()) return false;
  int n = static_cast<int>(keys.size());
  load_const(Value::tuple(std::move(keys)));
  addop_i(op::BUILD_CONST_KEY_MAP, n);
  return true;
}

int Compiler::default_arguments(const arguments* args) {
  int flags = 0;
  if (!args->defaults.empty()) {
    visit_exprs(args->defaults);
    addop_i(op::BUILD_TUPLE, static_cast<int>(args->defaults.size()));
    flags |= 0x01;
  }
  if (!args->kwonlyargs.empty() && kwonly_defaults(args)) flags |= 0x02;
  return flags;
}

void Compiler::visit_annexpr(const expr* e) {
  load_const(Value::str(unparse_annotation(e, optimizer_)));
}

void Compiler::visit_arg_annotation(const std::string& id, const expr* annotation, int& len) {
  if (!annotation) return;
  std::string key = mangle(id);
  register_strings(Value::str(key), key == id);
  load_const(Value::str(key));
  if (future_annotations()) {
    visit_annexpr(annotation);
  } else if (annotation->node_kind == NodeKind::Starred) {
    visit_expr(static_cast<const Starred*>(annotation)->value);
    addop_i(op::UNPACK_SEQUENCE, 1);
  } else {
    visit_expr(annotation);
  }
  len += 2;
}

bool Compiler::visit_annotations(const arguments* args, const expr* returns) {
  int len = 0;
  for (arg* a : args->args) visit_arg_annotation(std::string(a->arg), a->annotation, len);
  for (arg* a : args->posonlyargs) visit_arg_annotation(std::string(a->arg), a->annotation, len);
  if (args->vararg && args->vararg->annotation)
    visit_arg_annotation(std::string(args->vararg->arg), args->vararg->annotation, len);
  for (arg* a : args->kwonlyargs) visit_arg_annotation(std::string(a->arg), a->annotation, len);
  if (args->kwarg && args->kwarg->annotation)
    visit_arg_annotation(std::string(args->kwarg->arg), args->kwarg->annotation, len);
  visit_arg_annotation("return", returns, len);
  if (len) {
    addop_i(op::BUILD_TUPLE, len);
    return true;
  }
  return false;
}

int Compiler::lookup_arg(const NameIndex& dict, const std::string& name) { return dict.find(name); }

void Compiler::make_closure(const std::shared_ptr<CodeUnit>& co, int flags) {
  std::vector<std::string> frees = co->freevars();
  if (!frees.empty()) {
    for (const std::string& name : frees) {
      int reftype;
      if (u().scope_type == ScopeType::Class && name == "__class__")
        reftype = symtable::CELL;
      else
        reftype = scope_of(name);
      int arg;
      if (reftype == symtable::CELL) {
        arg = lookup_arg(u().cellvars, name);
      } else {
        arg = lookup_arg(u().freevars, name);
        if (arg >= 0) arg += static_cast<int>(u().cellvars.size());
      }
      if (arg < 0) error("internal: closure lookup failed for " + name);
      addop_i(op::LOAD_CLOSURE, arg);
    }
    flags |= 0x08;
    addop_i(op::BUILD_TUPLE, static_cast<int>(frees.size()));
  }
  load_const(Value::code(co));
  addop_i(op::MAKE_FUNCTION, flags);
}

void Compiler::function_def(const stmt* s, bool is_async) {
  const arguments* args;
  const expr* returns;
  const Seq<expr*>* decos;
  std::string name;
  const Seq<stmt*>* fbody;
  if (is_async) {
    auto* f = static_cast<const AsyncFunctionDef*>(s);
    args = f->args, returns = f->returns, decos = &f->decorator_list, name = f->name, fbody = &f->body;
  } else {
    auto* f = static_cast<const FunctionDef*>(s);
    args = f->args, returns = f->returns, decos = &f->decorator_list, name = f->name, fbody = &f->body;
  }
  check_debug_args(args);
  decorators(*decos);
  int firstlineno = s->lineno;
  if (!decos->empty()) firstlineno = (*decos)[0]->lineno;
  int funcflags = default_arguments(args);
  if (visit_annotations(args, returns)) funcflags |= 0x04;
  enter_scope(name, is_async ? ScopeType::AsyncFunction : ScopeType::Function, s, firstlineno);
  const ast::Constant* doc = options_.optimize < 2 ? docstring_of(*fbody, optimizer_) : nullptr;
  add_const(doc ? optimizer_.value(doc) : Value::none());
  u().argcount = static_cast<int>(args->args.size());
  u().posonlyargcount = static_cast<int>(args->posonlyargs.size());
  u().kwonlyargcount = static_cast<int>(args->kwonlyargs.size());
  for (size_t i = doc ? 1 : 0; i < fbody->size(); ++i) visit_stmt((*fbody)[i]);
  auto co = assemble(true);
  exit_scope();
  make_closure(co, funcflags);
  for (size_t i = decos->size(); i-- > 0;) {
    set_loc((*decos)[i]);
    addop_i(op::PRECALL, 0);
    addop_i(op::CALL, 0);
  }
  set_loc(s);
  nameop(name, expr_context::Store);
}

void Compiler::class_def(const ClassDef* s) {
  decorators(s->decorator_list);
  int firstlineno = s->lineno;
  if (!s->decorator_list.empty()) firstlineno = s->decorator_list[0]->lineno;
  std::string name(s->name);
  enter_scope(name, ScopeType::Class, s, firstlineno);
  u().has_private = true;
  u().private_name = name;
  nameop("__name__", expr_context::Load);
  nameop("__module__", expr_context::Store);
  // A top-level class's qualified name is its name's (interned) object.
  register_strings(Value::str(u().qualname), u().qualname == name);
  load_const(Value::str(u().qualname));
  nameop("__qualname__", expr_context::Store);
  body(s->body);
  unset_loc();
  if (u().ste->needs_class_closure) {
    int i = lookup_arg(u().cellvars, "__class__");
    addop_i(op::LOAD_CLOSURE, i);
    addop_i(op::COPY, 1);
    nameop("__classcell__", expr_context::Store);
  } else {
    load_const(Value::none());
  }
  addop(op::RETURN_VALUE);
  auto co = assemble(true);
  exit_scope();
  addop(op::PUSH_NULL);
  addop(op::LOAD_BUILD_CLASS);
  make_closure(co, 0);
  load_identifier_const(Value::str(name));
  call_helper(2, s->bases, s->keywords);
  for (size_t i = s->decorator_list.size(); i-- > 0;) {
    set_loc(s->decorator_list[i]);
    addop_i(op::PRECALL, 0);
    addop_i(op::CALL, 0);
  }
  set_loc(s);
  nameop(name, expr_context::Store);
}

int Compiler::compute_code_flags() {
  const symtable::Entry* ste = u().ste;
  int flags = 0;
  if (ste->type == BlockType::Function) {
    flags |= CO_NEWLOCALS | CO_OPTIMIZED;
    if (ste->nested) flags |= CO_NESTED;
    if (ste->generator && !ste->coroutine) flags |= CO_GENERATOR;
    if (!ste->generator && ste->coroutine) flags |= CO_COROUTINE;
    if (ste->generator && ste->coroutine) flags |= CO_ASYNC_GENERATOR;
    if (ste->varargs) flags |= CO_VARARGS;
    if (ste->varkeywords) flags |= CO_VARKEYWORDS;
  }
  flags |= future_features_ &
           (CO_FUTURE_DIVISION | CO_FUTURE_ABSOLUTE_IMPORT | CO_FUTURE_WITH_STATEMENT |
            CO_FUTURE_PRINT_FUNCTION | CO_FUTURE_UNICODE_LITERALS | CO_FUTURE_BARRY_AS_BDFL |
            CO_FUTURE_GENERATOR_STOP | CO_FUTURE_ANNOTATIONS);
  return flags;
}

}  // namespace cc

// ---- public entry points ---------------------------------------------------------------------

bool compile_module(const ast::mod* tree, const SourceText& source, std::string filename,
                    std::shared_ptr<CodeUnit>& out, SyntaxErrorInfo& err, const CompileOptions& options,
                    std::vector<CompileWarning>* warnings, bool* recursion_error) {
  cc::Compiler c(source, std::move(filename), options, err, warnings);
  out = c.compile(tree);
  if (recursion_error) *recursion_error = c.recursion_error();
  return out != nullptr;
}

}  // namespace glasspy
