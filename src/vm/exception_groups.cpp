// except / except* support (see exception_groups.h), after CPython's
// ceval.c and Objects/exceptions.c.
#include "vm/exception_groups.h"

#include <unordered_set>

#include "objects/abstract.h"
#include "objects/call.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/known_strings.h"
#include "objects/list.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "vm/vm_strings.h"

namespace glasspy {

namespace {

constexpr const char* kCannotCatch =
    "catching classes that do not inherit from BaseException is not allowed";

bool is_exception_group(Object* o) { return is_instance_of(o, &exc::BaseExceptionGroup); }

using IdSet = std::unordered_set<Object*>;

void collect_leaf_ids(Object* exc, IdSet& ids) {
  if (exc == None) return;
  if (!is_exception_group(exc)) {
    ids.insert(exc);
    return;
  }
  Object* excs = static_cast<BaseExceptionGroupObject*>(exc)->excs;
  for (ssize i = 0; i < tuple_size(excs); ++i) collect_leaf_ids(tuple_item(excs, i), ids);
}

Object* notes_of(Object* e) {
  Object** dict = object_dict_slot(e);
  if (!dict || !*dict) return nullptr;
  return dict_get_item(*dict, ID(dunder_notes));
}

bool same_metadata(Object* a, Object* b) {
  BaseExceptionObject* e1 = as_exception(a);
  BaseExceptionObject* e2 = as_exception(b);
  return notes_of(a) == notes_of(b) && e1->traceback == e2->traceback && e1->cause == e2->cause &&
         e1->context == e2->context;
}

// A group like `orig` holding `excs` (a list), with orig's metadata; null
// result (and 0) when excs is empty.
int exception_group_subset(Object* orig, Object* excs, Object** result) {
  *result = nullptr;
  if (list_size(excs) == 0) return 0;
  Object* eg = call_method(orig, VM_ID(derive), excs);
  if (!eg) return -1;
  if (!is_exception_group(eg)) {
    set_error(&exc::TypeError, "derive must return an instance of BaseExceptionGroup");
    decref(eg);
    return -1;
  }
  Object* tb = exception_get_traceback(orig);
  if (tb) {
    int r = exception_set_traceback(eg, tb);
    decref(tb);
    if (r < 0) {
      decref(eg);
      return -1;
    }
  }
  exception_set_context(eg, exception_get_context(orig));
  exception_set_cause(eg, exception_get_cause(orig));
  Object* notes;
  if (lookup_attr(orig, ID(dunder_notes), &notes) < 0) {
    decref(eg);
    return -1;
  }
  if (notes) {
    if (is_sequence(notes)) {
      Object* copy = sequence_list(notes);
      decref(notes);
      if (!copy || set_attr(eg, ID(dunder_notes), copy) < 0) {
        xdecref(copy);
        decref(eg);
        return -1;
      }
      decref(copy);
    } else {
      decref(notes);
    }
  }
  *result = eg;
  return 0;
}

// The part of `exc` whose leaves are in `ids` (split by identity); null
// result when nothing is kept.
int project(Object* exc, const IdSet& ids, Object** match) {
  *match = nullptr;
  if (ids.count(exc)) {
    *match = newref(exc);
    return 0;
  }
  if (!is_exception_group(exc)) return 0;
  Object* excs = static_cast<BaseExceptionGroupObject*>(exc)->excs;
  Object* kept = list_new(0);
  if (!kept) return -1;
  for (ssize i = 0; i < tuple_size(excs); ++i) {
    Object* m;
    if (project(tuple_item(excs, i), ids, &m) < 0) {
      decref(kept);
      return -1;
    }
    if (m) {
      int r = list_append(kept, m);
      decref(m);
      if (r < 0) {
        decref(kept);
        return -1;
      }
    }
  }
  int r = exception_group_subset(exc, kept, match);
  decref(kept);
  return r;
}

}  // namespace

Object* create_exception_group(const char* message, Object* excs) {
  Object* msg = str_from_cstr(message);
  if (!msg) return nullptr;
  Object* r = call_function(static_cast<Object*>(&exc::BaseExceptionGroup), msg, excs);
  decref(msg);
  return r;
}

int check_except_type_valid(Object* right) {
  if (is_tuple(right)) {
    for (ssize i = 0; i < tuple_size(right); ++i) {
      if (!is_exception_class(tuple_item(right, i))) {
        set_error(&exc::TypeError, kCannotCatch);
        return -1;
      }
    }
  } else if (!is_exception_class(right)) {
    set_error(&exc::TypeError, kCannotCatch);
    return -1;
  }
  return 0;
}

int check_except_star_type_valid(Object* right) {
  if (check_except_type_valid(right) < 0) return -1;
  bool is_eg = false;
  if (is_tuple(right)) {
    for (ssize i = 0; i < tuple_size(right) && !is_eg; ++i) {
      int r = object_issubclass(tuple_item(right, i), static_cast<Object*>(&exc::BaseExceptionGroup));
      if (r < 0) return -1;
      is_eg = r;
    }
  } else {
    int r = object_issubclass(right, static_cast<Object*>(&exc::BaseExceptionGroup));
    if (r < 0) return -1;
    is_eg = r;
  }
  if (is_eg) {
    set_error(&exc::TypeError, "catching ExceptionGroup with except* is not allowed. Use except instead.");
    return -1;
  }
  return 0;
}

int exception_group_match(Object* exc_value, Object* match_type, Object** match, Object** rest) {
  if (exc_value == None) {
    *match = newref(None);
    *rest = newref(None);
    return 0;
  }
  if (exception_matches(exc_value, match_type)) {
    if (is_exception_group(exc_value)) {
      *match = newref(exc_value);
    } else {
      Object* excs = tuple_pack({exc_value});
      if (!excs) return -1;
      Object* wrapped = create_exception_group("", excs);
      decref(excs);
      if (!wrapped) return -1;
      *match = wrapped;
    }
    *rest = newref(None);
    return 0;
  }
  if (is_exception_group(exc_value)) {
    Object* pair = call_method(exc_value, VM_ID(split), match_type);
    if (!pair) return -1;
    *match = newref(tuple_item(pair, 0));
    *rest = newref(tuple_item(pair, 1));
    decref(pair);
    return 0;
  }
  *match = newref(None);
  *rest = newref(None);
  return 0;
}

Object* prep_reraise_star(Object* orig, Object* excs) {
  ssize numexcs = list_size(excs);
  if (numexcs == 0) return newref(None);
  if (!is_exception_group(orig)) {
    // A naked exception was caught and wrapped: at most one to raise.
    return newref(list_item(excs, 0));
  }
  Object* raised = list_new(0);
  Object* reraised = raised ? list_new(0) : nullptr;
  Object* result = nullptr;
  if (!reraised) {
    xdecref(raised);
    return nullptr;
  }
  for (ssize i = 0; i < numexcs; ++i) {
    Object* e = list_item(excs, i);
    if (e == None) continue;
    bool is_reraise = same_metadata(e, orig);
    if (list_append(is_reraise ? reraised : raised, e) < 0) goto done;
  }
  {
    IdSet ids;
    for (ssize i = 0; i < list_size(reraised); ++i) collect_leaf_ids(list_item(reraised, i), ids);
    Object* reraised_eg;
    if (project(orig, ids, &reraised_eg) < 0) goto done;
    if (!reraised_eg) reraised_eg = newref(None);
    ssize num_raised = list_size(raised);
    if (num_raised == 0) {
      result = reraised_eg;
    } else {
      int r = 0;
      if (reraised_eg != None) r = list_append(raised, reraised_eg);
      decref(reraised_eg);
      if (r < 0) goto done;
      if (list_size(raised) > 1) {
        result = create_exception_group("", raised);
      } else {
        result = newref(list_item(raised, 0));
      }
    }
  }
done:
  decref(raised);
  decref(reraised);
  return result;
}

}  // namespace glasspy
