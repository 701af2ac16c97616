// ast.dump(), generic over the X-macro tables.
//
// The layout rule is CPython's: a node is formatted after its fields, and it
// goes on one line when every field value came out "simple" (a scalar, an
// empty list, or a node without arguments such as Load()) and there are at
// most three arguments; otherwise each argument goes on its own line, one
// indent deeper per nesting level (lists count as a level too).  Field values
// that are None and whose class default is None (every optional `?` field:
// null pointers and null string views) are left out; None inside a list
// (kw_defaults, Dict.keys) prints as None.  Which fields a class has and in
// which order comes only from ast_nodes.def; how a value prints depends only
// on its C++ type (the overloads of Dumper::value).
#include "ast/ast_dump.h"

#include <string_view>
#include <utility>
#include <vector>

#include "util/number_format.h"
#include "util/py_repr.h"

namespace glasspy::ast {

namespace {

// Position attributes: classes of the categories marked so in
// ast_categories.def (a product type is its own category).
constexpr bool category_has_positions(std::string_view category) {
#define AST_CATEGORY(name, has_positions) \
  if (category == #name) return has_positions;
#define AST_ENUM(CppName, PyName, Values)
#include "ast/ast_categories.def"
#undef AST_ENUM
#undef AST_CATEGORY
  return false;
}

constexpr bool kHasPositions[] = {
#define AST_NODE(Name, Base, Fields) \
  category_has_positions(std::string_view(#Base) == "product" ? #Name : #Base),
#include "ast/ast_nodes.def"
#undef AST_NODE
};

struct Formatted {
  std::string text;
  bool simple;
};

std::string constant_repr(const ConstantValue& v) {
  switch (v.kind) {
    case ConstantValue::Kind::None: return "None";
    case ConstantValue::Kind::True: return "True";
    case ConstantValue::Kind::False: return "False";
    case ConstantValue::Kind::Ellipsis: return "Ellipsis";
    case ConstantValue::Kind::Int: {
      if (v.big_int.empty()) return int_to_decimal(v.int_value);
      size_t digits = v.big_int.size() - (v.big_int[0] == '-' ? 1 : 0);
      if (digits > static_cast<size_t>(kIntMaxStrDigits)) {
        throw DumpValueError(
            "Exceeds the limit (4300 digits) for integer string conversion; use "
            "sys.set_int_max_str_digits() to increase the limit");
      }
      return std::string(v.big_int);
    }
    case ConstantValue::Kind::Float: return py_repr_float(v.real);
    case ConstantValue::Kind::Complex: return py_repr_complex(v.real, v.imag);
    case ConstantValue::Kind::Str: return py_repr_str(v.text);
    case ConstantValue::Kind::Bytes: return py_repr_bytes(v.text);
  }
  return "None";
}

// CPython 3.11's limits, measured with python3: converting the tree to
// Python objects fails past 2991 nested nodes (products included, lists and
// enums not); ast.dump's _format fails when its frames (a node, a list or a
// leaf value each) nest past 995 below the caller's.
constexpr int kConstructionDepthLimit = 2991;
constexpr int kDumpFrameLimit = 995;

// Throws DumpRecursionError if ast.parse could not have built this tree.
class ConstructionDepthCheck {
 public:
  void node(const Node* n, int depth) {
    if (depth > kConstructionDepthLimit) {
      throw DumpRecursionError("maximum recursion depth exceeded during ast construction");
    }
    switch (n->node_kind) {
#define FIELD(Type, name) visit(self->name, depth + 1);
#define AST_NODE(Name, Base, Fields)                                 \
  case NodeKind::Name: {                                             \
    [[maybe_unused]] const auto* self = static_cast<const Name*>(n); \
    Fields                                                           \
    break;                                                           \
  }
#include "ast/ast_nodes.def"
#undef AST_NODE
#undef FIELD
    }
  }

 private:
  template <class T>
  void visit(const T&, int) {}
  template <class T>
  void visit(T* const& p, int depth) {
    if (p) node(p, depth);
  }
  template <class T>
  void visit(const Seq<T>& items, int depth) {
    for (const T& item : items) visit(item, depth);
  }
};

class Dumper {
 public:
  Dumper(int indent, bool include_attributes)
      : indented_(indent >= 0),
        indent_(indent >= 0 ? static_cast<size_t>(indent) : 0),
        include_attributes_(include_attributes) {}

  Formatted node(const Node* n, int level) {
    FrameGuard frame(*this);
    if (indented_) ++level;
    std::vector<std::string> args;
    bool allsimple = true;
    auto add = [&](const char* name, Formatted&& f) {
      allsimple = allsimple && f.simple;
      std::string arg = name;
      arg.push_back('=');
      arg += f.text;
      args.push_back(std::move(arg));
    };
    auto field = [&](const char* name, const auto& v) {
      if (omitted(v)) return;
      add(name, value(v, level));
    };
    switch (n->node_kind) {
#define FIELD(Type, name) field(#name, self->name);
#define AST_NODE(Name, Base, Fields)                                 \
  case NodeKind::Name: {                                             \
    [[maybe_unused]] const auto* self = static_cast<const Name*>(n); \
    Fields                                                           \
    break;                                                           \
  }
#include "ast/ast_nodes.def"
#undef AST_NODE
#undef FIELD
    }
    if (include_attributes_ && kHasPositions[static_cast<size_t>(n->node_kind)]) {
      add("lineno", scalar(std::to_string(n->lineno)));
      add("col_offset", scalar(std::to_string(n->col_offset)));
      add("end_lineno", scalar(std::to_string(n->end_lineno)));
      add("end_col_offset", scalar(std::to_string(n->end_col_offset)));
    }
    std::string out = node_kind_name(n->node_kind);
    out.push_back('(');
    if (allsimple && args.size() <= 3) {
      join(out, args, ", ");
      out.push_back(')');
      return {std::move(out), args.empty()};
    }
    out += prefix(level);
    join(out, args, separator(level));
    out.push_back(')');
    return {std::move(out), false};
  }

 private:
  // One frame of CPython's recursive _format, counted against its limit.
  struct FrameGuard {
    explicit FrameGuard(Dumper& d) : dumper(d) {
      if (++dumper.frames_ > kDumpFrameLimit) {
        throw DumpRecursionError("maximum recursion depth exceeded");
      }
    }
    ~FrameGuard() { --dumper.frames_; }
    Dumper& dumper;
  };

  // A leaf value: formatted by a _format frame of its own.
  Formatted scalar(std::string text) {
    FrameGuard frame(*this);
    return {std::move(text), true};
  }

  // ---- None handling: which values are left out as absent optionals ----
  template <class T>
  static bool omitted(const T&) { return false; }
  template <class T>
  static bool omitted(T* const& p) { return p == nullptr; }
  static bool omitted(const std::string_view& s) { return is_none(s); }

  // ---- values, by C++ field type ----
  template <class T>
  Formatted value(T* const& p, int level) {
    if (!p) return scalar("None");  // a None inside a list
    return node(p, level);
  }
  Formatted value(const std::string_view& s, int) {
    if (is_none(s)) return scalar("None");
    return scalar(py_repr_str(s));
  }
  Formatted value(const int& v, int) { return scalar(std::to_string(v)); }
  Formatted value(const TypeIgnores&, int) { return scalar("[]"); }
  Formatted value(const ConstantValue& v, int) { return scalar(constant_repr(v)); }
  Formatted value(const expr_context& v, int) { return enum_value(enum_name(v)); }
  Formatted value(const boolop& v, int) { return enum_value(enum_name(v)); }
  Formatted value(const operator_& v, int) { return enum_value(enum_name(v)); }
  Formatted value(const unaryop& v, int) { return enum_value(enum_name(v)); }
  Formatted value(const cmpop& v, int) { return enum_value(enum_name(v)); }
  template <class T>
  Formatted value(const Seq<T>& items, int level) {
    if (items.empty()) return scalar("[]");
    FrameGuard frame(*this);
    if (indented_) ++level;
    std::string out = "[";
    out += prefix(level);
    bool first = true;
    for (const T& item : items) {
      if (!first) out += separator(level);
      first = false;
      out += value(item, level).text;
    }
    out.push_back(']');
    return {std::move(out), false};
  }

  // An enum value is a field-less node: Load(), Add(), ...
  Formatted enum_value(const char* name) { return scalar(std::string(name) + "()"); }

  std::string prefix(int level) const {
    std::string out;
    if (!indented_) return out;
    out.push_back('\n');
    out.append(indent_ * static_cast<size_t>(level), ' ');
    return out;
  }
  std::string separator(int level) const {
    std::string out = ",";
    out.push_back(indented_ ? '\n' : ' ');
    if (indented_) out.append(indent_ * static_cast<size_t>(level), ' ');
    return out;
  }
  static void join(std::string& out, const std::vector<std::string>& parts, const std::string& sep) {
    for (size_t i = 0; i < parts.size(); ++i) {
      if (i) out += sep;
      out += parts[i];
    }
  }

  bool indented_;
  size_t indent_;
  bool include_attributes_;
  int frames_ = 0;
};

}  // namespace

std::string dump(const Node* node, int indent, bool include_attributes) {
  ConstructionDepthCheck().node(node, 1);
  Dumper d(indent, include_attributes);
  return d.node(node, 0).text;
}

}  // namespace glasspy::ast
