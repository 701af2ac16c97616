// Symbol table construction and scope analysis; see symtable.h.
#include "compiler/symtable.h"

#include <algorithm>
#include <set>

#include "compiler/ast_opt.h"

namespace glasspy::symtable {

using namespace glasspy::ast;

// ---- SymbolMap ------------------------------------------------------------------

int SymbolMap::get(const std::string& name) const {
  auto it = index_.find(name);
  return it == index_.end() ? 0 : items_[it->second].second;
}

void SymbolMap::set(const std::string& name, int flags) {
  auto it = index_.find(name);
  if (it != index_.end()) {
    items_[it->second].second = flags;
    return;
  }
  index_.emplace(name, items_.size());
  items_.emplace_back(name, flags);
}

// ---- helpers ----------------------------------------------------------------------

std::string mangle(std::string_view class_name, std::string_view name) {
  if (class_name.empty() || name.size() < 2 || name[0] != '_' || name[1] != '_')
    return std::string(name);
  if ((name.size() >= 2 && name[name.size() - 1] == '_' && name[name.size() - 2] == '_') ||
      name.find('.') != std::string_view::npos)
    return std::string(name);
  size_t strip = 0;
  while (strip < class_name.size() && class_name[strip] == '_') ++strip;
  if (strip == class_name.size()) return std::string(name);
  std::string out = "_";
  out += class_name.substr(strip);
  out += name;
  return out;
}

std::string error_line(const SourceText& source, int lineno) {
  if (lineno < 1) return {};
  // CPython re-reads the line from the file; "<string>" and "<stdin>" are
  // not files, so errors in `-c` and stdin programs quote no line.
  const std::string& f = source.filename;
  if (!f.empty() && f.front() == '<' && f.back() == '>') return {};
  const std::string& s = source.utf8;
  size_t pos = 0;
  for (int l = 1; l < lineno; ++l) {
    size_t nl = s.find('\n', pos);
    if (nl == std::string::npos) return {};
    pos = nl + 1;
  }
  if (pos >= s.size()) return {};
  size_t nl = s.find('\n', pos);
  std::string line = nl == std::string::npos ? s.substr(pos) : s.substr(pos, nl - pos + 1);
  if (lineno == 1 && source.bom) line = "\xEF\xBB\xBF" + line;
  if (line.size() > 999) line.erase(0, 999 * ((line.size() - 1) / 999));
  return line;
}

void set_error(SyntaxErrorInfo& err, const SourceText& source, std::string msg, int lineno,
               int col_offset, int end_lineno, int end_col_offset) {
  err = SyntaxErrorInfo{};
  err.kind = SyntaxErrorKind::SyntaxError;
  err.msg = std::move(msg);
  err.filename = source.filename;
  err.lineno = lineno;
  err.offset = col_offset + 1;
  err.end_lineno = end_lineno;
  err.end_offset = end_col_offset + 1;
  err.text = error_line(source, lineno);
  err.has_text = !err.text.empty();  // error_line gives "" where CPython has None
}

namespace {

Location loc_of(const Node* n) {
  return Location{n->lineno, n->col_offset, n->end_lineno, n->end_col_offset};
}

std::string str(Identifier id) { return std::string(id); }

}  // namespace

// ---- the first pass -----------------------------------------------------------------

class Builder {
 public:
  Builder(SymbolTable& table, const SourceText& source, bool future_annotations, SyntaxErrorInfo& err)
      : t_(table), source_(source), future_annotations_(future_annotations), err_(err) {}

  bool run(const mod* tree);

 private:
  SymbolTable& t_;
  const SourceText& source_;
  bool future_annotations_;
  SyntaxErrorInfo& err_;
  std::vector<Entry*> stack_;
  Entry* cur_ = nullptr;
  SymbolMap* global_ = nullptr;
  std::string private_;  // the enclosing class's name, for mangling
  bool failed_ = false;
  int depth_ = 0;  // statement and expression nesting, as symtable.c counts it

  struct Nest {
    explicit Nest(int& d) : d_(d) {
      if (++d_ > kCompileRecursionLimit) throw CompileRecursionError{};
    }
    ~Nest() { --d_; }
    int& d_;
  };

  bool error(std::string msg, const Location& l) {
    set_error(err_, source_, std::move(msg), l.lineno, l.col_offset, l.end_lineno, l.end_col_offset);
    failed_ = true;
    return false;
  }
  bool error_at(std::string msg, const Node* n) { return error(std::move(msg), loc_of(n)); }

