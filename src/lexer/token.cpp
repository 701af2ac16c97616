#include "lexer/token.h"

namespace glasspy {

namespace {
constexpr const char* kNames[] = {
#define TOKEN(name, spelling) #name,
#include "lexer/token_kinds.def"
#undef TOKEN
};
constexpr const char* kSpellings[] = {
#define TOKEN(name, spelling) spelling,
#include "lexer/token_kinds.def"
#undef TOKEN
};
}  // namespace

const char* token_kind_name(TokenKind kind) { return kNames[static_cast<int>(kind)]; }
const char* token_kind_spelling(TokenKind kind) { return kSpellings[static_cast<int>(kind)]; }

}  // namespace glasspy
