// Unit tests for the VM: code objects built from the compiler's CodeUnits,
// argument binding and its messages, the data stack under deep recursion,
// exception-table unwinding, generators driven from C++, the traceback
// report and name suggestions.  Programs are compiled and run in-process.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <string>

#include "objects/abstract.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/code_object.h"
#include "vm/eval.h"
#include "vm/exception_display.h"
#include "vm/frame.h"
#include "vm/function_object.h"
#include "vm/generator.h"
#include "vm/interpreter.h"
#include "vm/source_compiler.h"
#include "vm/suggestions.h"

namespace glasspy {
namespace {

int64_t to_i64(Object* o) {
  int overflow = 0;
  return int_as_i64_overflow(o, &overflow);
}

class VmTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    static bool initialized = false;
    if (!initialized) {
      InterpreterConfig config;
      config.executable = "glasspy";
      config.argv = {"test"};
      ASSERT_EQ(interpreter_init(config), 0);
      initialized = true;
    }
  }

  void SetUp() override {
    globals_ = dict_new();
    ASSERT_NE(globals_, nullptr);
    ASSERT_EQ(dict_set_item_cstr(globals_, "__builtins__", interpreter_builtins_module()), 0);
    Object* name = str_from_cstr("__test__");
    dict_set_item_cstr(globals_, "__name__", name);
    decref(name);
  }
  void TearDown() override {
    clear_error();
    decref(globals_);
  }

  // Runs statements in globals_; true on success.
  bool exec(const std::string& source, const std::string& filename = "<test>") {
    Object* code = compile_source(source, filename, SourceCompileOptions{});
    if (!code) return false;
    Object* r = eval_code(code, globals_, globals_);
    decref(code);
    if (!r) return false;
    decref(r);
    return true;
  }

  // Evaluates an expression; new reference or null.
  Object* eval(const std::string& source) {
    SourceCompileOptions options;
    options.mode = SourceMode::Eval;
    Object* code = compile_source(source, "<test>", options);
    if (!code) return nullptr;
    Object* r = eval_code(code, globals_, globals_);
    decref(code);
    return r;
  }

  int64_t eval_int(const std::string& source) {
    Object* r = eval(source);
    EXPECT_NE(r, nullptr) << source;
    if (!r) return -1;
    EXPECT_TRUE(is_int(r));
    int overflow = 0;
    int64_t v = int_as_i64_overflow(r, &overflow);
    decref(r);
    return v;
  }

  std::string eval_str(const std::string& source) {
    Object* r = eval(source);
    EXPECT_NE(r, nullptr) << source;
    if (!r) return "";
    Object* s = object_str(r);
    decref(r);
    std::string out = s ? str_to_std(s) : "";
    xdecref(s);
    return out;
  }

  // The current exception as "Type: message" (and clears it).
  std::string error_text() {
    Object* e = fetch_error();
    if (!e) return "";
    Object* s = object_str(e);
    std::string out = std::string(e->type->name) + ": " + (s ? str_to_std(s) : "");
    xdecref(s);
    decref(e);
    return out;
  }

  Object* globals_ = nullptr;
};

TEST_F(VmTest, CodeObjectAttributes) {
  ASSERT_TRUE(exec("def f(a, b=1, /, c=2, *args, d, e=3, **kw):\n    x = 1\n    def g(): return x\n    return g\n"));
  Object* f = dict_get_item_cstr(globals_, "f");
  ASSERT_NE(f, nullptr);
  ASSERT_TRUE(is_function(f));
  CodeObject* co = as_code(as_function(f)->func_code);
  EXPECT_EQ(co->co_argcount, 3);
  EXPECT_EQ(co->co_posonlyargcount, 2);
  EXPECT_EQ(co->co_kwonlyargcount, 2);
  EXPECT_TRUE(co->co_flags & CO_VARARGS);
  EXPECT_TRUE(co->co_flags & CO_VARKEYWORDS);
  EXPECT_EQ(co->co_ncellvars, 1);  // x
  EXPECT_EQ(eval_str("f.__code__.co_varnames"), "('a', 'b', 'c', 'd', 'e', 'args', 'kw', 'g')");
  EXPECT_EQ(eval_str("f.__code__.co_cellvars"), "('x',)");
  EXPECT_EQ(eval_str("f(0, d=1).__code__.co_freevars"), "('x',)");
  EXPECT_EQ(eval_str("f.__defaults__"), "(1, 2)");
  EXPECT_EQ(eval_str("f.__kwdefaults__"), "{'e': 3}");
  EXPECT_EQ(eval_int("f(0, d=1).__closure__[0].cell_contents"), 1);
}

