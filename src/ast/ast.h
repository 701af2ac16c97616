// The abstract syntax tree, mirroring CPython's `ast` module class for class
// and field for field (the table is ast_nodes.def).
//
// Design: nodes live in an Arena and are trivially destructible (pointers,
// string views and Seq spans into the same arena), so a whole tree is freed at
// once when its Arena goes.  Every node starts with a Node header holding its
// kind and its position: lineno/end_lineno count from 1, col_offset and
// end_col_offset are UTF-8 byte offsets, exactly as CPython gives them.
// Classes without position attributes in CPython (mod, comprehension,
// arguments, withitem, match_case) leave the header's positions at 0.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <new>
#include <string_view>
#include <type_traits>
#include <vector>

namespace glasspy::ast {

// ---- node kinds -----------------------------------------------------------
enum class NodeKind : uint8_t {
#define AST_NODE(Name, Base, Fields) Name,
#include "ast/ast_nodes.def"
#undef AST_NODE
};
const char* node_kind_name(NodeKind kind);  // the Python class name

// ---- enumerations (expr_context, boolop, operator, unaryop, cmpop) ---------
#define ENUM_VALUE(v) v,
#define AST_ENUM(CppName, PyName, Values) enum class CppName : uint8_t { Values };
#define AST_CATEGORY(name, has_positions)
#include "ast/ast_categories.def"
#undef AST_CATEGORY
#undef AST_ENUM
#undef ENUM_VALUE
const char* enum_name(expr_context v);
const char* enum_name(boolop v);
const char* enum_name(operator_ v);
const char* enum_name(unaryop v);
const char* enum_name(cmpop v);

// ---- field value types ------------------------------------------------------
// A span of T in the arena; what ASDL writes as T*.
template <class T>
struct Seq {
  T* items = nullptr;
  uint32_t count = 0;
  T* begin() const { return items; }
  T* end() const { return items + count; }
  T& operator[](size_t i) const { return items[i]; }
  size_t size() const { return count; }
  bool empty() const { return count == 0; }
};

// identifier / identifier? / string?: a null data() means None.
using Identifier = std::string_view;
using OptString = std::string_view;
inline bool is_none(std::string_view s) { return s.data() == nullptr; }

// Module.type_ignores: glasspy parses without type comments (ast.parse's
// default), so this list is always empty.
struct TypeIgnores {};

// The value of a Constant node or MatchSingleton pattern.
struct ConstantValue {
  enum class Kind : uint8_t { None, True, False, Ellipsis, Int, Float, Complex, Str, Bytes };
  Kind kind = Kind::None;
  int64_t int_value = 0;     // Int, when big_int is empty
  std::string_view big_int;  // Int too large for int64: decimal digits, leading '-' if negative
  double real = 0;           // Float; the real part of Complex
  double imag = 0;           // the imaginary part of Complex
  // Str: UTF-8; a lone surrogate (from an escape like '\udc80') is encoded as
  // its 3-byte generalized UTF-8 form.  Bytes: the raw bytes.
  std::string_view text;
};

// ---- nodes ----------------------------------------------------------------
struct Node {
  NodeKind node_kind;
  int lineno = 0;
  int col_offset = 0;
  int end_lineno = 0;
  int end_col_offset = 0;
};

#define AST_CATEGORY(name, has_positions) struct name;
#define AST_ENUM(CppName, PyName, Values)
#include "ast/ast_categories.def"
#undef AST_CATEGORY
#undef AST_ENUM
#define AST_NODE(Name, Base, Fields) struct Name;
#include "ast/ast_nodes.def"
#undef AST_NODE

// Abstract categories.  Product types (arguments, arg, ...) are concrete.
struct mod : Node {};
struct stmt : Node {};
struct expr : Node {};
struct excepthandler : Node {};
struct pattern : Node {};

#define AST_BASE_mod mod
#define AST_BASE_stmt stmt
#define AST_BASE_expr expr
#define AST_BASE_excepthandler excepthandler
#define AST_BASE_pattern pattern
#define AST_BASE_product Node
#define FIELD(Type, name) Type name{};
#define AST_NODE(Name, Base, Fields)                      \
  struct Name : AST_BASE_##Base {                         \
    static constexpr NodeKind kKind = NodeKind::Name;     \
    Fields                                                \
  };
#include "ast/ast_nodes.def"
#undef AST_NODE
#undef FIELD

// Checked downcast: `as<Name>(e)` is null unless e is a Name.
template <class T, class B>
T* as(B* node) {
  return node && node->node_kind == T::kKind ? static_cast<T*>(node) : nullptr;
}

// ---- arena ------------------------------------------------------------------
// Bump allocation in 64 KiB chunks; nothing is freed before the Arena itself.
class Arena {
 public:
  Arena() = default;
  Arena(const Arena&) = delete;
  Arena& operator=(const Arena&) = delete;

  void* allocate(size_t size, size_t align);

  template <class T>
  T* make() {
    static_assert(std::is_trivially_destructible_v<T>);
    T* node = new (allocate(sizeof(T), alignof(T))) T{};
    if constexpr (std::is_base_of_v<Node, T>) node->node_kind = T::kKind;
    return node;
  }

  template <class T>
  Seq<T> seq(const std::vector<T>& items) {
    Seq<T> s;
    s.count = static_cast<uint32_t>(items.size());
    if (s.count) {
      s.items = static_cast<T*>(allocate(sizeof(T) * s.count, alignof(T)));
      std::memcpy(static_cast<void*>(s.items), items.data(), sizeof(T) * s.count);
    }
    return s;
  }

  // Copies `text` into the arena; the result is never a null view.
  std::string_view str(std::string_view text);

 private:
  std::vector<std::unique_ptr<char[]>> chunks_;
  char* cursor_ = nullptr;
  size_t remaining_ = 0;
};

}  // namespace glasspy::ast