  bool enter_block(std::string name, BlockType type, const void* key, const Location& loc);
  bool exit_block();
  bool add_def(const std::string& name, int flag, const Location& loc) {
    return add_def_in(name, flag, cur_, loc);
  }
  bool add_def_in(const std::string& name, int flag, Entry* ste, const Location& loc);
  int lookup(const std::string& name) { return cur_->symbols.get(mangle(private_, name)); }
  void record_directive(const std::string& name, const Location& loc) {
    cur_->directives.emplace_back(mangle(private_, name), loc);
  }

  bool visit_stmt(const stmt* s);
  bool visit_expr(const expr* e);
  bool visit_stmts(const Seq<stmt*>& s) {
    for (stmt* x : s)
      if (!visit_stmt(x)) return false;
    return true;
  }
  bool visit_exprs(const Seq<expr*>& s) {
    for (expr* x : s)
      if (x && !visit_expr(x)) return false;
    return true;
  }
  bool visit_function(const stmt* s, Identifier name, const arguments* args, const Seq<stmt*>& body,
                      const Seq<expr*>& decorators, const expr* returns, bool is_async);
  bool visit_arguments(const arguments* a);
  bool visit_params(const Seq<arg*>& args);
  bool visit_annotation(const expr* annotation);
  bool visit_arg_annotations(const Seq<arg*>& args);
  bool visit_annotations(const stmt* s, const arguments* a, const expr* returns);
  bool visit_alias(const alias* a);
  bool visit_pattern(const pattern* p);
  bool visit_comprehension(const expr* e, const char* scope_name, const Seq<comprehension*>& gens,
                           const expr* elt, const expr* value);
  bool extend_namedexpr_scope(const expr* target);
  bool raise_if_annotation_block(const char* what, const expr* e);
  bool raise_if_comprehension_block(const expr* e);
};

bool Builder::enter_block(std::string name, BlockType type, const void* key, const Location& loc) {
  auto owned = std::make_unique<Entry>();
  Entry* ste = owned.get();
  ste->name = std::move(name);
  ste->type = type;
  ste->key = key;
  ste->loc = loc;
  if (cur_ && (cur_->nested || cur_->type == BlockType::Function)) ste->nested = true;
  t_.entries_.push_back(std::move(owned));
  t_.by_key_[key] = ste;
  stack_.push_back(ste);
  Entry* prev = cur_;
  if (prev) ste->comp_iter_expr = prev->comp_iter_expr;
  cur_ = ste;
  if (type == BlockType::Annotation) return true;
  if (type == BlockType::Module) global_ = &ste->symbols;
  if (prev) prev->children.push_back(ste);
  return true;
}

bool Builder::exit_block() {
  stack_.pop_back();
  cur_ = stack_.empty() ? nullptr : stack_.back();
  return true;
}

bool Builder::add_def_in(const std::string& name, int flag, Entry* ste, const Location& loc) {
  std::string mangled = mangle(private_, name);
  int val;
  if (ste->symbols.contains(mangled)) {
    val = ste->symbols.get(mangled);
    if ((flag & DEF_PARAM) && (val & DEF_PARAM))
      return error("duplicate argument '" + name + "' in function definition", loc);
    val |= flag;
  } else {
    val = flag;
  }
  if (ste->comp_iter_target) {
    if (val & (DEF_GLOBAL | DEF_NONLOCAL))
      return error("comprehension inner loop cannot rebind assignment expression target '" + name + "'",
                   loc);
    val |= DEF_COMP_ITER;
  }
  ste->symbols.set(mangled, val);
  if (flag & DEF_PARAM) {
    ste->varnames.push_back(mangled);
  } else if (flag & DEF_GLOBAL) {
    int g = flag | global_->get(mangled);
    global_->set(mangled, g);
  }
  return true;
}

bool Builder::run(const mod* tree) {
  enter_block("top", BlockType::Module, tree, Location{0, 0, 0, 0});
  t_.top_ = cur_;
  bool ok = true;
  switch (tree->node_kind) {
    case NodeKind::Module:
      ok = visit_stmts(static_cast<const Module*>(tree)->body);
      break;
    case NodeKind::Interactive:
      ok = visit_stmts(static_cast<const Interactive*>(tree)->body);
      break;
    case NodeKind::Expression:
      ok = visit_expr(static_cast<const Expression*>(tree)->body);
      break;
    default:
      break;
  }
  if (!ok) return false;
  exit_block();
  return true;
}

bool Builder::visit_function(const stmt* s, Identifier name, const arguments* args,
                             const Seq<stmt*>& body, const Seq<expr*>& decorators,
                             const expr* returns, bool is_async) {
  if (!add_def(str(name), DEF_LOCAL, loc_of(s))) return false;
  if (!visit_exprs(args->defaults)) return false;
  if (!visit_exprs(args->kw_defaults)) return false;
  if (!visit_annotations(s, args, returns)) return false;
  if (!visit_exprs(decorators)) return false;
  enter_block(str(name), BlockType::Function, s, loc_of(s));
  if (is_async) cur_->coroutine = true;
  if (!visit_arguments(args)) return false;
  if (!visit_stmts(body)) return false;
  return exit_block();
}

bool Builder::visit_params(const Seq<arg*>& args) {
  for (arg* a : args)
    if (!add_def(str(a->arg), DEF_PARAM, loc_of(a))) return false;
  return true;
}

bool Builder::visit_arguments(const arguments* a) {
  if (!visit_params(a->posonlyargs)) return false;
  if (!visit_params(a->args)) return false;
  if (!visit_params(a->kwonlyargs)) return false;
  if (a->vararg) {
    if (!add_def(str(a->vararg->arg), DEF_PARAM, loc_of(a->vararg))) return false;
    cur_->varargs = true;
  }
  if (a->kwarg) {
    if (!add_def(str(a->kwarg->arg), DEF_PARAM, loc_of(a->kwarg))) return false;
    cur_->varkeywords = true;
  }
  return true;
}

bool Builder::visit_annotation(const expr* annotation) {
  if (future_annotations_)
    enter_block("_annotation", BlockType::Annotation, annotation, loc_of(annotation));
  if (!visit_expr(annotation)) return false;
  if (future_annotations_) exit_block();
  return true;
}

bool Builder::visit_arg_annotations(const Seq<arg*>& args) {
  for (arg* a : args)
    if (a->annotation && !visit_expr(a->annotation)) return false;
  return true;
}

bool Builder::visit_annotations(const stmt* s, const arguments* a, const expr* returns) {
  if (future_annotations_) enter_block("_annotation", BlockType::Annotation, s, loc_of(s));
  if (!visit_arg_annotations(a->posonlyargs)) return false;
  if (!visit_arg_annotations(a->args)) return false;
  if (a->vararg && a->vararg->annotation && !visit_expr(a->vararg->annotation)) return false;
  if (a->kwarg && a->kwarg->annotation && !visit_expr(a->kwarg->annotation)) return false;
  if (!visit_arg_annotations(a->kwonlyargs)) return false;
  if (future_annotations_) exit_block();
  if (returns && !visit_annotation(returns)) return false;
  return true;
}

bool Builder::visit_alias(const alias* a) {
  Identifier name = is_none(a->asname) ? a->name : a->asname;
  std::string n = str(name);
  if (n != "*") {
    size_t dot = n.find('.');
    std::string store = dot == std::string::npos ? n : n.substr(0, dot);
    return add_def(store, DEF_IMPORT, loc_of(a));
  }
  if (cur_->type != BlockType::Module)
    return error_at("import * only allowed at module level", a);
  return true;
}

bool Builder::visit_stmt(const stmt* s) {
  Nest nest(depth_);
  switch (s->node_kind) {
    case NodeKind::FunctionDef: {
      auto* f = static_cast<const FunctionDef*>(s);
      return visit_function(s, f->name, f->args, f->body, f->decorator_list, f->returns, false);
    }
    case NodeKind::AsyncFunctionDef: {
      auto* f = static_cast<const AsyncFunctionDef*>(s);
      return visit_function(s, f->name, f->args, f->body, f->decorator_list, f->returns, true);
    }
    case NodeKind::ClassDef: {
      auto* c = static_cast<const ClassDef*>(s);
      if (!add_def(str(c->name), DEF_LOCAL, loc_of(s))) return false;
      if (!visit_exprs(c->bases)) return false;
      for (keyword* k : c->keywords)
        if (!visit_expr(k->value)) return false;
      if (!visit_exprs(c->decorator_list)) return false;
      enter_block(str(c->name), BlockType::Class, s, loc_of(s));
      std::string saved = private_;
      private_ = str(c->name);
      if (!visit_stmts(c->body)) return false;
      private_ = saved;
      return exit_block();
    }
    case NodeKind::Return: {
      auto* r = static_cast<const Return*>(s);
      if (r->value) {
        if (!visit_expr(r->value)) return false;
        cur_->returns_value = true;
      }
      return true;
    }
    case NodeKind::Delete:
      return visit_exprs(static_cast<const Delete*>(s)->targets);
    case NodeKind::Assign: {
      auto* a = static_cast<const Assign*>(s);
      return visit_exprs(a->targets) && visit_expr(a->value);
    }
    case NodeKind::AnnAssign: {
      auto* a = static_cast<const AnnAssign*>(s);
      if (auto* n = as<const Name>(a->target)) {
        std::string id = str(n->id);
        int cur = lookup(id);
        if ((cur & (DEF_GLOBAL | DEF_NONLOCAL)) && &cur_->symbols != global_ && a->simple) {
          return error_at(std::string("annotated name '") + id + "' can't be " +
                              ((cur & DEF_GLOBAL) ? "global" : "nonlocal"),
                          s);
        }
        if (a->simple) {
          if (!add_def(id, DEF_ANNOT | DEF_LOCAL, loc_of(n))) return false;
        } else if (a->value) {
          if (!add_def(id, DEF_LOCAL, loc_of(n))) return false;
        }
      } else {
        if (!visit_expr(a->target)) return false;
      }
      if (!visit_annotation(a->annotation)) return false;
      if (a->value && !visit_expr(a->value)) return false;
      return true;
    }
    case NodeKind::AugAssign: {
      auto* a = static_cast<const AugAssign*>(s);
      return visit_expr(a->target) && visit_expr(a->value);
    }
    case NodeKind::For:
    case NodeKind::AsyncFor: {
      auto* f = static_cast<const For*>(s);  // same layout as AsyncFor
      if (s->node_kind == NodeKind::AsyncFor) {
        auto* af = static_cast<const AsyncFor*>(s);
        return visit_expr(af->target) && visit_expr(af->iter) && visit_stmts(af->body) &&
               visit_stmts(af->orelse);
      }
      return visit_expr(f->target) && visit_expr(f->iter) && visit_stmts(f->body) &&
             visit_stmts(f->orelse);
    }
    case NodeKind::While: {
      auto* w = static_cast<const While*>(s);
      return visit_expr(w->test) && visit_stmts(w->body) && visit_stmts(w->orelse);
    }
    case NodeKind::If: {
      auto* i = static_cast<const If*>(s);
      return visit_expr(i->test) && visit_stmts(i->body) && visit_stmts(i->orelse);
    }
    case NodeKind::Match: {
      auto* m = static_cast<const Match*>(s);
      if (!visit_expr(m->subject)) return false;
      for (match_case* c : m->cases) {
        if (!visit_pattern(c->pattern)) return false;
        if (c->guard && !visit_expr(c->guard)) return false;
        if (!visit_stmts(c->body)) return false;
      }
      return true;
    }
    case NodeKind::Raise: {
      auto* r = static_cast<const Raise*>(s);
      if (r->exc && !visit_expr(r->exc)) return false;
      if (r->cause && !visit_expr(r->cause)) return false;
      return true;
    }
    case NodeKind::Try:
    case NodeKind::TryStar: {
      const Seq<stmt*>* body;
      const Seq<excepthandler*>* handlers;
      const Seq<stmt*>* orelse;
      const Seq<stmt*>* finalbody;
      if (s->node_kind == NodeKind::Try) {
        auto* t = static_cast<const Try*>(s);
        body = &t->body, handlers = &t->handlers, orelse = &t->orelse, finalbody = &t->finalbody;
      } else {
        auto* t = static_cast<const TryStar*>(s);
        body = &t->body, handlers = &t->handlers, orelse = &t->orelse, finalbody = &t->finalbody;
      }
      if (!visit_stmts(*body) || !visit_stmts(*orelse)) return false;
      for (excepthandler* h : *handlers) {
        auto* eh = static_cast<const ExceptHandler*>(h);
        if (eh->type && !visit_expr(eh->type)) return false;
        if (!is_none(eh->name) && !add_def(str(eh->name), DEF_LOCAL, loc_of(eh))) return false;
        if (!visit_stmts(eh->body)) return false;
      }
      return visit_stmts(*finalbody);
    }
    case NodeKind::Assert: {
      auto* a = static_cast<const Assert*>(s);
      if (!visit_expr(a->test)) return false;
      return !a->msg || visit_expr(a->msg);
    }
    case NodeKind::Import:
      for (alias* a : static_cast<const Import*>(s)->names)
        if (!visit_alias(a)) return false;
      return true;
    case NodeKind::ImportFrom:
      for (alias* a : static_cast<const ImportFrom*>(s)->names)
        if (!visit_alias(a)) return false;
      return true;
    case NodeKind::Global:
    case NodeKind::Nonlocal: {
      bool global = s->node_kind == NodeKind::Global;
      const Seq<Identifier>& names =
          global ? static_cast<const Global*>(s)->names : static_cast<const Nonlocal*>(s)->names;
      const char* kind = global ? "global" : "nonlocal";
      for (Identifier id : names) {
        std::string name = str(id);
        int cur = lookup(name);
        if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
          std::string msg;
          if (cur & DEF_PARAM)
            msg = "name '" + name + "' is parameter and " + kind;
          else if (cur & USE)
            msg = "name '" + name + "' is used prior to " + kind + " declaration";
          else if (cur & DEF_ANNOT)
            msg = "annotated name '" + name + "' can't be " + kind;
          else
            msg = "name '" + name + "' is assigned to before " + kind + " declaration";
          return error_at(msg, s);
        }
        if (!add_def(name, global ? DEF_GLOBAL : DEF_NONLOCAL, loc_of(s))) return false;
        record_directive(name, loc_of(s));
      }
      return true;
    }
    case NodeKind::Expr:
      return visit_expr(static_cast<const Expr*>(s)->value);
    case NodeKind::Pass:
    case NodeKind::Break:
    case NodeKind::Continue:
      return true;
    case NodeKind::With:
    case NodeKind::AsyncWith: {
      const Seq<withitem*>& items = s->node_kind == NodeKind::With
                                        ? static_cast<const With*>(s)->items
                                        : static_cast<const AsyncWith*>(s)->items;
      const Seq<stmt*>& body = s->node_kind == NodeKind::With ? static_cast<const With*>(s)->body
                                                              : static_cast<const AsyncWith*>(s)->body;
      for (withitem* w : items) {
        if (!visit_expr(w->context_expr)) return false;
        if (w->optional_vars && !visit_expr(w->optional_vars)) return false;
      }
      return visit_stmts(body);
    }
    default:
      return true;
  }
}

