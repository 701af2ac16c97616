// Python's operators on compile-time constants, for constant folding: the
// results CPython 3.11's int/float/complex/str/bytes/tuple implementations
// give, or nothing where CPython would raise (ZeroDivisionError, TypeError,
// OverflowError...), in which case the optimizer leaves the expression alone.
#pragma once

#include <optional>

#include "ast/ast.h"
#include "compiler/code_unit.h"

namespace glasspy::const_ops {

std::optional<Constant> unary(ast::unaryop op, const Constant& v);
// The operators of BinOp, without ast_opt.c's size guards (the optimizer
// applies those first).
std::optional<Constant> binary(ast::operator_ op, const Constant& l, const Constant& r);
// container[index] for str, bytes and tuple containers.
std::optional<Constant> subscript(const Constant& container, const Constant& index);

// Number of bits of |v| for an int (or bool) constant (_PyLong_NumBits).
size_t num_bits(const Constant& v);
// len() of str (in code points), bytes, tuple, frozenset.
size_t length(const Constant& v);
bool is_int(const Constant& v);  // int or bool

}  // namespace glasspy::const_ops