TEST_F(VmTest, ArgumentBindingMessages) {
  ASSERT_TRUE(exec("def f(a, b, *, c, d=4): pass\ndef p(a, /, b): pass\nclass K:\n    def m(self, x): pass\n"));
  const struct {
    const char* call;
    const char* message;
  } cases[] = {
      {"f(1)", "TypeError: f() missing 1 required positional argument: 'b'"},
      {"f()", "TypeError: f() missing 2 required positional arguments: 'a' and 'b'"},
      {"f(1, 2)", "TypeError: f() missing 1 required keyword-only argument: 'c'"},
      {"f(1, 2, 3)", "TypeError: f() takes 2 positional arguments but 3 were given"},
      {"f(1, 2, 3, c=1)", "TypeError: f() takes 2 positional arguments but 3 positional arguments (and 1 keyword-only argument) were given"},
      {"f(1, 2, c=3, z=4)", "TypeError: f() got an unexpected keyword argument 'z'"},
      {"f(1, a=2, c=3)", "TypeError: f() got multiple values for argument 'a'"},
      {"p(a=1, b=2)", "TypeError: p() got some positional-only arguments passed as keyword arguments: 'a'"},
      {"K().m()", "TypeError: K.m() missing 1 required positional argument: 'x'"},
      {"K().m(1, 2)", "TypeError: K.m() takes 2 positional arguments but 3 were given"},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(eval(c.call), nullptr) << c.call;
    EXPECT_EQ(error_text(), c.message) << c.call;
  }
}

TEST_F(VmTest, DeepRecursionCrossesDataStackChunks) {
  // 30000 nested Python frames need several data stack chunks; they must
  // all come back (the depth is reached twice).
  ASSERT_TRUE(exec("import sys\nsys.setrecursionlimit(40000)\n"
                   "def depth(n):\n    return n if n == 0 else 1 + depth(n - 1)\n"));
  EXPECT_EQ(eval_int("depth(30000)"), 30000);
  EXPECT_EQ(eval_int("depth(30000)"), 30000);
  ASSERT_TRUE(exec("sys.setrecursionlimit(1000)\n"));
  EXPECT_EQ(eval("depth(5000)"), nullptr);
  EXPECT_EQ(error_text(), "RecursionError: maximum recursion depth exceeded");
  EXPECT_EQ(vm_thread().current_frame, nullptr);
}

TEST_F(VmTest, ExceptionTableLookup) {
  ASSERT_TRUE(exec("def f():\n    try:\n        return 1 / 0\n    except ZeroDivisionError:\n        return 'handled'\n"));
  CodeObject* co = as_code(as_function(dict_get_item_cstr(globals_, "f"))->func_code);
  bool found_some = false;
  for (int off = 0; off < co->ninstructions; ++off) {
    ExceptionTableEntry e;
    if (code_find_handler(co, off, &e)) {
      found_some = true;
      EXPECT_GE(off, e.start);
      EXPECT_LT(off, e.end);
    }
  }
  EXPECT_TRUE(found_some);
  ExceptionTableEntry e;
  EXPECT_FALSE(code_find_handler(co, 0, &e));  // RESUME is not covered
  EXPECT_EQ(eval_str("f()"), "handled");
}

TEST_F(VmTest, GeneratorDrivenFromCpp) {
  ASSERT_TRUE(exec("def g():\n    x = yield 1\n    y = yield x + 1\n    return x + y\n"));
  Object* gen = eval("g()");
  ASSERT_NE(gen, nullptr);
  ASSERT_TRUE(is_generator(gen));
  Object* r = nullptr;
  EXPECT_EQ(iter_send(gen, glasspy::None, &r), SendResult::kNext);
  EXPECT_EQ(to_i64(r), 1);
  decref(r);
  Object* ten = int_from_i64(10);
  EXPECT_EQ(iter_send(gen, ten, &r), SendResult::kNext);
  EXPECT_EQ(to_i64(r), 11);
  decref(r);
  Object* five = int_from_i64(5);
  EXPECT_EQ(iter_send(gen, five, &r), SendResult::kReturn);
  EXPECT_EQ(to_i64(r), 15);
  decref(r);
  EXPECT_EQ(as_gen(gen)->gi_frame_state, kFrameCleared);
  decref(ten);
  decref(five);
  decref(gen);
}

TEST_F(VmTest, TracebackReportWithCarets) {
  std::string path = ::testing::TempDir() + "vm_eval_test_tb.py";
  {
    std::ofstream out(path);
    out << "def f(d):\n    return d['k'] + 1\n";
  }
  std::ifstream in(path);
  std::string source((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  ASSERT_TRUE(exec(source, path));
  EXPECT_EQ(eval("f({'k': None})"), nullptr);
  Object* e = fetch_error();
  ASSERT_NE(e, nullptr);
  std::string report = format_exception_report(e);
  decref(e);
  std::string expected =
      "Traceback (most recent call last):\n"
      "  File \"" + path + "\", line 2, in f\n"
      "    return d['k'] + 1\n"
      "           ~~~~~~~^~~\n"
      "TypeError: unsupported operand type(s) for +: 'NoneType' and 'int'\n";
  // The first entry is the <test> expression (no source line to show).
  EXPECT_NE(report.find(expected.substr(std::string("Traceback (most recent call last):\n").size())),
            std::string::npos)
      << report;
  std::remove(path.c_str());
}

TEST_F(VmTest, NameErrorSuggestion) {
  ASSERT_TRUE(exec("counter = 1\n"));
  EXPECT_EQ(eval("countr"), nullptr);
  Object* e = fetch_error();
  ASSERT_NE(e, nullptr);
  Object* s = offer_suggestions(e);
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(str_to_std(s), "counter");
  decref(s);
  decref(e);
}

}  // namespace
}  // namespace glasspy