bool Builder::raise_if_annotation_block(const char* what, const expr* e) {
  if (cur_->type == BlockType::Annotation)
    return error_at(std::string("'") + what + "' can not be used within an annotation", e);
  return true;
}

bool Builder::raise_if_comprehension_block(const expr* e) {
  const char* msg = "'yield' inside generator expression";
  switch (cur_->comprehension) {
    case Comprehension::List: msg = "'yield' inside list comprehension"; break;
    case Comprehension::Set: msg = "'yield' inside set comprehension"; break;
    case Comprehension::Dict: msg = "'yield' inside dict comprehension"; break;
    default: break;
  }
  return error_at(msg, e);
}

bool Builder::extend_namedexpr_scope(const expr* e) {
  std::string target = str(static_cast<const Name*>(e)->id);
  for (size_t i = stack_.size(); i-- > 0;) {
    Entry* ste = stack_[i];
    if (ste->comprehension != Comprehension::None) {
      if (ste->symbols.get(target) & DEF_COMP_ITER)
        return error_at("assignment expression cannot rebind comprehension iteration variable '" +
                            target + "'",
                        e);
      continue;
    }
    if (ste->type == BlockType::Function) {
      if (ste->symbols.get(target) & DEF_GLOBAL) {
        if (!add_def(target, DEF_GLOBAL, loc_of(e))) return false;
      } else {
        if (!add_def(target, DEF_NONLOCAL, loc_of(e))) return false;
      }
      record_directive(target, loc_of(e));
      return add_def_in(target, DEF_LOCAL, ste, loc_of(e));
    }
    if (ste->type == BlockType::Module) {
      if (!add_def(target, DEF_GLOBAL, loc_of(e))) return false;
      record_directive(target, loc_of(e));
      return add_def_in(target, DEF_GLOBAL, ste, loc_of(e));
    }
    if (ste->type == BlockType::Class)
      return error_at("assignment expression within a comprehension cannot be used in a class body", e);
  }
  return true;
}

