// The AST's support code: the arena and the class names of nodes and enums.
//
// Arena: bump allocation from 64 KiB chunks.  A request of more than a
// quarter chunk that does not fit gets a block of its own (kept in chunks_ for
// freeing), so `cursor_` keeps serving the current chunk and little is wasted.
// Zero-size requests still get a distinct non-null address.
// Names come straight from the X-macro tables, so they always agree with
// ast_nodes.def / ast_categories.def.
#include "ast/ast.h"

#include <string_view>

namespace glasspy::ast {

namespace {

constexpr size_t kChunkSize = 64 * 1024;

constexpr const char* kNodeKindNames[] = {
#define AST_NODE(Name, Base, Fields) #Name,
#include "ast/ast_nodes.def"
#undef AST_NODE
};

// One array of Python class names per enumeration, e.g. kNames_cmpop.
#define ENUM_VALUE(v) #v,
#define AST_ENUM(CppName, PyName, Values) constexpr const char* kNames_##CppName[] = {Values};
#define AST_CATEGORY(name, has_positions)
#include "ast/ast_categories.def"
#undef AST_CATEGORY
#undef AST_ENUM
#undef ENUM_VALUE

}  // namespace

void* Arena::allocate(size_t size, size_t align) {
  if (size == 0) size = 1;
  auto fits = [&](size_t& pad) {
    uintptr_t addr = reinterpret_cast<uintptr_t>(cursor_);
    pad = (align - addr % align) % align;
    return cursor_ != nullptr && pad + size <= remaining_;
  };
  size_t pad = 0;
  if (!fits(pad)) {
    if (size + align > kChunkSize / 4) {
      // A big block: give it a chunk of its own and keep the current one.
      size_t bytes = size + align;
      chunks_.push_back(std::make_unique<char[]>(bytes));
      uintptr_t addr = reinterpret_cast<uintptr_t>(chunks_.back().get());
      return chunks_.back().get() + (align - addr % align) % align;
    }
    chunks_.push_back(std::make_unique<char[]>(kChunkSize));
    cursor_ = chunks_.back().get();
    remaining_ = kChunkSize;
    fits(pad);
  }
  char* result = cursor_ + pad;
  cursor_ += pad + size;
  remaining_ -= pad + size;
  return result;
}

std::string_view Arena::str(std::string_view text) {
  char* p = static_cast<char*>(allocate(text.size() + 1, 1));
  if (!text.empty()) std::memcpy(p, text.data(), text.size());
  p[text.size()] = '\0';  // handy for C APIs; not part of the view
  return std::string_view(p, text.size());
}

const char* node_kind_name(NodeKind kind) { return kNodeKindNames[static_cast<size_t>(kind)]; }

const char* enum_name(expr_context v) { return kNames_expr_context[static_cast<size_t>(v)]; }
const char* enum_name(boolop v) { return kNames_boolop[static_cast<size_t>(v)]; }
const char* enum_name(operator_ v) { return kNames_operator_[static_cast<size_t>(v)]; }
const char* enum_name(unaryop v) { return kNames_unaryop[static_cast<size_t>(v)]; }
const char* enum_name(cmpop v) { return kNames_cmpop[static_cast<size_t>(v)]; }

}  // namespace glasspy::ast
