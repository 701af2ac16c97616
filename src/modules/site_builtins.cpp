// The names the `site` module adds to builtins when CPython starts, made
// natively so that starting costs no import of `_sitebuiltins`:
// - exit and quit (`_sitebuiltins.Quitter`): calling one closes sys.stdin
//   and raises SystemExit(code);
// - help (`_sitebuiltins._Helper`): a call is handed to pydoc.help, which is
//   imported only then;
// - copyright, credits and license (`_sitebuiltins._Printer`): their repr is
//   their text when it is short, and a call shows it a page (23 lines) at a
//   time, asking through builtins.input before each further page.  The text
//   is read on first use: license's from a LICENSE file next to the
//   standard library when there is one.
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "modules/builtins_module.h"
#include "objects/call.h"
#include "objects/dict.h"
#include "objects/abstract.h"
#include "objects/errors.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/exceptions.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "vm/import.h"
#include "vm/interpreter.h"
#include "vm/module_search_path.h"
#include "vm/vm_strings.h"

namespace glasspy {

namespace {

struct QuitterObject : Object {
  const char* name;
  Object* dict;
};

Object* quitter_repr(Object* self) {
  return str_from_format("Use %s() or Ctrl-D (i.e. EOF) to exit", static_cast<QuitterObject*>(self)->name);
}

Object* quitter_call(Object* self, Object* args, Object* kwds) {
  // Messages as for the Python method it stands for, __call__(self, code=None).
  ssize nargs = tuple_size(args);
  if (nargs > 1) {
    return format_error(&exc::TypeError,
                        "Quitter.__call__() takes from 1 to 2 positional arguments but %zd were given", nargs + 1);
  }
  Object* out[1] = {nargs ? tuple_item(args, 0) : nullptr};
  if (kwds && dict_size(kwds) > 0) {
    ssize pos = 0;
    Object* key;
    Object* value;
    while (dict_next(kwds, &pos, &key, &value)) {
      if (!is_str(key) || !str_equal_cstr(key, "code")) {
        return format_error(&exc::TypeError, "Quitter.__call__() got an unexpected keyword argument '%S'", key);
      }
      if (out[0]) return format_error(&exc::TypeError, "Quitter.__call__() got multiple values for argument 'code'");
      out[0] = value;
    }
  }
  Object* in = sys_get_attr_borrowed("stdin");
  if (in) {
    Object* r = call_method(in, VM_ID(close));
    if (!r) clear_error();
    xdecref(r);
  }
  set_error_object(&exc::SystemExit, out[0] ? out[0] : None);
  return nullptr;
}

void quitter_dealloc(Object* self) {
  xdecref(static_cast<QuitterObject*>(self)->dict);
  free_object(self);
}

struct HelperObject : Object {
  Object* dict;
};

Object* helper_repr(Object*) {
  return str_from_cstr("Type help() for interactive help, or help(object) for help about object.");
}

// help(*args, **kwargs) is pydoc.help(*args, **kwargs).
Object* helper_call(Object*, Object* args, Object* kwds) {
  Object* name = str_from_cstr("pydoc");
  if (!name) return nullptr;
  Object* pydoc = import_module_level(name, nullptr, nullptr, nullptr, 0);
  decref(name);
  if (!pydoc) return nullptr;
  Object* help = get_attr_cstr(pydoc, "help");
  decref(pydoc);
  if (!help) return nullptr;
  Object* r = call(help, args, kwds);
  decref(help);
  return r;
}

void helper_dealloc(Object* self) {
  xdecref(static_cast<HelperObject*>(self)->dict);
  free_object(self);
}

constexpr ssize kPrinterPageLines = 23;

struct PrinterObject : Object {
  const char* name;
  const char* text;  // the fallback text; null: sys.copyright
  std::vector<std::string>* filenames;
  Object* lines;  // list of str, made on first use
  Object* dict;
};

// The text of the first readable file among the candidates, newlines made
// '\n' as a text-mode read would; empty when none can be read.
std::string read_first_file(const std::vector<std::string>& filenames) {
  for (const std::string& f : filenames) {
    std::ifstream in(f, std::ios::binary);
    if (!in) continue;
    std::ostringstream buf;
    buf << in.rdbuf();
    std::string raw = buf.str();
    std::string text;
    text.reserve(raw.size());
    for (size_t i = 0; i < raw.size(); ++i) {
      if (raw[i] == '\r') {
        text += '\n';
        if (i + 1 < raw.size() && raw[i + 1] == '\n') ++i;
      } else {
        text += raw[i];
      }
    }
    return text;
  }
  return {};
}

bool printer_setup(PrinterObject* p) {
  if (p->lines) return true;
  Object* data = nullptr;
  std::string from_file = p->filenames ? read_first_file(*p->filenames) : std::string();
  if (!from_file.empty()) {
    data = str_from_utf8(from_file);
  } else if (p->text) {
    data = str_from_cstr(p->text);
  } else {
    data = sys_get_attr_borrowed("copyright");
    if (!data) {
      set_error(&exc::RuntimeError, "lost sys.copyright");
      return false;
    }
    incref(data);
  }
  if (!data) return false;
  Object* newline = str_from_cstr("\n");
  Object* lines = newline ? call_method(data, VM_ID(split), newline) : nullptr;
  xdecref(newline);
  decref(data);
  if (!lines) return false;
  if (!is_list(lines)) {
    decref(lines);
    set_error(&exc::TypeError, "str.split did not return a list");
    return false;
  }
  p->lines = lines;
  return true;
}

Object* printer_repr(Object* self) {
  auto* p = static_cast<PrinterObject*>(self);
  if (!printer_setup(p)) return nullptr;
  if (list_size(p->lines) <= kPrinterPageLines) {
    Object* newline = str_from_cstr("\n");
    if (!newline) return nullptr;
    Object* r = str_join(newline, p->lines);
    decref(newline);
    return r;
  }
  return str_from_format("Type %s() to see the full %s text", p->name, p->name);
}

Object* call_builtin(const char* name, Object* arg) {
  Object* fn = dict_get_item_cstr(interpreter_builtins_dict(), name);
  if (!fn) {
    return format_error(&exc::NameError, "name '%s' is not defined", name);
  }
  incref(fn);
  Object* r = call_function(fn, arg);
  decref(fn);
  return r;
}

// Asks until the answer is '' (more) or 'q' (quit); true when it was 'q'.
int ask_page_answer() {
  Object* prompt = str_from_cstr("Hit Return for more, or q (and Return) to quit: ");
  Object* empty = str_from_cstr("");
  Object* quit = str_from_cstr("q");
  int result = -1;
  while (prompt && empty && quit) {
    Object* key = call_builtin("input", prompt);
    if (!key) break;
    int is_quit = rich_compare_bool(key, quit, kEQ);
    int is_more = is_quit == 0 ? rich_compare_bool(key, empty, kEQ) : 0;
    decref(key);
    if (is_quit < 0 || is_more < 0) break;
    if (is_quit || is_more) {
      result = is_quit;
      break;
    }
  }
  xdecref(prompt);
  xdecref(empty);
  xdecref(quit);
  return result;
}

Object* printer_call(Object* self, Object* args, Object* kwds) {
  // Messages as for the Python method it stands for, __call__(self).
  ssize nargs = tuple_size(args);
  if (nargs > 0) {
    return format_error(&exc::TypeError, "_Printer.__call__() takes 1 positional argument but %zd were given",
                        nargs + 1);
  }
  if (kwds && dict_size(kwds) > 0) {
    ssize pos = 0;
    Object* key;
    Object* value;
    dict_next(kwds, &pos, &key, &value);
    return format_error(&exc::TypeError, "_Printer.__call__() got an unexpected keyword argument '%S'", key);
  }
  auto* p = static_cast<PrinterObject*>(self);
  if (!printer_setup(p)) return nullptr;
  Object* lines = newref(p->lines);
  for (ssize start = 0;; start += kPrinterPageLines) {
    for (ssize i = start; i < start + kPrinterPageLines; ++i) {
      if (i >= list_size(lines)) {
        decref(lines);
        return newref(None);
      }
      Object* r = call_builtin("print", list_item(lines, i));
      if (!r) {
        decref(lines);
        return nullptr;
      }
      decref(r);
    }
    int quit = ask_page_answer();
    if (quit != 0) {
      decref(lines);
      return quit < 0 ? nullptr : newref(None);
    }
  }
}

void printer_dealloc(Object* self) {
  auto* p = static_cast<PrinterObject*>(self);
  delete p->filenames;
  xdecref(p->lines);
  xdecref(p->dict);
  free_object(self);
}

Object* make_printer(const char* name, const char* text, std::vector<std::string>* filenames) {
  Object* o = allocate_object(&PrinterType, sizeof(PrinterObject));
  if (!o) {
    delete filenames;
    return nullptr;
  }
  auto* p = static_cast<PrinterObject*>(o);
  p->name = name;
  p->text = text;
  p->filenames = filenames;
  return o;
}

}  // namespace

Type HelperType{{
    .name = "_sitebuiltins._Helper",
    .basicsize = sizeof(HelperObject),
    .dealloc = helper_dealloc,
    .repr = helper_repr,
    .call = helper_call,
    .getattro = generic_getattr,
    .setattro = generic_setattr,
    .flags = tpflags::kBaseType,
    .doc = "The builtin 'help': help() starts pydoc's interactive help and\n"
           "help(thing) shows the documentation of thing.",
    .dictoffset = offsetof(HelperObject, dict),
    .new_ = object_new,
}};

Type PrinterType{{
    .name = "_sitebuiltins._Printer",
    .basicsize = sizeof(PrinterObject),
    .dealloc = printer_dealloc,
    .repr = printer_repr,
    .call = printer_call,
    .getattro = generic_getattr,
    .setattro = generic_setattr,
    .flags = tpflags::kBaseType,
    .doc = "A piece of text (copyright, credits, license) shown by its repr when\n"
           "short, and a page at a time when called.",
    .dictoffset = offsetof(PrinterObject, dict),
}};

Type QuitterType{{
    .name = "_sitebuiltins.Quitter",
    .basicsize = sizeof(QuitterObject),
    .dealloc = quitter_dealloc,
    .repr = quitter_repr,
    .call = quitter_call,
    .getattro = generic_getattr,
    .setattro = generic_setattr,
    .flags = tpflags::kBaseType,
    .dictoffset = offsetof(QuitterObject, dict),
}};

int add_site_builtins(Object* builtins_dict) {
  for (const char* name : {"exit", "quit"}) {
    Object* q = allocate_object(&QuitterType, sizeof(QuitterObject));
    if (!q) return -1;
    static_cast<QuitterObject*>(q)->name = name;
    int r = dict_set_item_cstr(builtins_dict, name, q);
    decref(q);
    if (r < 0) return -1;
  }
  if (!PrinterType.dict || !dict_get_item_cstr(PrinterType.dict, "MAXLINES")) {
    Object* maxlines = int_from_ssize(kPrinterPageLines);
    int r = maxlines && PrinterType.dict ? dict_set_item_cstr(PrinterType.dict, "MAXLINES", maxlines) : -1;
    xdecref(maxlines);
    if (r < 0) return -1;
  }
  Object* help = allocate_object(&HelperType, sizeof(HelperObject));
  if (!help) return -1;
  int r = dict_set_item_cstr(builtins_dict, "help", help);
  decref(help);
  if (r < 0) return -1;
  std::string stdlib = find_stdlib_dir();
  auto* license_files = new std::vector<std::string>;
  for (const std::string& dir : {stdlib + "/..", stdlib, std::string(".")}) {
    for (const char* file : {"LICENSE.txt", "LICENSE"}) license_files->push_back(dir + "/" + file);
  }
  const struct {
    const char* name;
    const char* text;
    std::vector<std::string>* files;
  } printers[] = {
      {"copyright", nullptr, nullptr},
      {"credits",
       "    Thanks to CWI, CNRI, BeOpen.com, Zope Corporation and a cast of thousands\n"
       "    for supporting Python development.  See www.python.org for more information.",
       nullptr},
      {"license", "See https://www.python.org/psf/license/", license_files},
  };
  for (const auto& spec : printers) {
    Object* printer = make_printer(spec.name, spec.text, spec.files);
    if (!printer) return -1;
    r = dict_set_item_cstr(builtins_dict, spec.name, printer);
    decref(printer);
    if (r < 0) return -1;
  }
  return 0;
}

}  // namespace glasspy