bool Builder::visit_comprehension(const expr* e, const char* scope_name,
                                  const Seq<comprehension*>& gens, const expr* elt,
                                  const expr* value) {
  bool is_generator = e->node_kind == NodeKind::GeneratorExp;
  comprehension* outermost = gens[0];
  cur_->comp_iter_expr++;
  if (!visit_expr(outermost->iter)) return false;
  cur_->comp_iter_expr--;
  enter_block(scope_name, BlockType::Function, e, loc_of(e));
  switch (e->node_kind) {
    case NodeKind::ListComp: cur_->comprehension = Comprehension::List; break;
    case NodeKind::SetComp: cur_->comprehension = Comprehension::Set; break;
    case NodeKind::DictComp: cur_->comprehension = Comprehension::Dict; break;
    default: cur_->comprehension = Comprehension::Generator; break;
  }
  if (outermost->is_async) cur_->coroutine = true;
  if (!add_def(".0", DEF_PARAM, cur_->loc)) return false;
  cur_->comp_iter_target = true;
  if (!visit_expr(outermost->target)) return false;
  cur_->comp_iter_target = false;
  if (!visit_exprs(outermost->ifs)) return false;
  for (size_t i = 1; i < gens.size(); ++i) {
    comprehension* lc = gens[i];
    cur_->comp_iter_target = true;
    if (!visit_expr(lc->target)) return false;
    cur_->comp_iter_target = false;
    cur_->comp_iter_expr++;
    if (!visit_expr(lc->iter)) return false;
    cur_->comp_iter_expr--;
    if (!visit_exprs(lc->ifs)) return false;
    if (lc->is_async) cur_->coroutine = true;
  }
  if (value && !visit_expr(value)) return false;
  if (!visit_expr(elt)) return false;
  cur_->generator = is_generator;
  bool is_async = cur_->coroutine && !is_generator;
  exit_block();
  if (is_async) cur_->coroutine = true;
  return true;
}

