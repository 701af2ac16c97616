// The runtime side of `except` and `except*` (CHECK_EXC_MATCH,
// CHECK_EG_MATCH, PREP_RERAISE_STAR).
#pragma once

#include "objects/object.h"

namespace glasspy {

// "catching classes that do not inherit from BaseException is not allowed".
int check_except_type_valid(Object* right);
// The same, and "catching ExceptionGroup with except* is not allowed. Use
// except instead."
int check_except_star_type_valid(Object* right);

// CHECK_EG_MATCH: splits `exc_value` by `match_type` into *match (an
// exception group, or None) and *rest (or None); a naked matching exception
// is wrapped in ExceptionGroup("", (exc,)).  0, or -1 with an error.
int exception_group_match(Object* exc_value, Object* match_type, Object** match, Object** rest);

// PREP_RERAISE_STAR: the exception to re-raise after the except* clauses of
// `orig` ran, given `excs` (a list of what each clause raised or re-raised,
// None for nothing): None, one exception, or a new group of the raised ones
// plus what is left of orig.  New reference or null.
Object* prep_reraise_star(Object* orig, Object* excs);

// BaseExceptionGroup(message, excs) (picks ExceptionGroup when it can).
Object* create_exception_group(const char* message, Object* excs);

}  // namespace glasspy
