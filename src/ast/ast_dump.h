// The text of CPython 3.11's ast.dump() for a glasspy tree.
#pragma once

#include <stdexcept>
#include <string>

#include "ast/ast.h"

namespace glasspy::ast {

// What `ast.dump(node, indent=indent, include_attributes=include_attributes)`
// returns in CPython 3.11; a negative indent stands for indent=None (the
// one-line form).  Throws DumpValueError where CPython's dump raises
// ValueError: an int constant with more than 4300 decimal digits (the
// int-to-str conversion limit; such ints can come from hex literals).
std::string dump(const Node* node, int indent, bool include_attributes = false);

struct DumpValueError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Where CPython raises RecursionError instead: ast.parse refuses a tree
// nested deeper than its C recursion limit allows ("maximum recursion depth
// exceeded during ast construction"), and ast.dump, being recursive Python,
// runs out of frames on trees nested about a thousand levels deep.
struct DumpRecursionError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

}  // namespace glasspy::ast