bool Builder::visit_pattern(const pattern* p) {
  switch (p->node_kind) {
    case NodeKind::MatchValue:
      return visit_expr(static_cast<const MatchValue*>(p)->value);
    case NodeKind::MatchSingleton:
      return true;
    case NodeKind::MatchSequence:
      for (pattern* q : static_cast<const MatchSequence*>(p)->patterns)
        if (!visit_pattern(q)) return false;
      return true;
    case NodeKind::MatchStar: {
      auto* m = static_cast<const MatchStar*>(p);
      if (!is_none(m->name)) return add_def(str(m->name), DEF_LOCAL, loc_of(p));
      return true;
    }
    case NodeKind::MatchMapping: {
      auto* m = static_cast<const MatchMapping*>(p);
      if (!visit_exprs(m->keys)) return false;
      for (pattern* q : m->patterns)
        if (!visit_pattern(q)) return false;
      if (!is_none(m->rest)) return add_def(str(m->rest), DEF_LOCAL, loc_of(p));
      return true;
    }
    case NodeKind::MatchClass: {
      auto* m = static_cast<const MatchClass*>(p);
      if (!visit_expr(m->cls)) return false;
      for (pattern* q : m->patterns)
        if (!visit_pattern(q)) return false;
      for (pattern* q : m->kwd_patterns)
        if (!visit_pattern(q)) return false;
      return true;
    }
    case NodeKind::MatchAs: {
      auto* m = static_cast<const MatchAs*>(p);
      if (m->pattern && !visit_pattern(m->pattern)) return false;
      if (!is_none(m->name)) return add_def(str(m->name), DEF_LOCAL, loc_of(p));
      return true;
    }
    case NodeKind::MatchOr:
      for (pattern* q : static_cast<const MatchOr*>(p)->patterns)
        if (!visit_pattern(q)) return false;
      return true;
    default:
      return true;
  }
}

