// The glasspy command line.  Options follow CPython's where they overlap
// (`glasspy FILE args`, `-c CODE`, stdin, -V, -h, usage errors with exit
// status 2); the glass-box options show one stage of the pipeline each:
//   --tokens  what `python -m tokenize FILE` prints
//   --ast     what `print(ast.dump(ast.parse(source), indent=2))` prints
//   --dis     what `python -m dis FILE` prints: the bytecode of every code object
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "ast/ast_dump.h"
#include "compiler/compiler.h"
#include "compiler/dis.h"
#include "lexer/source.h"
#include "lexer/tokenize_module.h"
#include "parser/parser.h"
#include "util/py_repr.h"
#include "vm/interpreter.h"

namespace {

constexpr const char* kVersion = "glasspy 0.1.0 (Python 3.11)";

enum class Stage { Run, Tokens, Ast, AstPositions, Dis };

struct Options {
  Stage stage = Stage::Run;
  std::optional<std::string> command;  // -c
  std::optional<std::string> file;     // script path, or "-" for stdin
  std::vector<std::string> args;       // sys.argv[1:]
  bool dont_write_bytecode = false;    // -B
  bool ignore_environment = false;     // -E, -I: PYTHON* variables are ignored
  std::vector<std::string> xoptions;   // -X values, in order
};

std::string program_name;

// The int<->str digit limit from -X int_max_str_digits=N (the first one
// counts) or else PYTHONINTMAXSTRDIGITS; `limit` stays -1 when neither is set.
// A value that is not 0 or at least 640 is a fatal start-up error, reported
// as CPython reports it.
bool int_max_str_digits_setting(const Options& opts, int& limit) {
  // CPython reads the variable first (so a bad value is fatal even when -X
  // overrides it), then the first -X int_max_str_digits option.
  auto parse = [&](const char* source, const std::string& text) {
    // strtol's reading: leading spaces and a sign are allowed, nothing may follow.
    errno = 0;
    char* end = nullptr;
    long value = text.empty() ? -1 : std::strtol(text.c_str(), &end, 10);
    bool valid = !text.empty() && end != text.c_str() && *end == '\0' && errno != ERANGE && value <= INT_MAX &&
                 (value == 0 || value >= 640);
    if (!valid) {
      std::fflush(stdout);
      std::fprintf(stderr,
                   "Fatal Python error: config_init_int_max_str_digits: %s: invalid limit; must be >= 640 or 0 "
                   "for unlimited.\nPython runtime state: preinitialized\n\n",
                   source);
      return false;
    }
    limit = static_cast<int>(value);
    return true;
  };
  if (!opts.ignore_environment) {
    const char* env = std::getenv("PYTHONINTMAXSTRDIGITS");
    if (env && *env && !parse("PYTHONINTMAXSTRDIGITS", env)) return false;
  }
  const std::string name = "int_max_str_digits";
  for (const std::string& x : opts.xoptions) {
    if (x == name) return parse("-X int_max_str_digits", std::string());
    if (x.size() > name.size() && x.compare(0, name.size(), name) == 0 && x[name.size()] == '=') {
      return parse("-X int_max_str_digits", std::string(x, name.size() + 1));
    }
  }
  return true;
}

void print_usage_hint() {
  std::fprintf(stderr,
               "usage: %s [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
               "Try `glasspy -h' for more information.\n",
               program_name.c_str());
}

void print_help() {
  std::printf(
      "usage: %s [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
      "Options:\n"
      "-c cmd   : program passed in as string (terminates option list)\n"
      "-h       : print this help message and exit (also -? or --help)\n"
      "-V       : print the glasspy version number and exit (also --version)\n"
      "-B -E -I -O -q -s -S -u -W arg -X opt\n"
      "         : accepted for compatibility with CPython\n"
      "\n"
      "Seeing inside (glasspy's own):\n"
      "--tokens : print the program's tokens as `python -m tokenize` does\n"
      "--ast    : print the program's abstract syntax tree as\n"
      "           `print(ast.dump(ast.parse(source), indent=2))` does\n"
      "--ast-positions\n"
      "         : the same with every node's position (include_attributes=True)\n"
      "--dis    : print the bytecode of every code object, as `python -m dis` does\n"
      "\n"
      "file     : program read from script file\n"
      "-        : program read from stdin (default; interactive mode if a tty)\n"
      "arg ...  : arguments passed to program in sys.argv[1:]\n",
      program_name.c_str());
}

// Returns the exit status to stop with, or -1 to go on.
int parse_options(int argc, char** argv, Options& opts) {
  int i = 1;
  for (; i < argc; ++i) {
    std::string a = argv[i];
    if (a.size() < 2 || a[0] != '-') break;  // the script (or "-")
    if (a == "--") {
      ++i;
      break;
    }
    if (a.rfind("--", 0) == 0) {
      if (a == "--help") {
        print_help();
        return 0;
      } else if (a == "--version") {
        std::printf("%s\n", kVersion);
        return 0;
      } else if (a == "--tokens") {
        opts.stage = Stage::Tokens;
      } else if (a == "--ast") {
        opts.stage = Stage::Ast;
      } else if (a == "--ast-positions") {
        opts.stage = Stage::AstPositions;
      } else if (a == "--dis") {
        opts.stage = Stage::Dis;
      } else {
        std::fprintf(stderr, "unknown option %s\n", a.c_str());
        print_usage_hint();
        return 2;
      }
      continue;
    }
    // A cluster of short options, e.g. -uB or -c'print(1)'.
    for (size_t j = 1; j < a.size(); ++j) {
      char c = a[j];
      if (c == 'c' || c == 'W' || c == 'X') {
        std::string value;
        if (j + 1 < a.size()) {
          value = a.substr(j + 1);
        } else if (i + 1 < argc) {
          value = argv[++i];
        } else {
          std::fprintf(stderr, "Argument expected for the -%c option\n", c);
          print_usage_hint();
          return 2;
        }
        if (c == 'c') {
          opts.command = value;
          for (int k = i + 1; k < argc; ++k) opts.args.push_back(argv[k]);
          return -1;
        }
        if (c == 'X') opts.xoptions.push_back(value);
        break;  // -W values are accepted and not yet acted on
      }
      switch (c) {
        case 'h':
        case '?':
          print_help();
          return 0;
        case 'V':
          std::printf("%s\n", kVersion);
          return 0;
        case 'B':
          opts.dont_write_bytecode = true;
          break;
        case 'E': case 'I':
          opts.ignore_environment = true;
          break;
        case 'O': case 'q': case 's': case 'S': case 'u':
        case 'b': case 'd': case 'R': case 'v':
          break;
        default:
          std::fprintf(stderr, "Unknown option: -%c\n", c);
          print_usage_hint();
          return 2;
      }
    }
  }
  if (i < argc) {
    opts.file = argv[i];
    for (int k = i + 1; k < argc; ++k) opts.args.push_back(argv[k]);
  }
  return -1;
}

bool read_all(std::istream& in, std::string& out) {
  out.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return !in.bad();
}

// Reads the program: from -c, a file, or stdin.  Returns -1 on success,
// otherwise the exit status after printing CPython's message.
int read_program(const Options& opts, std::string& display_name, std::string& bytes,
                 bool& from_stdin) {
  from_stdin = false;
  if (opts.command) {
    display_name = "<string>";
    bytes = *opts.command;
    return -1;
  }
  if (!opts.file || *opts.file == "-") {
    display_name = "<stdin>";
    from_stdin = true;
    read_all(std::cin, bytes);
    return -1;
  }
  display_name = *opts.file;
  if (opts.stage == Stage::Tokens) {
    // `python -m tokenize` reports an unreadable file as an OSError of its own.
    std::ifstream in(*opts.file, std::ios::binary);
    int err = in ? 0 : errno;
    if (in && std::filesystem::is_directory(*opts.file)) err = EISDIR;
    if (err) {
      std::fprintf(stderr, "error: [Errno %d] %s: %s\n", err, std::strerror(err),
                   glasspy::py_repr_str(*opts.file).c_str());
      return 1;
    }
    read_all(in, bytes);
    return -1;
  }
  std::error_code ec;
  std::filesystem::path absolute = std::filesystem::absolute(*opts.file, ec);
  if (std::filesystem::is_directory(*opts.file, ec)) {
    std::string dir = absolute.lexically_normal().string();
    if (dir.size() > 1 && dir.back() == '/') dir.pop_back();
    std::fprintf(stderr, "%s: can't find '__main__' module in '%s'\n", program_name.c_str(),
                 dir.c_str());
    return 1;
  }
  std::ifstream in(*opts.file, std::ios::binary);
  if (!in) {
    int err = errno;
    std::fprintf(stderr, "%s: can't open file '%s': [Errno %d] %s\n", program_name.c_str(),
                 absolute.c_str(), err, std::strerror(err));
    return 2;
  }
  read_all(in, bytes);
  // CPython names a script it runs by its absolute path (not normalized) in
  // tracebacks and syntax errors; `python -m dis` uses the name as given.
  if (opts.stage == Stage::Run) display_name = absolute.string();
  return -1;
}

void write_out(const std::string& s, FILE* f) {
  std::fwrite(s.data(), 1, s.size(), f);
  std::fflush(f);
}

int report(const glasspy::SyntaxErrorInfo& err) {
  std::fflush(stdout);
  write_out(glasspy::format_syntax_error(err), stderr);
  return 1;
}

// Shows compile-time warnings as the `warnings` module does under its default
// filters: SyntaxWarnings are printed, DeprecationWarnings hidden.  The source
// line comes from the file, as linecache reads it; a program from -c or stdin
// has none to show.
void print_warnings(const std::vector<glasspy::CompileWarning>& warnings,
                    const glasspy::SourceText& source, bool no_source_file) {
  for (const glasspy::CompileWarning& w : warnings) {
    if (w.category != "SyntaxWarning") continue;
    std::string_view line;
    if (!no_source_file) {
      std::string_view text = source.utf8;
      for (int n = 1; n < w.lineno && !text.empty(); ++n) {
        size_t nl = text.find('\n');
        text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
      }
      line = text.substr(0, text.find('\n'));
    }
    write_out(glasspy::format_compile_warning(w, source.filename, line), stderr);
  }
}

// Compiles and executes the program as __main__ (src/vm), with CPython's
// exit status.
int run_program(const Options& opts, const std::string& display_name, const std::string& bytes,
                bool from_stdin) {
  glasspy::InterpreterConfig config;
  config.executable = program_name;
  bool is_file = !opts.command && !from_stdin;
  if (opts.command) {
    config.argv.push_back("-c");
  } else if (from_stdin) {
    config.argv.push_back(opts.file ? *opts.file : "");
  } else {
    config.argv.push_back(*opts.file);
    std::error_code ec;
    std::filesystem::path script = std::filesystem::canonical(*opts.file, ec);
    if (ec) script = std::filesystem::absolute(*opts.file, ec);
    config.path0 = script.parent_path().string();
  }
  for (const std::string& a : opts.args) config.argv.push_back(a);
  const char* no_bytecode = opts.ignore_environment ? nullptr : std::getenv("PYTHONDONTWRITEBYTECODE");
  config.dont_write_bytecode = opts.dont_write_bytecode || (no_bytecode && *no_bytecode);
  config.ignore_environment = opts.ignore_environment;
  config.xoptions = opts.xoptions;
  if (!int_max_str_digits_setting(opts, config.int_max_str_digits)) return 1;
  std::fflush(stdout);
  if (glasspy::interpreter_init(config) < 0) return 1;
  int status = glasspy::run_main_program(bytes, display_name, is_file);
  return glasspy::interpreter_finalize(status);
}

}  // namespace

