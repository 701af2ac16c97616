// Parse throughput: decodes and parses every file named in a list file, in
// memory, several rounds, and prints the best round's MB/s.  bench/parse_speed.py
// runs it beside CPython's ast.parse over the same files.
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "lexer/source.h"
#include "parser/parser.h"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: parse_bench LIST_FILE [ROUNDS]\n");
    return 2;
  }
  int rounds = argc > 2 ? std::atoi(argv[2]) : 3;
  std::ifstream list(argv[1]);
  std::vector<std::pair<std::string, std::string>> files;
  size_t total = 0;
  for (std::string path; std::getline(list, path);) {
    std::ifstream in(path, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    total += bytes.size();
    files.emplace_back(path, std::move(bytes));
  }
  double best = 1e300;
  int failures = 0;
  for (int r = 0; r < rounds; ++r) {
    failures = 0;
    auto start = std::chrono::steady_clock::now();
    for (const auto& [path, bytes] : files) {
      glasspy::SyntaxErrorInfo err;
      glasspy::SourceText source;
      glasspy::ast::Arena arena;
      if (!glasspy::decode_source(bytes, path, source, err) ||
          !glasspy::parse(source, glasspy::ParseMode::File, arena, err)) {
        ++failures;
      }
    }
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (secs < best) best = secs;
  }
  std::printf("%zu files, %.2f MB, best of %d: %.3f s, %.2f MB/s, %d failed\n", files.size(),
              total / 1e6, rounds, best, total / 1e6 / best, failures);
  return failures ? 1 : 0;
}
