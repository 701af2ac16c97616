// Tokens as the lexer hands them to the parser.
//
// A token is a kind (numbered as CPython's `token` module numbers them), a
// start and end position, and a view of its text in the decoded source.
// Positions follow CPython's parser: lines count from 1, columns are byte
// offsets into the UTF-8 line, counting from 0.
#pragma once

#include <cstdint>
#include <string_view>

namespace glasspy {

enum class TokenKind : uint8_t {
#define TOKEN(name, spelling) name,
#include "lexer/token_kinds.def"
#undef TOKEN
  N_TOKENS
};

// "NAME", "LPAR", ... as CPython's token.tok_name spells them.
const char* token_kind_name(TokenKind kind);
// "(" for LPAR; nullptr for kinds without a fixed spelling.
const char* token_kind_spelling(TokenKind kind);

struct SourcePos {
  int line = 0;  // 1-based
  int col = 0;   // 0-based, in UTF-8 bytes
};

struct Token {
  TokenKind kind = TokenKind::ENDMARKER;
  SourcePos start;
  SourcePos end;
  std::string_view text;  // points into SourceText::utf8
};

}  // namespace glasspy