bool Builder::visit_expr(const expr* e) {
  Nest nest(depth_);
  switch (e->node_kind) {
    case NodeKind::NamedExpr: {
      auto* n = static_cast<const NamedExpr*>(e);
      if (!raise_if_annotation_block("named expression", e)) return false;
      if (cur_->comp_iter_expr > 0)
        return error_at("assignment expression cannot be used in a comprehension iterable expression", e);
      if (cur_->comprehension != Comprehension::None && !extend_namedexpr_scope(n->target)) return false;
      return visit_expr(n->value) && visit_expr(n->target);
    }
    case NodeKind::BoolOp:
      return visit_exprs(static_cast<const BoolOp*>(e)->values);
    case NodeKind::BinOp: {
      auto* b = static_cast<const BinOp*>(e);
      return visit_expr(b->left) && visit_expr(b->right);
    }
    case NodeKind::UnaryOp:
      return visit_expr(static_cast<const UnaryOp*>(e)->operand);
    case NodeKind::Lambda: {
      auto* l = static_cast<const Lambda*>(e);
      if (!visit_exprs(l->args->defaults)) return false;
      if (!visit_exprs(l->args->kw_defaults)) return false;
      enter_block("lambda", BlockType::Function, e, loc_of(e));
      if (!visit_arguments(l->args)) return false;
      if (!visit_expr(l->body)) return false;
      return exit_block();
    }
    case NodeKind::IfExp: {
      auto* i = static_cast<const IfExp*>(e);
      return visit_expr(i->test) && visit_expr(i->body) && visit_expr(i->orelse);
    }
    case NodeKind::Dict: {
      auto* d = static_cast<const Dict*>(e);
      return visit_exprs(d->keys) && visit_exprs(d->values);
    }
    case NodeKind::Set:
      return visit_exprs(static_cast<const Set*>(e)->elts);
    case NodeKind::GeneratorExp: {
      auto* g = static_cast<const GeneratorExp*>(e);
      return visit_comprehension(e, "genexpr", g->generators, g->elt, nullptr);
    }
    case NodeKind::ListComp: {
      auto* g = static_cast<const ListComp*>(e);
      return visit_comprehension(e, "listcomp", g->generators, g->elt, nullptr);
    }
    case NodeKind::SetComp: {
      auto* g = static_cast<const SetComp*>(e);
      return visit_comprehension(e, "setcomp", g->generators, g->elt, nullptr);
    }
    case NodeKind::DictComp: {
      auto* g = static_cast<const DictComp*>(e);
      return visit_comprehension(e, "dictcomp", g->generators, g->key, g->value);
    }
    case NodeKind::Yield:
    case NodeKind::YieldFrom: {
      if (!raise_if_annotation_block("yield expression", e)) return false;
      const expr* value = e->node_kind == NodeKind::Yield ? static_cast<const Yield*>(e)->value
                                                          : static_cast<const YieldFrom*>(e)->value;
      if (value && !visit_expr(value)) return false;
      cur_->generator = true;
      if (cur_->comprehension != Comprehension::None) return raise_if_comprehension_block(e);
      return true;
    }
    case NodeKind::Await: {
      if (!raise_if_annotation_block("await expression", e)) return false;
      if (!visit_expr(static_cast<const Await*>(e)->value)) return false;
      cur_->coroutine = true;
      return true;
    }
    case NodeKind::Compare: {
      auto* c = static_cast<const Compare*>(e);
      return visit_expr(c->left) && visit_exprs(c->comparators);
    }
    case NodeKind::Call: {
      auto* c = static_cast<const Call*>(e);
      if (!visit_expr(c->func) || !visit_exprs(c->args)) return false;
      for (keyword* k : c->keywords)
        if (k && !visit_expr(k->value)) return false;
      return true;
    }
    case NodeKind::FormattedValue: {
      auto* f = static_cast<const FormattedValue*>(e);
      if (!visit_expr(f->value)) return false;
      return !f->format_spec || visit_expr(f->format_spec);
    }
    case NodeKind::JoinedStr:
      return visit_exprs(static_cast<const JoinedStr*>(e)->values);
    case NodeKind::Constant:
      return true;
    case NodeKind::Attribute:
      return visit_expr(static_cast<const Attribute*>(e)->value);
    case NodeKind::Subscript: {
      auto* s = static_cast<const Subscript*>(e);
      return visit_expr(s->value) && visit_expr(s->slice);
    }
    case NodeKind::Starred:
      return visit_expr(static_cast<const Starred*>(e)->value);
    case NodeKind::Slice: {
      auto* s = static_cast<const Slice*>(e);
      if (s->lower && !visit_expr(s->lower)) return false;
      if (s->upper && !visit_expr(s->upper)) return false;
      if (s->step && !visit_expr(s->step)) return false;
      return true;
    }
    case NodeKind::Name: {
      auto* n = static_cast<const Name*>(e);
      if (!add_def(str(n->id), n->ctx == expr_context::Load ? USE : DEF_LOCAL, loc_of(e))) return false;
      if (n->ctx == expr_context::Load && cur_->type == BlockType::Function && n->id == "super") {
        if (!add_def("__class__", USE, loc_of(e))) return false;
      }
      return true;
    }
    case NodeKind::List:
      return visit_exprs(static_cast<const List*>(e)->elts);
    case NodeKind::Tuple:
      return visit_exprs(static_cast<const Tuple*>(e)->elts);
    default:
      return true;
  }
}

