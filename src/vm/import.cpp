// The import system (see import.h), after CPython's Python/import.c and
// importlib._bootstrap.
#include "vm/import.h"

#include <sys/stat.h>

#include <fstream>
#include <iterator>
#include <map>
#include <set>
#include <string>

#include "objects/abstract.h"
#include "objects/call.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/known_strings.h"
#include "objects/list.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "vm/bytecode_cache.h"
#include "vm/code_object.h"
#include "vm/eval.h"
#include "vm/function_object.h"
#include "vm/interpreter.h"
#include "vm/module_object.h"
#include "vm/source_compiler.h"
#include "vm/vm_strings.h"

namespace glasspy {

namespace {

std::set<Object*>& initializing() {
  static std::set<Object*> modules;
  return modules;
}

std::map<std::string, const char*>& source_modules() {
  static std::map<std::string, const char*> sources;
  return sources;
}

std::map<std::string, Object* (*)()>& builtin_factories() {
  static std::map<std::string, Object* (*)()> factories;
  return factories;
}

Object* builtin_import_function = nullptr;

bool is_file(const std::string& path) {
  struct stat st;
  return ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

bool is_dir(const std::string& path) {
  struct stat st;
  return ::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

std::string join_path(const std::string& dir, const std::string& name) {
  if (dir.empty()) return name;
  if (dir.back() == '/') return dir + name;
  return dir + "/" + name;
}

void raise_module_not_found(Object* name, const std::string& message) {
  Object* msg = str_from_utf8(message);
  if (!msg) return;
  Object* args[2] = {msg, name};
  Object* kw = tuple_pack({ID(name)});
  if (!kw) {
    decref(msg);
    return;
  }
  Object* e = vectorcall(static_cast<Object*>(&exc::ModuleNotFoundError), args, 1, kw);
  decref(kw);
  decref(msg);
  if (!e) return;
  set_error_object(&exc::ModuleNotFoundError, e);
  decref(e);
}

// sys.modules[name] or null (no error) if absent.
Object* get_module(Object* name) {
  Object* modules = interpreter_modules();
  Object* m = dict_get_item(modules, name);
  return xnewref(m);
}

// Runs an embedded Python module (register_source_module).
Object* load_embedded_module(Object* name, const char* source) {
  Object* module = module_new(name);
  if (!module) return nullptr;
  Object* d = module_dict(module);
  std::string full = str_to_std(name);
  size_t dot = full.rfind('.');
  Object* package = str_from_utf8(dot == std::string::npos ? std::string() : full.substr(0, dot));
  if (!package || dict_set_item(d, ID(dunder_builtins), interpreter_builtins_dict()) < 0 ||
      dict_set_item(d, VM_ID(dunder_package), package) < 0) {
    xdecref(package);
    decref(module);
    return nullptr;
  }
  decref(package);
  Object* modules = interpreter_modules();
  if (dict_set_item(modules, name, module) < 0) {
    decref(module);
    return nullptr;
  }
  SourceCompileOptions options;
  options.origin = SourceOrigin::String;
  options.quote_lines = false;
  Object* code = compile_source(source, "<frozen " + str_to_std(name) + ">", options);
  Object* result = nullptr;
  if (code) {
    initializing().insert(module);
    result = eval_code(code, d, d);
    initializing().erase(module);
    decref(code);
  }
  if (!result) {
    Object* saved = fetch_error();
    if (dict_contains(modules, name) == 1) dict_del_item(modules, name);
    if (error_occurred()) clear_error();
    restore_error(saved);
    decref(module);
    return nullptr;
  }
  decref(result);
  return module;
}

// Runs a source file as module `name`.  New reference (the module as found
// in sys.modules afterwards) or null.
Object* load_source_module(Object* name, const std::string& path, Object* package_path, Object* package) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    raise_module_not_found(name, "No module named '" + str_to_std(name) + "'");
    return nullptr;
  }
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  Object* module = module_new(name);
  if (!module) return nullptr;
  Object* d = module_dict(module);
  Object* file = str_from_utf8(path);
  Object* cached = str_from_utf8(cache_path_for_source(path));
  bool ok = file && cached && dict_set_item(d, ID(dunder_file), file) == 0 &&
            dict_set_item(d, VM_ID(dunder_cached), cached) == 0 &&
            dict_set_item(d, VM_ID(dunder_package), package) == 0 &&
            dict_set_item(d, ID(dunder_builtins), interpreter_builtins_dict()) == 0;
  if (ok && package_path) ok = dict_set_item(d, VM_ID(dunder_path), package_path) == 0;
  xdecref(file);
  xdecref(cached);
  if (!ok) {
    decref(module);
    return nullptr;
  }
  Object* modules = interpreter_modules();
  if (dict_set_item(modules, name, module) < 0) {
    decref(module);
    return nullptr;
  }
  Object* code = module_code_from_source(path, bytes);
  Object* result = nullptr;
  if (code) {
    initializing().insert(module);
    result = eval_code(code, d, d);
    initializing().erase(module);
    decref(code);
  }
  if (!result) {
    Object* saved = fetch_error();
    if (dict_contains(modules, name) == 1) dict_del_item(modules, name);
    if (error_occurred()) clear_error();
    restore_error(saved);
    decref(module);
    return nullptr;
  }
  decref(result);
  decref(module);
  // importlib moves the module to the end of sys.modules.
  Object* final_mod = nullptr;
  if (dict_pop_item(modules, name, &final_mod) <= 0) {
    if (!error_occurred()) {
      format_error(&exc::ImportError, "Loaded module %R not found in sys.modules", name);
    }
    return nullptr;
  }
  if (dict_set_item(modules, name, final_mod) < 0) {
    decref(final_mod);
    return nullptr;
  }
  return final_mod;
}

// Finds and loads `abs_name` (not in sys.modules).
Object* find_and_load(Object* abs_name) {
  std::string full = str_to_std(abs_name);
  size_t dot = full.rfind('.');
  Object* search_path = nullptr;  // list of str
  Object* parent_module = nullptr;
  std::string parent_name;
  if (dot != std::string::npos) {
    parent_name = full.substr(0, dot);
    Object* parent = str_from_utf8(parent_name);
    if (!parent) return nullptr;
    parent_module = get_module(parent);
    if (!parent_module) {
      Object* p = import_module_level(parent, nullptr, nullptr, nullptr, 0);
      xdecref(p);
      if (!p) {
        decref(parent);
        return nullptr;
      }
      parent_module = get_module(parent);
    }
    decref(parent);
    // The parent's import may have imported us as a side effect.
    Object* again = get_module(abs_name);
    if (again) {
      xdecref(parent_module);
      return again;
    }
    if (!parent_module) {
      raise_module_not_found(abs_name, "No module named '" + full + "'");
      return nullptr;
    }
    auto embedded = source_modules().find(full);
    if (embedded != source_modules().end()) {
      Object* result = load_embedded_module(abs_name, embedded->second);
      Object* child = result ? str_from_utf8(full.substr(dot + 1)) : nullptr;
      if (result && (!child || set_attr(parent_module, child, result) < 0)) clear_ref(result);
      xdecref(child);
      decref(parent_module);
      return result;
    }
    if (lookup_attr(parent_module, VM_ID(dunder_path), &search_path) < 0) {
      decref(parent_module);
      return nullptr;
    }
    if (!search_path) {
      decref(parent_module);
      raise_module_not_found(abs_name,
                             "No module named '" + full + "'; '" + parent_name + "' is not a package");
      return nullptr;
    }
  } else {
    auto src = source_modules().find(full);
    if (src != source_modules().end()) return load_embedded_module(abs_name, src->second);
    auto it = builtin_factories().find(full);
    if (it != builtin_factories().end()) {
      Object* m = it->second();
      if (!m) return nullptr;
      if (dict_set_item(interpreter_modules(), abs_name, m) < 0) {
        decref(m);
        return nullptr;
      }
      return m;
    }
    Object* sys_path = sys_get_attr_borrowed("path");
    if (sys_path) search_path = newref(sys_path);
  }
  std::string last = dot == std::string::npos ? full : full.substr(dot + 1);
  Object* result = nullptr;
  bool found = false;
  if (search_path) {
    Object* it = get_iter(search_path);
    if (!it) {
      decref(search_path);
      xdecref(parent_module);
      return nullptr;
    }
    Object* entry;
    while (!found && (entry = iter_next(it))) {
      if (is_str(entry)) {
        std::string dir = str_to_std(entry);
        if (dir.empty()) dir = ".";
        std::string pkg_dir = join_path(dir, last);
        std::string init = join_path(pkg_dir, "__init__.py");
        std::string file = join_path(dir, last + ".py");
        if (is_dir(pkg_dir) && is_file(init)) {
          found = true;
          Object* path_list = list_new(1);
          Object* pkg_dir_str = str_from_utf8(pkg_dir);
          if (path_list && pkg_dir_str) {
            list_set_item(path_list, 0, pkg_dir_str);
            result = load_source_module(abs_name, init, path_list, abs_name);
          } else {
            xdecref(pkg_dir_str);
          }
          xdecref(path_list);
        } else if (is_file(file)) {
          found = true;
          Object* package = str_from_utf8(parent_name);
          if (package) {
            result = load_source_module(abs_name, file, nullptr, package);
            decref(package);
          }
        }
      }
      decref(entry);
    }
    decref(it);
    decref(search_path);
  }
  if (!found && !error_occurred()) raise_module_not_found(abs_name, "No module named '" + full + "'");
  if (result && parent_module) {
    Object* child = str_from_utf8(last);
    if (!child || set_attr(parent_module, child, result) < 0) {
      clear_ref(result);
    }
    xdecref(child);
  }
  xdecref(parent_module);
  return result;
}

// Relative imports: the absolute name of `name` at `level` from globals.
Object* resolve_name(Object* name, Object* globals, int level) {
  if (!globals) {
    set_error(&exc::KeyError, "'__name__' not in globals");
    return nullptr;
  }
  if (!is_dict(globals)) {
    set_error(&exc::TypeError, "globals must be a dict");
    return nullptr;
  }
  Object* package = dict_get_item(globals, VM_ID(dunder_package));
  if (package == None) package = nullptr;
  if (!package && error_occurred()) return nullptr;
  std::string pkg;
  if (package) {
    if (!is_str(package)) {
      set_error(&exc::TypeError, "package must be a string");
      return nullptr;
    }
    pkg = str_to_std(package);
  } else {
    Object* n = dict_get_item(globals, ID(dunder_name));
    if (!n) {
      if (!error_occurred()) set_error(&exc::KeyError, "'__name__' not in globals");
      return nullptr;
    }
    if (!is_str(n)) {
      set_error(&exc::TypeError, "__name__ must be a string");
      return nullptr;
    }
    pkg = str_to_std(n);
    int haspath = dict_contains(globals, VM_ID(dunder_path));
    if (haspath < 0) return nullptr;
    if (!haspath) {
      size_t d = pkg.rfind('.');
      if (d == std::string::npos) {
        set_error(&exc::ImportError, "attempted relative import with no known parent package");
        return nullptr;
      }
      pkg = pkg.substr(0, d);
    }
  }
  if (pkg.empty()) {
    set_error(&exc::ImportError, "attempted relative import with no known parent package");
    return nullptr;
  }
  size_t last_dot = pkg.size();
  for (int up = 1; up < level; ++up) {
    size_t d = pkg.rfind('.', last_dot == 0 ? 0 : last_dot - 1);
    if (d == std::string::npos || d >= last_dot) {
      set_error(&exc::ImportError, "attempted relative import beyond top-level package");
      return nullptr;
    }
    last_dot = d;
  }
  std::string base = pkg.substr(0, last_dot);
  if (str_length(name) == 0) return str_from_utf8(base);
  return str_from_utf8(base + "." + str_to_std(name));
}

int handle_fromlist(Object* module, Object* fromlist, bool recursive);

}  // namespace

void register_builtin_module(const char* name, Object* (*create)()) { builtin_factories()[name] = create; }

void register_source_module(const char* name, const char* source) { source_modules()[name] = source; }

std::vector<std::string> builtin_module_names() {
  std::vector<std::string> names;
  for (const auto& entry : builtin_factories()) names.push_back(entry.first);
  return names;
}

bool module_is_initializing(Object* module) { return initializing().count(module) != 0; }

namespace {

// importlib._handle_fromlist: imports submodules named in the fromlist of a
// package.
int handle_fromlist(Object* module, Object* fromlist, bool recursive) {
  Object* it = get_iter(fromlist);
  if (!it) return -1;
  Object* x;
  while ((x = iter_next(it))) {
    if (!is_str(x)) {
      // importlib names the module's __all__ when it is the list being
      // walked, and the from-list itself otherwise.
      if (recursive) {
        Object* modname = get_attr(module, ID(dunder_name));
        if (modname) {
          format_error(&exc::TypeError, "Item in %S.__all__ must be str, not %.100s", modname, x->type->name);
          decref(modname);
        }
      } else {
        format_error(&exc::TypeError, "Item in ``from list'' must be str, not %.100s", x->type->name);
      }
      decref(x);
      decref(it);
      return -1;
    }
    if (str_equal_cstr(x, "*")) {
      if (!recursive) {
        Object* all;
        if (lookup_attr(module, VM_ID(dunder_all), &all) < 0) {
          decref(x);
          decref(it);
          return -1;
        }
        if (all) {
          int r = handle_fromlist(module, all, true);
          decref(all);
          if (r < 0) {
            decref(x);
            decref(it);
            return -1;
          }
        }
      }
    } else {
      int has = has_attr(module, x);
      if (has < 0) {
        decref(x);
        decref(it);
        return -1;
      }
      if (!has) {
        Object* modname = get_attr(module, ID(dunder_name));
        Object* from_name = modname ? str_from_format("%U.%U", modname, x) : nullptr;
        xdecref(modname);
        if (!from_name) {
          decref(x);
          decref(it);
          return -1;
        }
        Object* m = import_module_level(from_name, nullptr, nullptr, nullptr, 0);
        if (!m) {
          bool skip = false;
          if (error_matches(&exc::ModuleNotFoundError)) {
            Object* e = current_error();
            Object* ename = static_cast<ImportErrorObject*>(e)->name;
            if (ename && is_str(ename) && str_equal(ename, from_name)) {
              Object* existing = dict_get_item(interpreter_modules(), from_name);
              if (!existing || existing != None) skip = true;
            }
          }
          if (!skip) {
            decref(from_name);
            decref(x);
            decref(it);
            return -1;
          }
          clear_error();
        }
        xdecref(m);
        decref(from_name);
      }
    }
    decref(x);
  }
  decref(it);
  return error_occurred() ? -1 : 0;
}

}  // namespace

Object* import_module_level(Object* name, Object* globals, Object* locals, Object* fromlist, int level) {
  if (!name) {
    set_error(&exc::ValueError, "Empty module name");
    return nullptr;
  }
  if (!is_str(name)) {
    set_error(&exc::TypeError, "module name must be a string");
    return nullptr;
  }
  if (level < 0) {
    set_error(&exc::ValueError, "level must be >= 0");
    return nullptr;
  }
  Object* abs_name;
  if (level > 0) {
    abs_name = resolve_name(name, globals, level);
    if (!abs_name) return nullptr;
  } else {
    if (str_length(name) == 0) {
      set_error(&exc::ValueError, "Empty module name");
      return nullptr;
    }
    abs_name = newref(name);
  }
  Object* mod = get_module(abs_name);
  if (mod == None) {
    // None in sys.modules blocks the import (importlib's _find_and_load).
    decref(mod);
    raise_module_not_found(abs_name, "import of " + str_to_std(abs_name) + " halted; None in sys.modules");
    decref(abs_name);
    return nullptr;
  }
  if (!mod) {
    mod = find_and_load(abs_name);
    if (!mod) {
      decref(abs_name);
      return nullptr;
    }
  }
  Object* final_mod = nullptr;
  int has_from = 0;
  if (fromlist && fromlist != None) {
    has_from = object_is_true(fromlist);
    if (has_from < 0) goto done;
  }
  if (!has_from) {
    ssize len = str_length(name);
    if (level == 0 || len > 0) {
      ssize dot = str_find(name, str_intern_cstr("."), 0, len, 1);
      if (dot == -1) {
        final_mod = newref(mod);
        goto done;
      }
      if (level == 0) {
        Object* front = str_substring(name, 0, dot);
        if (!front) goto done;
        final_mod = import_module_level(front, nullptr, nullptr, nullptr, 0);
        decref(front);
      } else {
        ssize cut_off = len - dot;
        Object* to_return = str_substring(abs_name, 0, str_length(abs_name) - cut_off);
        if (!to_return) goto done;
        final_mod = get_module(to_return);
        if (!final_mod && !error_occurred()) {
          format_error(&exc::KeyError, "%R not in sys.modules as expected", to_return);
        }
        decref(to_return);
      }
    } else {
      final_mod = newref(mod);
    }
  } else {
    Object* path;
    if (lookup_attr(mod, VM_ID(dunder_path), &path) < 0) goto done;
    if (path) {
      decref(path);
      if (handle_fromlist(mod, fromlist, false) < 0) goto done;
    }
    final_mod = newref(mod);
  }
done:
  decref(abs_name);
  decref(mod);
  return final_mod;
}

Object* import_name(Frame* frame, Object* name, Object* fromlist, Object* level) {
  Object* import_func = dict_get_item(frame->builtins, ID(dunder_import));
  if (!import_func) {
    if (!error_occurred()) set_error(&exc::ImportError, "__import__ not found");
    return nullptr;
  }
  Object* locals = frame->locals ? frame->locals : None;
  if (import_func == builtin_import_function) {
    int ilevel = static_cast<int>(int_as_long(level));
    if (ilevel == -1 && error_occurred()) return nullptr;
    return import_module_level(name, frame->globals, locals, fromlist, ilevel);
  }
  incref(import_func);
  Object* args[5] = {name, frame->globals, locals, fromlist, level};
  Object* r = vectorcall(import_func, args, 5, nullptr);
  decref(import_func);
  return r;
}

Object* import_from(Object* v, Object* name) {
  Object* x;
  if (lookup_attr(v, name, &x) != 0) return x;
  Object* pkgname = get_attr(v, ID(dunder_name));
  Object* pkgpath = nullptr;
  Object* errmsg = nullptr;
  if (pkgname && is_str(pkgname)) {
    Object* fullmodname = str_from_format("%U.%U", pkgname, name);
    if (!fullmodname) {
      decref(pkgname);
      return nullptr;
    }
    x = get_module(fullmodname);
    decref(fullmodname);
    if (x) {
      decref(pkgname);
      return x;
    }
    if (error_occurred()) {
      decref(pkgname);
      return nullptr;
    }
  } else {
    clear_error();
    xdecref(pkgname);
    pkgname = nullptr;
  }
  Object* shown_name = pkgname ? newref(pkgname) : str_from_cstr("<unknown module name>");
  if (!shown_name) {
    xdecref(pkgname);
    return nullptr;
  }
  if (is_module(v)) {
    pkgpath = dict_get_item(module_dict(v), ID(dunder_file));
    xincref(pkgpath);
  }
  if (!pkgpath || !is_str(pkgpath)) {
    if (error_occurred()) clear_error();
    errmsg = str_from_format("cannot import name %R from %R (unknown location)", name, shown_name);
  } else {
    const char* fmt = module_is_initializing(v)
                          ? "cannot import name %R from partially initialized module %R (most likely due to a "
                            "circular import) (%S)"
                          : "cannot import name %R from %R (%S)";
    errmsg = str_from_format(fmt, name, shown_name, pkgpath);
  }
  if (errmsg) {
    Object* kw = tuple_pack({ID(name), VM_ID(path)});
    Object* args[3] = {errmsg, pkgname ? pkgname : None, pkgpath && is_str(pkgpath) ? pkgpath : None};
    Object* e = kw ? vectorcall(static_cast<Object*>(&exc::ImportError), args, 1, kw) : nullptr;
    xdecref(kw);
    if (e) {
      set_error_object(&exc::ImportError, e);
      decref(e);
    }
  }
  xdecref(errmsg);
  xdecref(shown_name);
  xdecref(pkgname);
  xdecref(pkgpath);
  return nullptr;
}

int import_all_from(Object* locals, Object* v) {
  Object* all;
  bool skip_leading_underscores = false;
  if (lookup_attr(v, VM_ID(dunder_all), &all) < 0) return -1;
  if (!all) {
    Object* dict;
    if (lookup_attr(v, ID(dunder_dict), &dict) < 0) return -1;
    if (!dict) {
      set_error(&exc::ImportError, "from-import-* object has no __dict__ and no __all__");
      return -1;
    }
    all = mapping_keys(dict);
    decref(dict);
    if (!all) return -1;
    skip_leading_underscores = true;
  }
  int err = 0;
  for (ssize pos = 0;; ++pos) {
    Object* name = sequence_get_item(all, pos);
    if (!name) {
      if (!error_matches(&exc::IndexError)) {
        err = -1;
      } else {
        clear_error();
      }
      break;
    }
    if (!is_str(name)) {
      Object* modname = get_attr(v, ID(dunder_name));
      if (!modname) {
        decref(name);
        err = -1;
        break;
      }
      if (!is_str(modname)) {
        format_error(&exc::TypeError, "module __name__ must be a string, not %.100s", modname->type->name);
      } else {
        format_error(&exc::TypeError, "%s in %U.%s must be str, not %.100s",
                     skip_leading_underscores ? "Key" : "Item", modname,
                     skip_leading_underscores ? "__dict__" : "__all__", name->type->name);
      }
      decref(modname);
      decref(name);
      err = -1;
      break;
    }
    if (skip_leading_underscores && str_length(name) > 0 && str_char_at(name, 0) == '_') {
      decref(name);
      continue;
    }
    Object* value = get_attr(v, name);
    if (!value) {
      err = -1;
    } else if (is_dict_exact(locals)) {
      err = dict_set_item(locals, name, value);
    } else {
      err = set_item(locals, name, value);
    }
    decref(name);
    xdecref(value);
    if (err != 0) break;
  }
  decref(all);
  return err;
}

Object* builtin_import(Object* module, Object* const* args, ssize nargs, Object* kwnames) {
  static ArgParser parser{"__import__", {"name", "globals", "locals", "fromlist", "level"}, 1, 5};
  Object* out[5];
  if (!parse_args(parser, args, nargs, kwnames, out)) return nullptr;
  int level = 0;
  if (out[4] && !arg_to_int(out[4], &level)) return nullptr;
  Object* globals = out[1] && out[1] != None ? out[1] : nullptr;
  return import_module_level(out[0], globals, out[2], out[3], level);
}

void set_builtin_import_function(Object* f) { builtin_import_function = f; }

}  // namespace glasspy