int main(int argc, char** argv) {
  program_name = argc > 0 ? argv[0] : "glasspy";
  Options opts;
  if (int status = parse_options(argc, argv, opts); status >= 0) return status;

  std::string display_name, bytes;
  bool from_stdin = false;
  if (int status = read_program(opts, display_name, bytes, from_stdin); status >= 0) return status;

  if (opts.stage == Stage::Run) return run_program(opts, display_name, bytes, from_stdin);

  if (opts.stage == Stage::Tokens) {
    std::string out, err;
    int status = glasspy::run_tokenize_module(display_name, bytes, from_stdin, out, err);
    write_out(out, stdout);
    write_out(err, stderr);
    return status;
  }

  glasspy::SyntaxErrorInfo error;
  glasspy::SourceText source;
  if (!glasspy::decode_source(bytes, display_name, source, error)) return report(error);
  glasspy::ast::Arena arena;
  std::vector<glasspy::CompileWarning> warnings;
  glasspy::ast::mod* tree =
      glasspy::parse(source, glasspy::ParseMode::File, arena, error, &warnings);
  print_warnings(warnings, source, from_stdin || opts.command);
  if (!tree) return report(error);

  switch (opts.stage) {
    case Stage::Ast:
    case Stage::AstPositions:
      try {
        write_out(glasspy::ast::dump(tree, 2, opts.stage == Stage::AstPositions) + "\n", stdout);
      } catch (const glasspy::ast::DumpValueError& e) {
        // Where ast.dump raises ValueError (an int too long to print).
        std::fprintf(stderr, "ValueError: %s\n", e.what());
        return 1;
      } catch (const glasspy::ast::DumpRecursionError& e) {
        std::fprintf(stderr, "RecursionError: %s\n", e.what());
        return 1;
      }
      return 0;
    case Stage::Dis:
    case Stage::Run:
    case Stage::Tokens:
      break;
  }

  // --dis: the bytecode the compiler makes of the tree.
  std::shared_ptr<glasspy::CodeUnit> code;
  std::vector<glasspy::CompileWarning> compile_warnings;
  bool recursion_error = false;
  bool compiled = glasspy::compile_module(tree, source, display_name, code, error, {},
                                          &compile_warnings, &recursion_error);
  print_warnings(compile_warnings, source, from_stdin || opts.command);
  if (recursion_error) {
    std::fflush(stdout);
    std::fprintf(stderr, "RecursionError: maximum recursion depth exceeded during compilation\n");
    return 1;
  }
  if (!compiled) return report(error);
  write_out(glasspy::disassemble(*code), stdout);
  return 0;
}