// ---- the second pass: scope analysis ------------------------------------------------

namespace {

using NameSet = std::set<std::string>;

class Analyzer {
 public:
  Analyzer(const SourceText& source, SyntaxErrorInfo& err) : source_(source), err_(err) {}

  bool analyze_block(Entry* ste, const NameSet* bound, NameSet& free, NameSet& global);

 private:
  const SourceText& source_;
  SyntaxErrorInfo& err_;

  bool error_at_directive(Entry* ste, const std::string& name, std::string msg) {
    for (auto& [n, l] : ste->directives) {
      if (n == name) {
        set_error(err_, source_, std::move(msg), l.lineno, l.col_offset, l.end_lineno, l.end_col_offset);
        return false;
      }
    }
    set_error(err_, source_, std::move(msg), 0, -1, 0, -1);
    return false;
  }

  bool analyze_name(Entry* ste, std::unordered_map<std::string, int>& scopes, const std::string& name,
                    int flags, NameSet* bound, NameSet& local, NameSet& free, NameSet& global);
};

bool Analyzer::analyze_name(Entry* ste, std::unordered_map<std::string, int>& scopes,
                            const std::string& name, int flags, NameSet* bound, NameSet& local,
                            NameSet& free, NameSet& global) {
  if (flags & DEF_GLOBAL) {
    if (flags & DEF_NONLOCAL)
      return error_at_directive(ste, name, "name '" + name + "' is nonlocal and global");
    scopes[name] = GLOBAL_EXPLICIT;
    global.insert(name);
    if (bound) bound->erase(name);
    return true;
  }
  if (flags & DEF_NONLOCAL) {
    if (!bound) return error_at_directive(ste, name, "nonlocal declaration not allowed at module level");
    if (!bound->count(name))
      return error_at_directive(ste, name, "no binding for nonlocal '" + name + "' found");
    scopes[name] = FREE;
    ste->has_free = true;
    free.insert(name);
    return true;
  }
  if (flags & DEF_BOUND) {
    scopes[name] = LOCAL;
    local.insert(name);
    global.erase(name);
    return true;
  }
  if (bound && bound->count(name)) {
    scopes[name] = FREE;
    ste->has_free = true;
    free.insert(name);
    return true;
  }
  if (global.count(name)) {
    scopes[name] = GLOBAL_IMPLICIT;
    return true;
  }
  if (ste->nested) ste->has_free = true;
  scopes[name] = GLOBAL_IMPLICIT;
  return true;
}

bool Analyzer::analyze_block(Entry* ste, const NameSet* bound_in, NameSet& free, NameSet& global) {
  // `bound` may be modified by analyze_name (a global declaration unbinds),
  // so the block works on its own copy, as CPython's callers pass copies.
  std::unique_ptr<NameSet> bound_copy = bound_in ? std::make_unique<NameSet>(*bound_in) : nullptr;
  NameSet* bound = bound_copy.get();
  NameSet local;
  std::unordered_map<std::string, int> scopes;
  NameSet newglobal, newfree, newbound;

  if (ste->type == BlockType::Class) {
    newglobal.insert(global.begin(), global.end());
    if (bound) newbound.insert(bound->begin(), bound->end());
  }
  for (auto& [name, flags] : ste->symbols.items()) {
    if (!analyze_name(ste, scopes, name, flags, bound, local, free, global)) return false;
  }
  if (ste->type != BlockType::Class) {
    if (ste->type == BlockType::Function) newbound.insert(local.begin(), local.end());
    if (bound) newbound.insert(bound->begin(), bound->end());
    newglobal.insert(global.begin(), global.end());
  } else {
    newbound.insert("__class__");
  }

  NameSet allfree;
  for (Entry* child : ste->children) {
    NameSet temp_bound = newbound, temp_global = newglobal, temp_free = newfree;
    if (!analyze_block(child, &temp_bound, temp_free, temp_global)) return false;
    allfree.insert(temp_free.begin(), temp_free.end());
    if (child->has_free || child->child_free) ste->child_free = true;
  }
  newfree.insert(allfree.begin(), allfree.end());

  if (ste->type == BlockType::Function) {
    for (auto& [name, scope] : scopes) {
      if (scope != LOCAL) continue;
      if (!newfree.count(name)) continue;
      scope = CELL;
      newfree.erase(name);
    }
  } else if (ste->type == BlockType::Class) {
    if (newfree.erase("__class__")) ste->needs_class_closure = true;
  }

  // update_symbols
  bool classflag = ste->type == BlockType::Class;
  for (auto& [name, flags] : ste->symbols.items()) {
    flags |= scopes[name] << kScopeOffset;
  }
  for (const std::string& name : newfree) {
    if (ste->symbols.contains(name)) {
      int v = ste->symbols.get(name);
      if (classflag && (v & (DEF_BOUND | DEF_GLOBAL))) ste->symbols.set(name, v | DEF_FREE_CLASS);
      continue;
    }
    if (bound && !bound->count(name)) continue;
    ste->symbols.set(name, FREE << kScopeOffset);
  }
  free.insert(newfree.begin(), newfree.end());
  return true;
}

}  // namespace

// ---- SymbolTable ----------------------------------------------------------------------

bool SymbolTable::build(const mod* tree, const SourceText& source, bool future_annotations,
                        SyntaxErrorInfo& err) {
  entries_.clear();
  by_key_.clear();
  top_ = nullptr;
  Builder builder(*this, source, future_annotations, err);
  if (!builder.run(tree)) return false;
  NameSet free, global;
  Analyzer analyzer(source, err);
  return analyzer.analyze_block(top_, nullptr, free, global);
}

Entry* SymbolTable::lookup(const void* key) const {
  auto it = by_key_.find(key);
  return it == by_key_.end() ? nullptr : it->second;
}

}  // namespace glasspy::symtable
