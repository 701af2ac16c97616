// `_contextvars`: Context, ContextVar and Token (PEP 567), behind
// contextvars.py and decimal's per-context state.
//
// A Context maps ContextVars to values.  Its mapping is a dict that is
// never changed once a Context holds it: ContextVar.set and reset build a
// changed copy and swap it in, so copy_context() can share the dict and
// later changes on either side stay invisible to the other (CPython gets
// the same semantics from an immutable HAMT; contexts hold few variables,
// so copying on write costs little).  Iteration follows the dict's order,
// where CPython's follows its HAMT's.
//
// Each thread has its own current Context, created empty on first use
// (a thread_local: contextvars are looked up far less often than the
// eval loop runs, so the lookup cost does not matter here).
#include "modules/contextvars_module.h"
#include "objects/abstract.h"
#include "objects/call.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/gc.h"
#include "objects/genericalias.h"
#include "objects/list.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "vm/module_object.h"

namespace glasspy {

namespace {

struct ContextObject : Object {
  Object* vars;  // dict ContextVar -> value, shared between copies, never mutated
  Object* prev;  // the context that was current before run() entered this one
  bool entered;
};

struct ContextVarObject : Object {
  Object* name;
  Object* default_value;  // null: none
};

struct TokenObject : Object {
  Object* ctx;
  Object* var;
  Object* old_value;  // the MISSING marker when the variable was unset
  bool used;
};

extern Type ContextType;
extern Type ContextVarType;
extern Type TokenType;
extern Type TokenMissingType;

ContextObject* as_ctx(Object* o) { return static_cast<ContextObject*>(o); }
ContextVarObject* as_var(Object* o) { return static_cast<ContextVarObject*>(o); }
TokenObject* as_token(Object* o) { return static_cast<TokenObject*>(o); }

// ---- Token.MISSING

Object* missing_marker = nullptr;  // made with the module, kept for good
Object* missing() { return missing_marker; }

Object* missing_repr(Object*) { return str_from_cstr("<Token.MISSING>"); }

Type TokenMissingType{{
    .name = "Token.MISSING",
    .basicsize = sizeof(Object),
    .repr = missing_repr,
    .getattro = generic_getattr,
}};

// ---- Context

thread_local Object* current_context = nullptr;

Object* context_alloc(Object* vars) {
  Object* o = type_generic_alloc(&ContextType, 0);
  if (!o) return nullptr;
  as_ctx(o)->vars = vars ? newref(vars) : dict_new();
  if (!as_ctx(o)->vars) {
    decref(o);
    return nullptr;
  }
  return o;
}

// The running thread's context, borrowed.
Object* current() {
  if (!current_context) current_context = context_alloc(nullptr);
  return current_context;
}

void context_dealloc(Object* o) {
  gc_untrack(o);
  clear_ref(as_ctx(o)->vars);
  clear_ref(as_ctx(o)->prev);
  free_object(o);
}

int context_traverse(Object* o, visitproc visit, void* arg) {
  for (Object* field : {as_ctx(o)->vars, as_ctx(o)->prev}) {
    if (field) {
      int r = visit(field, arg);
      if (r) return r;
    }
  }
  return 0;
}

int context_clear(Object* o) {
  clear_ref(as_ctx(o)->vars);
  clear_ref(as_ctx(o)->prev);
  return 0;
}

Object* context_new(Type*, Object* args, Object* kwds) {
  if ((args && tuple_size(args) > 0) || (kwds && dict_size(kwds) > 0)) {
    set_error(&exc::TypeError, "Context() does not accept any arguments");
    return nullptr;
  }
  return context_alloc(nullptr);
}

bool check_var_key(Object* key) {
  if (key->type == &ContextVarType) return true;
  format_error(&exc::TypeError, "a ContextVar key was expected, got %R", key);
  return false;
}

Object* context_getitem(Object* self, Object* key) {
  if (!check_var_key(key)) return nullptr;
  Object* v = dict_get_item(as_ctx(self)->vars, key);
  if (v) return newref(v);
  if (!error_occurred()) set_error_object(&exc::KeyError, key);
  return nullptr;
}

int context_contains(Object* self, Object* key) {
  if (!check_var_key(key)) return -1;
  return dict_contains(as_ctx(self)->vars, key);
}

ssize context_length(Object* self) { return dict_size(as_ctx(self)->vars); }

Object* context_iter(Object* self) { return get_iter(as_ctx(self)->vars); }

Object* context_get(Object* self, Object* const* args, ssize nargs) {
  if (!check_positional("get", nargs, 1, 2)) return nullptr;
  if (!check_var_key(args[0])) return nullptr;
  Object* v = dict_get_item(as_ctx(self)->vars, args[0]);
  if (v) return newref(v);
  if (error_occurred()) return nullptr;
  return newref(nargs > 1 ? args[1] : None);
}

Object* iterate_list(Object* list) {
  if (!list) return nullptr;
  Object* it = get_iter(list);
  decref(list);
  return it;
}

Object* context_keys(Object* self) { return iterate_list(dict_keys_list(as_ctx(self)->vars)); }
Object* context_values(Object* self) { return iterate_list(dict_values_list(as_ctx(self)->vars)); }
Object* context_items(Object* self) { return iterate_list(dict_items_list(as_ctx(self)->vars)); }
Object* context_copy(Object* self) { return context_alloc(as_ctx(self)->vars); }

Object* context_run(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (nargs < 1) {
    set_error(&exc::TypeError, "run() missing 1 required positional argument");
    return nullptr;
  }
  ContextObject* ctx = as_ctx(self);
  if (ctx->entered) return format_error(&exc::RuntimeError, "cannot enter context: %R is already entered", self);
  Object* prev = current();
  ctx->prev = newref(prev);
  ctx->entered = true;
  current_context = newref(self);
  Object* result = vectorcall(args[0], args + 1, static_cast<size_t>(nargs - 1), kwnames);
  Object* was = current_context;
  current_context = ctx->prev;  // the reference moves back to the slot
  ctx->prev = nullptr;
  ctx->entered = false;
  decref(was);
  return result;
}

Object* context_richcompare(Object* a, Object* b, int op) {
  if (b->type != &ContextType || (op != kEQ && op != kNE)) return newref(NotImplemented);
  int eq = rich_compare_bool(as_ctx(a)->vars, as_ctx(b)->vars, kEQ);
  if (eq < 0) return nullptr;
  return bool_from(op == kEQ ? eq : !eq);
}

MethodDef context_methods[] = {
    MethodDef("run", static_cast<FastKeywordsMethod>(context_run)),
    MethodDef("copy", static_cast<NoArgsMethod>(context_copy)),
    MethodDef("get", static_cast<FastMethod>(context_get)),
    MethodDef("keys", static_cast<NoArgsMethod>(context_keys)),
    MethodDef("values", static_cast<NoArgsMethod>(context_values)),
    MethodDef("items", static_cast<NoArgsMethod>(context_items)),
    {},
};

MappingMethods context_as_mapping = {
    .mp_length = context_length,
    .mp_subscript = context_getitem,
};

SequenceMethods context_as_sequence = {
    .sq_contains = context_contains,
};

Type ContextType{{
    .name = "_contextvars.Context",
    .basicsize = sizeof(ContextObject),
    .dealloc = context_dealloc,
    .as_sequence = &context_as_sequence,
    .as_mapping = &context_as_mapping,
    .hash = hash_not_implemented,
    .getattro = generic_getattr,
    .flags = tpflags::kHaveGC,
    .traverse = context_traverse,
    .clear = context_clear,
    .richcompare = context_richcompare,
    .iter = context_iter,
    .methods = context_methods,
    .new_ = context_new,
}};

// ---- ContextVar

Object* var_new(Type*, Object* args, Object* kwds) {
  ArgParser parser{"ContextVar", {"", "default"}, 1, 1};
  Object* a[2];
  if (!parse_args_dict(parser, args, kwds, a)) return nullptr;
  if (!is_str(a[0])) {
    set_error(&exc::TypeError, "context variable name must be a str");
    return nullptr;
  }
  Object* o = type_generic_alloc(&ContextVarType, 0);
  if (!o) return nullptr;
  as_var(o)->name = newref(a[0]);
  as_var(o)->default_value = a[1] ? newref(a[1]) : nullptr;
  return o;
}

void var_dealloc(Object* o) {
  gc_untrack(o);
  clear_ref(as_var(o)->name);
  clear_ref(as_var(o)->default_value);
  free_object(o);
}

int var_traverse(Object* o, visitproc visit, void* arg) {
  for (Object* field : {as_var(o)->name, as_var(o)->default_value}) {
    if (field) {
      int r = visit(field, arg);
      if (r) return r;
    }
  }
  return 0;
}

int var_clear(Object* o) {
  clear_ref(as_var(o)->default_value);
  return 0;
}

Object* var_repr(Object* self) {
  ContextVarObject* v = as_var(self);
  if (v->default_value)
    return str_from_format("<ContextVar name=%R default=%R at %p>", v->name, v->default_value, self);
  return str_from_format("<ContextVar name=%R at %p>", v->name, self);
}

Object* var_get(Object* self, Object* const* args, ssize nargs) {
  if (!check_positional("get", nargs, 0, 1)) return nullptr;
  Object* ctx = current();
  if (!ctx) return nullptr;
  Object* v = dict_get_item(as_ctx(ctx)->vars, self);
  if (v) return newref(v);
  if (error_occurred()) return nullptr;
  if (nargs > 0) return newref(args[0]);
  if (as_var(self)->default_value) return newref(as_var(self)->default_value);
  set_error_object(&exc::LookupError, self);
  return nullptr;
}

// Replaces the current context's mapping by a copy with `var` set to
// `value` (or removed when value is null).
int replace_binding(Object* ctx, Object* var, Object* value) {
  Object* vars = dict_copy(as_ctx(ctx)->vars);
  if (!vars) return -1;
  int r = value ? dict_set_item(vars, var, value) : dict_del_item(vars, var);
  if (r < 0) {
    decref(vars);
    return -1;
  }
  setref(as_ctx(ctx)->vars, vars);
  return 0;
}

Object* var_set(Object* self, Object* value) {
  Object* ctx = current();
  if (!ctx) return nullptr;
  Object* old = dict_get_item(as_ctx(ctx)->vars, self);
  if (!old && error_occurred()) return nullptr;
  Object* token = type_generic_alloc(&TokenType, 0);
  if (!token) return nullptr;
  as_token(token)->ctx = newref(ctx);
  as_token(token)->var = newref(self);
  as_token(token)->old_value = newref(old ? old : missing());
  if (replace_binding(ctx, self, value) < 0) {
    decref(token);
    return nullptr;
  }
  return token;
}

Object* var_reset(Object* self, Object* token_arg) {
  if (token_arg->type != &TokenType)
    return format_error(&exc::TypeError, "expected an instance of Token, got %R", token_arg);
  TokenObject* token = as_token(token_arg);
  if (token->used) return format_error(&exc::RuntimeError, "%R has already been used once", token_arg);
  if (token->var != self) return format_error(&exc::ValueError, "%R was created by a different ContextVar", token_arg);
  Object* ctx = current();
  if (!ctx) return nullptr;
  if (token->ctx != ctx) return format_error(&exc::ValueError, "%R was created in a different Context", token_arg);
  token->used = true;
  if (token->old_value == missing()) {
    int has = dict_contains(as_ctx(ctx)->vars, self);
    if (has < 0) return nullptr;
    if (has && replace_binding(ctx, self, nullptr) < 0) return nullptr;
  } else if (replace_binding(ctx, self, token->old_value) < 0) {
    return nullptr;
  }
  return newref(None);
}

Object* var_name(Object* self, void*) { return newref(as_var(self)->name); }

Object* class_getitem(Object* cls, Object* item) { return generic_alias_new(cls, item); }

MethodDef var_methods[] = {
    MethodDef("get", static_cast<FastMethod>(var_get)),
    MethodDef("set", static_cast<OneArgMethod>(var_set)),
    MethodDef("reset", static_cast<OneArgMethod>(var_reset)),
    MethodDef("__class_getitem__", static_cast<OneArgMethod>(class_getitem), nullptr, Binding::kClass),
    {},
};

GetSetDef var_getset[] = {
    {"name", var_name, nullptr, nullptr},
    {},
};

Type ContextVarType{{
    .name = "_contextvars.ContextVar",
    .basicsize = sizeof(ContextVarObject),
    .dealloc = var_dealloc,
    .repr = var_repr,
    .getattro = generic_getattr,
    .flags = tpflags::kHaveGC,
    .traverse = var_traverse,
    .clear = var_clear,
    .methods = var_methods,
    .getset = var_getset,
    .new_ = var_new,
}};

// ---- Token

Object* token_new(Type*, Object*, Object*) {
  set_error(&exc::RuntimeError, "Tokens can only be created by ContextVars");
  return nullptr;
}

void token_dealloc(Object* o) {
  gc_untrack(o);
  clear_ref(as_token(o)->ctx);
  clear_ref(as_token(o)->var);
  clear_ref(as_token(o)->old_value);
  free_object(o);
}

int token_traverse(Object* o, visitproc visit, void* arg) {
  for (Object* field : {as_token(o)->ctx, as_token(o)->var, as_token(o)->old_value}) {
    if (field) {
      int r = visit(field, arg);
      if (r) return r;
    }
  }
  return 0;
}

int token_clear(Object* o) {
  clear_ref(as_token(o)->ctx);
  clear_ref(as_token(o)->var);
  clear_ref(as_token(o)->old_value);
  return 0;
}

Object* token_repr(Object* self) {
  return str_from_format("<Token%s var=%R at %p>", as_token(self)->used ? " used" : "", as_token(self)->var, self);
}

Object* token_var(Object* self, void*) { return newref(as_token(self)->var); }
Object* token_old_value(Object* self, void*) { return newref(as_token(self)->old_value); }

MethodDef token_methods[] = {
    MethodDef("__class_getitem__", static_cast<OneArgMethod>(class_getitem), nullptr, Binding::kClass),
    {},
};

GetSetDef token_getset[] = {
    {"var", token_var, nullptr, nullptr},
    {"old_value", token_old_value, nullptr, nullptr},
    {},
};

Type TokenType{{
    .name = "_contextvars.Token",
    .basicsize = sizeof(TokenObject),
    .dealloc = token_dealloc,
    .repr = token_repr,
    .getattro = generic_getattr,
    .flags = tpflags::kHaveGC,
    .traverse = token_traverse,
    .clear = token_clear,
    .methods = token_methods,
    .getset = token_getset,
    .new_ = token_new,
}};

Object* copy_context(Object*) {
  Object* ctx = current();
  if (!ctx) return nullptr;
  return context_alloc(as_ctx(ctx)->vars);
}

MethodDef contextvars_functions[] = {
    MethodDef("copy_context", static_cast<NoArgsMethod>(copy_context)),
    {},
};

}  // namespace

Object* contextvars_module_create() {
  if (!missing_marker) {
    if (type_ready(&TokenMissingType) < 0) return nullptr;
    missing_marker = type_generic_alloc(&TokenMissingType, 0);
    if (!missing_marker) return nullptr;
  }
  if (type_ready(&ContextType) < 0 || type_ready(&ContextVarType) < 0 || type_ready(&TokenType) < 0) return nullptr;
  if (dict_set_item_cstr(TokenType.dict, "MISSING", missing()) < 0) return nullptr;
  Object* m = module_new_cstr("_contextvars");
  if (!m) return nullptr;
  as_module(m)->md_builtin = true;
  if (module_add_functions(m, contextvars_functions) < 0 ||
      module_add_object(m, "Context", static_cast<Object*>(&ContextType)) < 0 ||
      module_add_object(m, "ContextVar", static_cast<Object*>(&ContextVarType)) < 0 ||
      module_add_object(m, "Token", static_cast<Object*>(&TokenType)) < 0) {
    decref(m);
    return nullptr;
  }
  return m;
}

}  // namespace glasspy
