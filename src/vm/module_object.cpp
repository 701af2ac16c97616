// `module` objects (see module_object.h).
#include "vm/module_object.h"

#include <vector>

#include "objects/abstract.h"
#include "objects/builtin_function.h"
#include "objects/call.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/gc.h"
#include "objects/known_strings.h"
#include "objects/list.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "vm/import.h"
#include "vm/vm_strings.h"
#include "objects/weakref.h"

namespace glasspy {

bool is_instance_of_module(Object* o) { return is_subtype(o->type, &ModuleType); }

namespace {

int init_dict(ModuleObject* m, Object* name, Object* doc) {
  Object* d = m->md_dict;
  if (dict_set_item(d, ID(dunder_name), name) < 0) return -1;
  if (dict_set_item(d, ID(dunder_doc), doc) < 0) return -1;
  if (dict_set_item(d, VM_ID(dunder_package), None) < 0) return -1;
  if (dict_set_item(d, VM_ID(dunder_loader), None) < 0) return -1;
  if (dict_set_item(d, VM_ID(dunder_spec), None) < 0) return -1;
  if (is_str(name)) setref(m->md_name, newref(name));
  return 0;
}

Object* module_alloc(Type* type) {
  Object* o = type_generic_alloc(type, 0);
  if (!o) return nullptr;
  ModuleObject* m = as_module(o);
  m->md_dict = dict_new();
  if (!m->md_dict) {
    decref(o);
    return nullptr;
  }
  return o;
}

}  // namespace

Object* module_new(Object* name) {
  Object* o = module_alloc(&ModuleType);
  if (!o) return nullptr;
  if (init_dict(as_module(o), name, None) < 0) {
    decref(o);
    return nullptr;
  }
  return o;
}

Object* module_new_cstr(const char* name) {
  Object* n = str_from_cstr(name);
  if (!n) return nullptr;
  str_intern_in_place(&n);
  Object* m = module_new(n);
  decref(n);
  return m;
}

int module_add_functions(Object* module, MethodDef* defs) {
  Object* modname = dict_get_item(module_dict(module), ID(dunder_name));
  for (MethodDef* d = defs; d->name; ++d) {
    Object* f = builtin_function_new(d, module, modname);
    if (!f) return -1;
    int r = dict_set_item_cstr(module_dict(module), d->name, f);
    decref(f);
    if (r < 0) return -1;
  }
  return 0;
}

int module_add_object(Object* module, const char* name, Object* value) {
  return dict_set_item_cstr(module_dict(module), name, value);
}

namespace {

// The modules the interpreter watches at shutdown (borrowed; a module leaves
// the list when it dies, as a weak reference would see it die).
std::vector<Object*> watched_modules;

void module_dealloc(Object* o) {
  gc_untrack(o);
  clear_weakrefs_if_any(o);
  if (!watched_modules.empty()) std::erase(watched_modules, o);
  ModuleObject* m = as_module(o);
  clear_ref(m->md_dict);
  clear_ref(m->md_name);
  free_object(o);
}

int module_traverse(Object* o, visitproc visit, void* arg) {
  GLASSPY_VISIT(as_module(o)->md_dict);
  return 0;
}

int module_clear(Object* o) {
  // The dict is released, as CPython's module_clear does, but replaced by an
  // empty one: md_dict is never null.
  Object* empty = dict_new();
  if (!empty) {
    clear_error();
    dict_clear(as_module(o)->md_dict);
    return 0;
  }
  setref(as_module(o)->md_dict, empty);
  return 0;
}

Object* module_repr(Object* o) {
  ModuleObject* m = as_module(o);
  Object* name = dict_get_item(m->md_dict, ID(dunder_name));
  if (!name && error_occurred()) return nullptr;
  Object* shown = name ? name : nullptr;
  if (m->md_builtin) {
    return str_from_format("<module %R (built-in)>", shown ? shown : str_from_cstr("?"));
  }
  Object* file = dict_get_item(m->md_dict, ID(dunder_file));
  if (!file && error_occurred()) return nullptr;
  Object* qmark = nullptr;
  if (!shown) {
    qmark = str_from_cstr("?");
    if (!qmark) return nullptr;
    shown = qmark;
  }
  Object* r = file ? str_from_format("<module %R from %R>", shown, file)
                   : str_from_format("<module %R>", shown);
  xdecref(qmark);
  return r;
}

Object* module_getattro(Object* o, Object* name) {
  Object* attr = generic_getattr_suppress(o, name);
  if (attr || error_occurred()) return attr;
  ModuleObject* m = as_module(o);
  Object* getattr = dict_get_item(m->md_dict, ID(dunder_getattr));
  if (getattr) return call_function(getattr, name);
  if (error_occurred()) return nullptr;
  Object* mod_name = dict_get_item(m->md_dict, ID(dunder_name));
  if (mod_name && is_str(mod_name)) {
    if (module_is_initializing(o)) {
      format_error(&exc::AttributeError,
                   "partially initialized module '%U' has no attribute '%U' (most likely due to a "
                   "circular import)",
                   mod_name, name);
    } else {
      format_error(&exc::AttributeError, "module '%U' has no attribute '%U'", mod_name, name);
    }
  } else {
    if (error_occurred()) return nullptr;
    format_error(&exc::AttributeError, "module has no attribute '%U'", name);
  }
  // For the "Did you mean" suggestions the printer makes.
  Object* e = current_error();
  if (e && is_instance_of(e, &exc::AttributeError)) {
    AttributeErrorObject* ae = static_cast<AttributeErrorObject*>(e);
    setref(ae->name, newref(name));
    setref(ae->obj, newref(o));
  }
  return nullptr;
}

int module_init(Object* self, Object* args, Object* kwds) {
  static ArgParser parser{"module", {"name", "doc"}, 1, 2};
  Object* out[2];
  if (!parse_args_dict(parser, args, kwds, out)) return -1;
  if (!is_str(out[0])) {
    format_error(&exc::TypeError, "module() argument 'name' must be str, not %.200s",
                 out[0]->type->name);
    return -1;
  }
  return init_dict(as_module(self), out[0], out[1] ? out[1] : None);
}

Object* module_new_slot(Type* type, Object* args, Object* kwds) { return module_alloc(type); }

Object* module_dir(Object* self) {
  Object* d = get_attr(self, ID(dunder_dict));
  if (!d) return nullptr;
  Object* result;
  if (is_dict(d)) {
    Object* dirfunc = dict_get_item(d, ID(dunder_dir));
    if (dirfunc) {
      result = call_no_args(dirfunc);
    } else if (error_occurred()) {
      result = nullptr;
    } else {
      result = dict_keys_list(d);
    }
  } else {
    format_error(&exc::TypeError, "<module>.__dict__ is not a dictionary");
    result = nullptr;
  }
  decref(d);
  return result;
}

// module.__annotations__ lives in the module's dict: made empty on first
// read, as an `annotations` future-less module body would have made it.
Object* module_dict_checked(Object* self) {
  Object* d = get_attr(self, ID(dunder_dict));
  if (!d) return nullptr;
  if (!is_dict(d)) {
    decref(d);
    return format_error(&exc::TypeError, "<module>.__dict__ is not a dictionary");
  }
  return d;
}

Object* module_get_annotations(Object* self, void*) {
  Object* d = module_dict_checked(self);
  if (!d) return nullptr;
  Object* ann = dict_get_item(d, ID(dunder_annotations));
  if (ann) {
    incref(ann);
  } else if (!error_occurred()) {
    ann = dict_new();
    if (ann && dict_set_item(d, ID(dunder_annotations), ann) < 0) clear_ref(ann);
  }
  decref(d);
  return ann;
}

int module_set_annotations(Object* self, Object* value, void*) {
  Object* d = module_dict_checked(self);
  if (!d) return -1;
  int r;
  if (value) {
    r = dict_set_item(d, ID(dunder_annotations), value);
  } else {
    r = dict_del_item(d, ID(dunder_annotations));
    if (r < 0 && error_matches(&exc::KeyError)) {
      clear_error();
      set_error_object(&exc::AttributeError, ID(dunder_annotations));
    }
  }
  decref(d);
  return r;
}

GetSetDef module_getset[] = {
    {"__annotations__", module_get_annotations, module_set_annotations},
    {},
};

MemberDef module_members[] = {
    {"__dict__", MemberType::kObject, offsetof(ModuleObject, md_dict), true},
    {},
};

MethodDef module_methods[] = {
    MethodDef("__dir__", static_cast<NoArgsMethod>(module_dir), "__dir__() -> list\nspecialized dir() implementation"),
    {},
};

}  // namespace

Type ModuleType{{
    .name = "module",
    .basicsize = sizeof(ModuleObject),
    .dealloc = module_dealloc,
    .repr = module_repr,
    .getattro = module_getattro,
    .setattro = generic_setattr,
    .flags = tpflags::kHaveGC | tpflags::kBaseType,
    .doc = "Create a module object.\n\nThe name must be a string; the optional doc argument can have any type.",
    .traverse = module_traverse,
    .clear = module_clear,
    .weaklistoffset = offsetof(ModuleObject, md_weaklist),
    .methods = module_methods,
    .members = module_members,
    .getset = module_getset,
    .dictoffset = offsetof(ModuleObject, md_dict),
    .init = module_init,
    .new_ = module_new_slot,
}};

void module_watch(Object* m) { watched_modules.push_back(m); }

bool module_is_watched(Object* m) {
  for (Object* w : watched_modules) {
    if (w == m) return true;
  }
  return false;
}

std::vector<Object*> module_watched() { return watched_modules; }

void module_unwatch_all() { watched_modules.clear(); }

}  // namespace glasspy
