// The eval loop: CPython 3.11's bytecode, instruction by instruction, with
// CPython's semantics and error messages (Python/ceval.c).
//
// Shape of the loop:
//  - One invocation of eval_frame() runs an *entry* frame and every Python
//    function that frame calls through CALL: the call pushes a frame on the
//    thread's data stack and `goto start_frame`; RETURN_VALUE pops it and
//    resumes the caller.  C++ recursion happens only through native code
//    (a __add__ slot calling Python, a generator's send, tp_call...).
//  - Dispatch is a computed goto per instruction (the table comes from
//    compiler/opcodes.def); `frame->prev_instr` is updated as each
//    instruction starts, so tracebacks and the exception table always see
//    the instruction that raised.  A computed goto leaves a block without
//    running destructors: an instruction's C++ objects with destructors
//    (builders, strings) live in an inner scope closed before DISPATCH.
//  - Errors: `goto error` adds a traceback entry for the frame and unwinds
//    through the code's exception table (`exception_unwind`): the handler
//    covering the raising instruction gets the value stack cut to its depth,
//    optionally the raising offset (lasti), and the exception; with no
//    handler the frame is popped and the error continues in its caller.
//  - The recursion budget (sys.getrecursionlimit) is shared with native
//    calls, as in CPython 3.11: each running frame takes one unit.
//
// Stack discipline: every slot of the value stack owns its reference or is
// null (the NULL of PUSH_NULL / LOAD_GLOBAL / LOAD_METHOD).
#include "vm/eval.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "compiler/opcodes.h"
#include "objects/abstract.h"
#include "objects/bytes.h"
#include "objects/call.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/known_strings.h"
#include "objects/list.h"
#include "objects/set.h"
#include "objects/method.h"
#include "objects/singletons.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/thread_state.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "vm/call_support.h"
#include "vm/cell.h"
#include "vm/code_object.h"
#include "vm/exception_groups.h"
#include "vm/frame.h"
#include "vm/frame_object.h"
#include "vm/function_object.h"
#include "vm/generator.h"
#include "vm/gil.h"
#include "vm/import.h"
#include "vm/interpreter.h"
#include "vm/pattern_matching.h"
#include "vm/attribute_cache.h"
#include "vm/native_calls.h"
#include "vm/string_concat.h"
#include "vm/traceback.h"
#include "vm/vm_strings.h"

namespace glasspy {

namespace {

// The inline cache entries after each instruction, as compile-time
// constants (the dispatch loop skips them on every execution).
#define OPCODE(name, number, caches, flags, effect) constexpr int kCaches_##name = caches;
#include "compiler/opcodes.def"
#define OPCODE(name, number, caches, flags, effect) constexpr int kOpcode_##name = number;
#include "compiler/opcodes.def"

constexpr const char* kUnboundLocalMsg =
    "cannot access local variable '%s' where it is not associated with a value";
constexpr const char* kUnboundFreeMsg =
    "cannot access free variable '%s' where it is not associated with a value in enclosing scope";

// NameError-family error with the name recorded for suggestions (only for
// NameError itself, as CPython's format_exc_check_arg does).
void format_exc_check_arg(Type* exc_type, const char* format, Object* name) {
  if (!name) return;
  std::string n = str_to_std(name);
  format_error(exc_type, format, n.c_str());
  if (exc_type == &exc::NameError) {
    Object* e = current_error();
    if (e && is_instance_of(e, &exc::NameError)) {
      NameErrorObject* ne = static_cast<NameErrorObject*>(e);
      if (!ne->name) ne->name = newref(name);
    }
  }
}

void format_exc_unbound(CodeObject* co, int oparg) {
  if (error_occurred()) return;
  Object* name = tuple_item(co->co_localsplusnames, oparg);
  if (oparg < co->co_nlocalsplus - co->co_nfreevars) {
    format_exc_check_arg(&exc::UnboundLocalError, kUnboundLocalMsg, name);
  } else {
    format_exc_check_arg(&exc::NameError, kUnboundFreeMsg, name);
  }
}

// Spreads `v` into `argcnt` values (and a list of the rest plus `argcntafter`
// more for a starred target), written downwards from `sp`.  True on success.
bool unpack_iterable(Object* v, int argcnt, int argcntafter, Object** sp) {
  int i = 0;
  Object* it = get_iter(v);
  if (!it) {
    if (error_matches(&exc::TypeError) && !v->type->iter && !is_sequence(v)) {
      clear_error();
      format_error(&exc::TypeError, "cannot unpack non-iterable %.200s object", v->type->name);
    }
    return false;
  }
  Object* l = nullptr;
  ssize ll;
  for (; i < argcnt; ++i) {
    Object* w = iter_next(it);
    if (!w) {
      if (!error_occurred()) {
        if (argcntafter == -1) {
          format_error(&exc::ValueError, "not enough values to unpack (expected %d, got %d)", argcnt, i);
        } else {
          format_error(&exc::ValueError, "not enough values to unpack (expected at least %d, got %d)",
                       argcnt + argcntafter, i);
        }
      }
      goto fail;
    }
    *--sp = w;
  }
  if (argcntafter == -1) {
    Object* w = iter_next(it);
    if (!w) {
      if (error_occurred()) goto fail;
      decref(it);
      return true;
    }
    decref(w);
    format_error(&exc::ValueError, "too many values to unpack (expected %d)", argcnt);
    goto fail;
  }
  l = sequence_list(it);
  if (!l) goto fail;
  *--sp = l;
  ++i;
  ll = list_size(l);
  if (ll < argcntafter) {
    format_error(&exc::ValueError, "not enough values to unpack (expected at least %d, got %zd)",
                 argcnt + argcntafter, argcnt + ll);
    goto fail;
  }
  for (int j = argcntafter; j > 0; --j, ++i) *--sp = newref(list_item(l, ll - j));
  list_set_slice(l, ll - argcntafter, ll, nullptr);
  decref(it);
  return true;
fail:
  for (; i > 0; --i, ++sp) decref(*sp);
  decref(it);
  return false;
}

// `raise`, `raise exc`, `raise exc from cause`.  Returns true when the
// exception is re-raised as is (no new traceback entry: bare `raise`).
bool do_raise(Object* exc_obj, Object* cause) {
  if (!exc_obj) {
    Object* value = handled_exception();
    if (!value) {
      set_error(&exc::RuntimeError, "No active exception to reraise");
      return false;
    }
    restore_error(newref(value));
    return true;
  }
  Object* value = nullptr;
  Type* type = nullptr;
  if (is_exception_class(exc_obj)) {
    type = static_cast<Type*>(exc_obj);
    value = call_no_args(exc_obj);
    if (!value) goto raise_error;
    if (!is_exception_instance(value)) {
      format_error(&exc::TypeError,
                   "calling %R should have returned an instance of BaseException, not %R",
                   exc_obj, static_cast<Object*>(value->type));
      goto raise_error;
    }
  } else if (is_exception_instance(exc_obj)) {
    value = newref(exc_obj);
    type = exc_obj->type;
  } else {
    set_error(&exc::TypeError, "exceptions must derive from BaseException");
    goto raise_error;
  }
  if (cause) {
    Object* fixed_cause;
    if (is_exception_class(cause)) {
      fixed_cause = call_no_args(cause);
      if (!fixed_cause) goto raise_error;
      if (!is_exception_instance(fixed_cause)) {
        format_error(&exc::TypeError,
                     "calling %R should have returned an instance of BaseException, not %R", cause,
                     static_cast<Object*>(fixed_cause->type));
        decref(fixed_cause);
        goto raise_error;
      }
    } else if (is_exception_instance(cause)) {
      fixed_cause = newref(cause);
    } else if (cause == None) {
      fixed_cause = nullptr;
    } else {
      set_error(&exc::TypeError, "exception causes must derive from BaseException");
      goto raise_error;
    }
    exception_set_cause(value, fixed_cause);
  }
  set_error_object(type, value);
  decref(value);
  return false;
raise_error:
  xdecref(value);
  return false;
}

// The exception whose handler runs ("lasti is not an int" guards RERAISE).
void restore_exception_value(Object* val) { restore_error(val); }

Object* build_map_from_stack(Object** items, ssize n) {
  bool unicode = true;
  for (ssize i = 0; i < n; ++i) {
    if (!is_str_exact(items[2 * i])) {
      unicode = false;
      break;
    }
  }
  Object* d = dict_new_presized_kind(n, unicode);
  if (!d) return nullptr;
  for (ssize i = 0; i < n; ++i) {
    if (dict_set_item(d, items[2 * i], items[2 * i + 1]) < 0) {
      decref(d);
      return nullptr;
    }
  }
  return d;
}

Object* lookup_special_method(Object* obj, Object* name) { return lookup_special(obj, name); }

// The cases CPython 3.11 specializes BINARY_OP for (two small ints or two
// floats with +, - or *), computed directly; null means "take the generic
// path" (never an error).
// An operand that nothing but the value stack refers to (plus, for the
// left one, the local the next instruction overwrites with the result:
// `x = x + y`, `total += v`) can take the result in place: no program can
// see the change, and the arithmetic allocates nothing.  Cached small ints
// are never reused (their identity is shared).
inline bool int_reusable(Object* o, bool lhs_dies) {
  return lhs_dies && as_int(o)->is_small() &&
         (as_int(o)->value < kSmallIntMin || as_int(o)->value > kSmallIntMax);
}

inline Object* int_result(Object* lhs, bool lhs_dies, int64_t v) {
  if (v >= kSmallIntMin && v <= kSmallIntMax) return newref(&small_ints[v - kSmallIntMin]);
  if (int_reusable(lhs, lhs_dies)) {
    as_int(lhs)->value = v;
    return newref(lhs);
  }
  return int_from_i64(v);
}

inline Object* float_result(Object* lhs, Object* rhs, bool lhs_dies, double v) {
  if (lhs_dies) {
    static_cast<FloatObject*>(lhs)->value = v;
    return newref(lhs);
  }
  if (rhs->refcnt == 1) {
    static_cast<FloatObject*>(rhs)->value = v;
    return newref(rhs);
  }
  return float_from_double(v);
}

Object* binary_op_fast_path(int oparg, Object* lhs, Object* rhs, bool lhs_dies) {
  BinaryOp op = static_cast<BinaryOp>(oparg);
  if (is_int_exact(lhs) && is_int_exact(rhs)) {
    IntObject* a = as_int(lhs);
    IntObject* b = as_int(rhs);
    if (!a->is_small() || !b->is_small()) return nullptr;
    int64_t r;
    switch (op) {
      case BinaryOp::kAdd:
      case BinaryOp::kInplaceAdd:
        if (__builtin_add_overflow(a->value, b->value, &r)) return nullptr;
        return int_result(lhs, lhs_dies, r);
      case BinaryOp::kSubtract:
      case BinaryOp::kInplaceSubtract:
        if (__builtin_sub_overflow(a->value, b->value, &r)) return nullptr;
        return int_result(lhs, lhs_dies, r);
      case BinaryOp::kMultiply:
      case BinaryOp::kInplaceMultiply:
        if (__builtin_mul_overflow(a->value, b->value, &r)) return nullptr;
        return int_result(lhs, lhs_dies, r);
      case BinaryOp::kTrueDivide:
      case BinaryOp::kInplaceTrueDivide: {
        // Both exactly representable: one correctly rounded division.
        constexpr int64_t kExact = int64_t{1} << 53;
        if (b->value == 0 || a->value > kExact || a->value < -kExact || b->value > kExact ||
            b->value < -kExact) {
          return nullptr;
        }
        return float_from_double(static_cast<double>(a->value) / static_cast<double>(b->value));
      }
      case BinaryOp::kRemainder:
      case BinaryOp::kInplaceRemainder:
        if (b->value == 0 || b->value == -1) return nullptr;
        r = a->value % b->value;
        if (r != 0 && ((r ^ b->value) < 0)) r += b->value;
        return int_result(lhs, lhs_dies, r);
      case BinaryOp::kFloorDivide:
      case BinaryOp::kInplaceFloorDivide:
        if (b->value == 0 || b->value == -1) return nullptr;
        r = a->value / b->value;
        if (a->value % b->value != 0 && ((a->value ^ b->value) < 0)) --r;
        return int_result(lhs, lhs_dies, r);
      case BinaryOp::kAnd:
      case BinaryOp::kInplaceAnd:
        return int_result(lhs, lhs_dies, a->value & b->value);
      case BinaryOp::kOr:
      case BinaryOp::kInplaceOr:
        return int_result(lhs, lhs_dies, a->value | b->value);
      case BinaryOp::kXor:
      case BinaryOp::kInplaceXor:
        return int_result(lhs, lhs_dies, a->value ^ b->value);
      case BinaryOp::kRshift:
      case BinaryOp::kInplaceRshift:
        if (b->value < 0) return nullptr;
        return int_result(lhs, lhs_dies, b->value >= 64 ? (a->value < 0 ? -1 : 0) : (a->value >> b->value));
      case BinaryOp::kLshift:
      case BinaryOp::kInplaceLshift:
        if (b->value < 0 || b->value >= 63) return nullptr;
        r = static_cast<int64_t>(static_cast<uint64_t>(a->value) << b->value);
        if ((r >> b->value) != a->value) return nullptr;
        return int_result(lhs, lhs_dies, r);
      default:
        return nullptr;
    }
  }
  if (is_float_exact(lhs) && is_float_exact(rhs)) {
    double a = float_value(lhs);
    double b = float_value(rhs);
    switch (op) {
      case BinaryOp::kAdd:
      case BinaryOp::kInplaceAdd:
        return float_result(lhs, rhs, lhs_dies, a + b);
      case BinaryOp::kSubtract:
      case BinaryOp::kInplaceSubtract:
        return float_result(lhs, rhs, lhs_dies, a - b);
      case BinaryOp::kMultiply:
      case BinaryOp::kInplaceMultiply:
        return float_result(lhs, rhs, lhs_dies, a * b);
      case BinaryOp::kTrueDivide:
      case BinaryOp::kInplaceTrueDivide:
        if (b == 0.0) return nullptr;
        return float_result(lhs, rhs, lhs_dies, a / b);
      default:
        return nullptr;
    }
  }
  return nullptr;
}

// BEFORE_WITH / BEFORE_ASYNC_WITH: looks up the manager's __enter__ and
// __exit__ (or __aenter__ / __aexit__), replaces the manager in *slot by the
// bound exit method and returns what entering gave (new reference), or null
// with CPython's TypeError when the protocol is missing.
Object* enter_context(Object** slot, bool async) {
  Object* mgr = *slot;
  const char* kind = async ? "asynchronous context manager" : "context manager";
  Object* enter = lookup_special_method(mgr, async ? ID(dunder_aenter) : ID(dunder_enter));
  if (!enter) {
    if (!error_occurred())
      format_error(&exc::TypeError, "'%.200s' object does not support the %s protocol", mgr->type->name, kind);
    return nullptr;
  }
  Object* exit = lookup_special_method(mgr, async ? ID(dunder_aexit) : ID(dunder_exit));
  if (!exit) {
    if (!error_occurred())
      format_error(&exc::TypeError, "'%.200s' object does not support the %s protocol (missed %s method)",
                   mgr->type->name, kind, async ? "__aexit__" : "__exit__");
    decref(enter);
    return nullptr;
  }
  *slot = exit;
  decref(mgr);
  Object* res = call_no_args(enter);
  decref(enter);
  return res;
}

bool compare_result(int cmp, int op) {
  switch (op) {
    case kLT: return cmp < 0;
    case kLE: return cmp <= 0;
    case kEQ: return cmp == 0;
    case kNE: return cmp != 0;
    case kGT: return cmp > 0;
    default: return cmp >= 0;
  }
}

// CPython 3.11 specializes a COMPARE_OP followed by a conditional jump on
// two small ints, two floats, or two strs (== and != only) into
// COMPARE_OP_*_JUMP, which compares without a recursion check.  Doing the
// same keeps "maximum recursion depth exceeded" errors where CPython has
// them (and is faster).  1 / 0 for the result, -1 when the generic path
// must run.
int compare_fast_path(Object* left, Object* right, int oparg, int next_opcode) {
  int next = op::deoptimize(next_opcode);
  if (next != op::POP_JUMP_FORWARD_IF_FALSE && next != op::POP_JUMP_FORWARD_IF_TRUE &&
      next != op::POP_JUMP_BACKWARD_IF_FALSE && next != op::POP_JUMP_BACKWARD_IF_TRUE) {
    return -1;
  }
  constexpr int64_t kCompact = int64_t(1) << 30;
  if (is_int_exact(left) && is_int_exact(right)) {
    IntObject* a = as_int(left);
    IntObject* b = as_int(right);
    if (!a->is_small() || !b->is_small()) return -1;
    if (a->value <= -kCompact || a->value >= kCompact || b->value <= -kCompact || b->value >= kCompact) return -1;
    int cmp = a->value < b->value ? -1 : a->value > b->value ? 1 : 0;
    return compare_result(cmp, oparg);
  }
  if (is_float_exact(left) && is_float_exact(right)) {
    double a = float_value(left);
    double b = float_value(right);
    switch (oparg) {
      case kLT: return a < b;
      case kLE: return a <= b;
      case kEQ: return a == b;
      case kNE: return a != b;
      case kGT: return a > b;
      default: return a >= b;
    }
  }
  if (is_str_exact(left) && is_str_exact(right) && (oparg == kEQ || oparg == kNE)) {
    bool eq = left == right || str_equal(left, right);
    return eq == (oparg == kEQ);
  }
  return -1;
}

// A frame starts: it takes one unit of the recursion budget.  False with
// RecursionError set when the budget is spent; the unit is taken anyway, as
// exit_unwind gives it back.  While a RecursionError is being made
// (headroom) frames may go a little further, as in CPython.
bool enter_frame_recursion(ThreadState& ts) {
  if (ts.recursion_remaining-- > 0) return true;
  if (ts.recursion_headroom) {
    if (ts.recursion_remaining < -50) {
      std::fputs("Fatal Python error: Cannot recover from stack overflow.\n", stderr);
      std::abort();
    }
    return true;
  }
  ++ts.recursion_headroom;
  format_error(&exc::RecursionError, "maximum recursion depth exceeded");
  --ts.recursion_headroom;
  return false;
}

}  // namespace

void raise_name_error(Object* name) {
  format_exc_check_arg(&exc::NameError, "name '%.200s' is not defined", name);
}

Frame* current_frame() { return vm_thread().current_frame; }

Object* current_globals() {
  Frame* f = current_frame();
  return f ? f->globals : nullptr;
}

Object* current_builtins() {
  Frame* f = current_frame();
  return f ? f->builtins : interpreter_builtins_dict();
}

Object* current_locals() {
  Frame* f = current_frame();
  if (!f) return nullptr;
  return frame_get_locals(f);
}

Object* eval_entry_frame(Frame* frame) {
  Object* result = eval_frame(frame, false);
  clear_and_pop_frame(frame);
  return result;
}

Object* eval_code(Object* code, Object* globals, Object* locals) {
  Object* func = function_new(code, globals);
  if (!func) return nullptr;
  Object* r = function_call_with_locals(as_function(func), locals, nullptr, 0, nullptr);
  decref(func);
  return r;
}

Object* eval_frame(Frame* frame, bool throwflag) {
  // The dispatch table: one label per real instruction of 3.11.
  static void* dispatch_table[256];
  static bool dispatch_ready = false;
  if (!dispatch_ready) {
    for (void*& target : dispatch_table) target = &&unknown_opcode;
#define OPCODE(name, number, caches, flags, effect) dispatch_table[number] = &&TARGET_##name;
#include "compiler/opcodes.def"
    dispatch_ready = true;
  }

  VMThread& vm = vm_thread();
  ThreadState& ts = thread_state();
  frame->previous = vm.current_frame;
  vm.current_frame = frame;
  frame->is_entry = true;

  CodeWord* next_instr;
  Object** sp;
  Object** localsplus;
  Object* const* consts;
  Object* const* names;
  CodeWord* first_instr;
  Object* kwnames = nullptr;  // set by KW_NAMES for the following CALL
  int opcode;
  int oparg;

#define SET_LOCALS_FROM_FRAME()                                   \
  do {                                                            \
    next_instr = frame->prev_instr + 1;                           \
    sp = frame->stack_pointer();                                  \
    localsplus = frame->localsplus;                               \
    consts = tuple_items(frame->code->co_consts);                 \
    names = tuple_items(frame->code->co_names);                   \
    first_instr = frame->code->instructions;                      \
  } while (0)
#define SAVE_SP() frame->set_stack_pointer(sp)
#define DISPATCH()                            \
  do {                                        \
    frame->prev_instr = next_instr;           \
    opcode = next_instr->opcode;              \
    oparg = next_instr->arg;                  \
    ++next_instr;                             \
    goto* dispatch_table[opcode];             \
  } while (0)
#define TARGET(op) TARGET_##op:
#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define SECOND() (sp[-2])
#define THIRD() (sp[-3])
#define PEEK(n) (sp[-(n)])
#define SET_TOP(v) (sp[-1] = (v))
#define SET_SECOND(v) (sp[-2] = (v))
#define STACK_SHRINK(n) (sp -= (n))
#define STACK_GROW(n) (sp += (n))
#define JUMPBY(n) (next_instr += (n))
#define JUMPTO(n) (next_instr = first_instr + (n))
#define SKIP_CACHES(name) JUMPBY(kCaches_##name)
#define GETLOCAL(i) (localsplus[i])
#define SETLOCAL(i, v)           \
  do {                           \
    Object* old_ = localsplus[i]; \
    localsplus[i] = (v);         \
    xdecref(old_);               \
  } while (0)

  if (throwflag) {
    if (!enter_frame_recursion(ts)) goto exit_unwind;
    goto resume_with_error;
  }

start_frame:
  if (!enter_frame_recursion(ts)) goto exit_unwind;

  SET_LOCALS_FROM_FRAME();
  DISPATCH();

  // ---- the instructions ------------------------------------------------------

  TARGET(NOP) { DISPATCH(); }
  TARGET(RESUME) {
    // CPython 3.11 counts these towards quickening the code (native_calls.h).
    if (frame->code->warmup < kQuickeningWarmup) ++frame->code->warmup;
    // The GIL and interrupts (vm/gil.h), at function entry and loop back
    // edges; not when a generator resumes after a yield (oparg >= 2).
    if (eval_breaker_tripped() && oparg < 2 && handle_eval_breaker() < 0) goto error;
    DISPATCH();
  }

  TARGET(CACHE) {
    goto unknown_opcode;
  }

  TARGET(EXTENDED_ARG) {
    oparg <<= 8;
    oparg |= next_instr->arg;
    opcode = next_instr->opcode;
    frame->prev_instr = next_instr;
    ++next_instr;
    if (opcode == op::EXTENDED_ARG) goto TARGET_EXTENDED_ARG;
    goto* dispatch_table[opcode];
  }

  TARGET(LOAD_FAST) {
    Object* value = GETLOCAL(oparg);
    if (!value) goto unbound_local_error;
    PUSH(newref(value));
    DISPATCH();
  }

  TARGET(LOAD_CONST) {
    PUSH(newref(consts[oparg]));
    DISPATCH();
  }

  TARGET(STORE_FAST) {
    Object* value = POP();
    SETLOCAL(oparg, value);
    DISPATCH();
  }

  TARGET(DELETE_FAST) {
    Object* v = GETLOCAL(oparg);
    if (!v) goto unbound_local_error;
    SETLOCAL(oparg, nullptr);
    DISPATCH();
  }

  TARGET(POP_TOP) {
    Object* value = POP();
    xdecref(value);
    DISPATCH();
  }

  TARGET(PUSH_NULL) {
    PUSH(nullptr);
    DISPATCH();
  }

  TARGET(COPY) {
    Object* peek = PEEK(oparg);
    PUSH(xnewref(peek));
    DISPATCH();
  }

  TARGET(SWAP) {
    Object* top = TOP();
    SET_TOP(PEEK(oparg));
    PEEK(oparg) = top;
    DISPATCH();
  }

  TARGET(UNARY_POSITIVE) {
    Object* value = TOP();
    Object* res = number_positive(value);
    decref(value);
    SET_TOP(res);
    if (!res) goto error;
    DISPATCH();
  }

  TARGET(UNARY_NEGATIVE) {
    Object* value = TOP();
    Object* res = number_negative(value);
    decref(value);
    SET_TOP(res);
    if (!res) goto error;
    DISPATCH();
  }

  TARGET(UNARY_INVERT) {
    Object* value = TOP();
    Object* res = number_invert(value);
    decref(value);
    SET_TOP(res);
    if (!res) goto error;
    DISPATCH();
  }

  TARGET(UNARY_NOT) {
    Object* value = TOP();
    int err = object_is_true(value);
    decref(value);
    if (err < 0) {
      STACK_SHRINK(1);
      goto error;
    }
    SET_TOP(newref(err ? False : True));
    DISPATCH();
  }

  TARGET(BINARY_OP) {
    Object* rhs = POP();
    Object* lhs = TOP();
    if ((oparg == static_cast<int>(BinaryOp::kAdd) || oparg == static_cast<int>(BinaryOp::kInplaceAdd)) &&
        is_str_exact(lhs) && is_str_exact(rhs)) {
      // `s += t` (or `s = s + t`) storing back into the local that holds
      // s: drop the local's reference so s can grow in place, and do the
      // STORE_FAST here.
      const CodeWord store = next_instr[kCaches_BINARY_OP];
      if (store.opcode == kOpcode_STORE_FAST && GETLOCAL(store.arg) == lhs) {
        Object** target = &GETLOCAL(store.arg);
        decref(lhs);  // the local's reference; the stack's remains
        STACK_SHRINK(1);
        str_append_to(target, rhs);
        decref(rhs);
        JUMPBY(kCaches_BINARY_OP + 1);
        if (!*target) goto error;
        DISPATCH();
      }
    }
    const CodeWord after = next_instr[kCaches_BINARY_OP];
    bool lhs_dies = lhs->refcnt == 1 ||
                    (lhs->refcnt == 2 && after.opcode == kOpcode_STORE_FAST && GETLOCAL(after.arg) == lhs);
    Object* res = binary_op_fast_path(oparg, lhs, rhs, lhs_dies);
    if (!res) res = binary_op(static_cast<BinaryOp>(oparg), lhs, rhs);
    decref(lhs);
    decref(rhs);
    SET_TOP(res);
    SKIP_CACHES(BINARY_OP);
    if (!res) goto error;
    DISPATCH();
  }

  TARGET(BINARY_SUBSCR) {
    Object* sub = POP();
    Object* container = TOP();
    Object* res;
    // A list or tuple indexed by a machine-sized int (CPython 3.11's
    // BINARY_SUBSCR_LIST_INT / _TUPLE_INT): no protocol lookups.
    if (is_int_exact(sub) && as_int(sub)->is_small() && (is_list_exact(container) || is_tuple_exact(container))) {
      int64_t i = as_int(sub)->value;
      ssize n = is_list_exact(container) ? list_size(container) : tuple_size(container);
      if (i < 0) i += n;
      if (i >= 0 && i < n) {
        res = newref(is_list_exact(container) ? list_item(container, i) : tuple_item(container, i));
        decref(container);
        decref(sub);
        SET_TOP(res);
        SKIP_CACHES(BINARY_SUBSCR);
        DISPATCH();
      }
    }
    res = get_item(container, sub);
    decref(container);
    decref(sub);
    SET_TOP(res);
    SKIP_CACHES(BINARY_SUBSCR);
    if (!res) goto error;
    DISPATCH();
  }

  TARGET(STORE_SUBSCR) {
    Object* sub = TOP();
    Object* container = SECOND();
    Object* v = THIRD();
    STACK_SHRINK(3);
    // list[int] = v (CPython 3.11's STORE_SUBSCR_LIST_INT): the stack's
    // reference to v moves into the list.
    if (is_list_exact(container) && is_int_exact(sub) && as_int(sub)->is_small()) {
      int64_t i = as_int(sub)->value;
      ssize n = list_size(container);
      if (i < 0) i += n;
      if (i >= 0 && i < n) {
        Object** slot = &as_list(container)->items[i];
        Object* old = *slot;
        *slot = v;
        decref(old);
        decref(container);
        decref(sub);
        SKIP_CACHES(STORE_SUBSCR);
        DISPATCH();
      }
    }
    int err = set_item(container, sub, v);
    decref(v);
    decref(container);
    decref(sub);
    SKIP_CACHES(STORE_SUBSCR);
    if (err != 0) goto error;
    DISPATCH();
  }

  TARGET(DELETE_SUBSCR) {
    Object* sub = TOP();
    Object* container = SECOND();
    STACK_SHRINK(2);
    int err = del_item(container, sub);
    decref(container);
    decref(sub);
    if (err != 0) goto error;
    DISPATCH();
  }

  TARGET(GET_LEN) {
    ssize len = object_length(TOP());
    if (len < 0) goto error;
    Object* len_o = int_from_ssize(len);
    if (!len_o) goto error;
    PUSH(len_o);
    DISPATCH();
  }

  TARGET(MATCH_MAPPING) {
    Object* subject = TOP();
    bool match = subject->type->flags & tpflags::kMapping;
    PUSH(newref(match ? True : False));
    DISPATCH();
  }

  TARGET(MATCH_SEQUENCE) {
    Object* subject = TOP();
    bool match = subject->type->flags & tpflags::kSequence;
    PUSH(newref(match ? True : False));
    DISPATCH();
  }

  TARGET(MATCH_KEYS) {
    Object* keys = TOP();
    Object* subject = SECOND();
    Object* values_or_none = match_keys(subject, keys);
    if (!values_or_none) goto error;
    PUSH(values_or_none);
    DISPATCH();
  }

  TARGET(MATCH_CLASS) {
    Object* names_t = POP();
    Object* type = POP();
    Object* subject = TOP();
    Object* attrs = match_class(subject, type, oparg, names_t);
    decref(names_t);
    decref(type);
    if (!attrs && error_occurred()) goto error;  // the subject stays for the unwinder
    SET_TOP(attrs ? attrs : newref(None));
    decref(subject);
    DISPATCH();
  }

  TARGET(PUSH_EXC_INFO) {
    Object* value = TOP();
    ExceptionStackItem* exc_info = ts.exc_info;
    if (exc_info->exc_value) {
      SET_TOP(exc_info->exc_value);
    } else {
      SET_TOP(newref(None));
    }
    PUSH(newref(value));
    exc_info->exc_value = value;
    DISPATCH();
  }

  TARGET(POP_EXCEPT) {
    ExceptionStackItem* exc_info = ts.exc_info;
    Object* value = exc_info->exc_value;
    exc_info->exc_value = POP();
    xdecref(value);
    DISPATCH();
  }

  TARGET(CHECK_EXC_MATCH) {
    Object* right = POP();
    Object* left = TOP();
    if (check_except_type_valid(right) < 0) {
      decref(right);
      goto error;
    }
    bool res = exception_matches(left, right);
    decref(right);
    PUSH(newref(res ? True : False));
    DISPATCH();
  }

  TARGET(CHECK_EG_MATCH) {
    Object* match_type = POP();
    if (check_except_star_type_valid(match_type) < 0) {
      decref(match_type);
      goto error;
    }
    Object* exc_value = TOP();
    Object* match = nullptr;
    Object* rest = nullptr;
    int res = exception_group_match(exc_value, match_type, &match, &rest);
    decref(match_type);
    if (res < 0) goto error;
    if (!match || !rest) {
      xdecref(match);
      xdecref(rest);
      goto error;
    }
    if (match == None) {
      PUSH(match);
      xdecref(rest);
    } else {
      SET_TOP(rest);
      PUSH(match);
      Object* old = ts.exc_info->exc_value;
      ts.exc_info->exc_value = newref(match);
      xdecref(old);
      decref(exc_value);
    }
    DISPATCH();
  }

  TARGET(PREP_RERAISE_STAR) {
    Object* excs = POP();
    Object* orig = POP();
    Object* val = prep_reraise_star(orig, excs);
    decref(excs);
    decref(orig);
    if (!val) goto error;
    PUSH(val);
    DISPATCH();
  }

  TARGET(RERAISE) {
    if (oparg) {
      Object* lasti = PEEK(oparg + 1);
      if (lasti && is_int(lasti)) {
        frame->prev_instr = first_instr + int_as_long(lasti);
      } else {
        set_error(&exc::SystemError, "lasti is not an int");
        goto error;
      }
    }
    Object* val = POP();
    restore_exception_value(val);
    goto exception_unwind;
  }

  TARGET(END_ASYNC_FOR) {
    Object* val = POP();
    if (exception_matches(val, reinterpret_cast<Object*>(&exc::StopAsyncIteration))) {
      decref(val);
      Object* aiter = POP();
      decref(aiter);
      DISPATCH();
    }
    restore_error(val);
    goto exception_unwind;
  }

  TARGET(WITH_EXCEPT_START) {
    Object* val = TOP();
    Object* exc_type = val->type;
    Object* tb = exception_get_traceback(val);
    Object* exit_func = PEEK(4);
    Object* stack[4] = {nullptr, exc_type, val, tb ? tb : None};
    Object* res = vectorcall(exit_func, stack + 1, 3 | kVectorcallArgumentsOffset, nullptr);
    xdecref(tb);
    if (!res) goto error;
    PUSH(res);
    DISPATCH();
  }

  TARGET(BEFORE_WITH) {
    Object* res = enter_context(&TOP(), false);
    if (!res) goto error;
    PUSH(res);
    DISPATCH();
  }

  TARGET(BEFORE_ASYNC_WITH) {
    Object* res = enter_context(&TOP(), true);
    if (!res) goto error;
    PUSH(res);
    DISPATCH();
  }

  TARGET(GET_AITER) {
    Object* obj = TOP();
    Type* type = obj->type;
    unaryfunc getter = type->as_async ? type->as_async->am_aiter : nullptr;
    Object* iter;
    if (getter) {
      iter = getter(obj);
      decref(obj);
      if (!iter) {
        SET_TOP(nullptr);
        goto error;
      }
    } else {
      SET_TOP(nullptr);
      format_error(&exc::TypeError, "'async for' requires an object with __aiter__ method, got %.100s",
                   type->name);
      decref(obj);
      goto error;
    }
    if (!iter->type->as_async || !iter->type->as_async->am_anext) {
      SET_TOP(nullptr);
      format_error(&exc::TypeError,
                   "'async for' received an object from __aiter__ that does not implement __anext__: "
                   "%.100s",
                   iter->type->name);
      decref(iter);
      goto error;
    }
    SET_TOP(iter);
    DISPATCH();
  }

  TARGET(GET_ANEXT) {
    Object* aiter = TOP();
    Object* awaitable = get_anext_awaitable(aiter);
    if (!awaitable) goto error;
    PUSH(awaitable);
    DISPATCH();
  }

  TARGET(GET_AWAITABLE) {
    Object* iterable = TOP();
    Object* iter = coro_get_awaitable_iter(iterable);
    if (!iter) format_awaitable_error(iterable->type, oparg);
    decref(iterable);
    if (iter && is_coroutine(iter)) {
      Object* yf = gen_yield_from_target(iter);
      if (yf) {
        decref(yf);
        clear_ref(iter);
        set_error(&exc::RuntimeError, "coroutine is being awaited already");
      }
    }
    SET_TOP(iter);
    if (!iter) goto error;
    DISPATCH();
  }

  TARGET(GET_ITER) {
    Object* iterable = TOP();
    Object* iter = get_iter(iterable);
    decref(iterable);
    SET_TOP(iter);
    if (!iter) goto error;
    DISPATCH();
  }

  TARGET(GET_YIELD_FROM_ITER) {
    Object* iterable = TOP();
    if (is_coroutine(iterable)) {
      if (!(frame->code->co_flags & (CO_COROUTINE | CO_ITERABLE_COROUTINE))) {
        decref(iterable);
        SET_TOP(nullptr);
        set_error(&exc::TypeError,
                  "cannot 'yield from' a coroutine object in a non-coroutine generator");
        goto error;
      }
    } else if (!is_generator(iterable)) {
      Object* iter = get_iter(iterable);
      decref(iterable);
      SET_TOP(iter);
      if (!iter) goto error;
    }
    DISPATCH();
  }

  TARGET(FOR_ITER) {
    Object* iter = TOP();
    Object* next = iter->type->iternext(iter);
    if (next) {
      PUSH(next);
      DISPATCH();
    }
    if (error_occurred()) {
      if (!error_matches(&exc::StopIteration)) goto error;
      clear_error();
    }
    STACK_SHRINK(1);
    decref(iter);
    JUMPBY(oparg);
    DISPATCH();
  }

  TARGET(SEND) {
    Object* v = POP();
    Object* receiver = TOP();
    Object* retval = nullptr;
    SendResult status = iter_send(receiver, v, &retval);
    decref(v);
    if (status == SendResult::kError) goto error;
    if (status == SendResult::kReturn) {
      decref(receiver);
      SET_TOP(retval);
      JUMPBY(oparg);
      DISPATCH();
    }
    PUSH(retval);
    DISPATCH();
  }

  TARGET(YIELD_VALUE) {
    Object* retval = POP();
    generator_of_frame(frame)->gi_frame_state = kFrameSuspended;
    SAVE_SP();
    ++ts.recursion_remaining;
    vm.current_frame = frame->previous;
    return retval;
  }

  TARGET(ASYNC_GEN_WRAP) {
    Object* v = TOP();
    Object* w = async_gen_value_wrapper_new(v);
    if (!w) goto error;
    SET_TOP(w);
    decref(v);
    DISPATCH();
  }

  TARGET(RETURN_GENERATOR) {
    SAVE_SP();
    Object* gen = gen_new_from_frame(frame);
    if (!gen) goto error;
    ++ts.recursion_remaining;
    if (!frame->is_entry) {
      Frame* prev = frame->previous;
      vm.current_frame = prev;
      // The frame was moved into the generator: pop the now empty shell.
      pop_moved_frame(frame);
      frame = prev;
      SET_LOCALS_FROM_FRAME();
      PUSH(gen);
      DISPATCH();
    }
    // Entry frame: leave it in a state clear_and_pop_frame accepts.
    frame->stacktop = 0;
    frame->locals = nullptr;
    incref(frame->func);
    incref(frame->code);
    vm.current_frame = frame->previous;
    return gen;
  }

  TARGET(RETURN_VALUE) {
    Object* retval = POP();
    SAVE_SP();
    ++ts.recursion_remaining;
    if (!frame->is_entry) {
      Frame* dying = frame;
      frame = dying->previous;
      vm.current_frame = frame;
      clear_and_pop_frame(dying);
      SET_LOCALS_FROM_FRAME();
      PUSH(retval);
      DISPATCH();
    }
    vm.current_frame = frame->previous;
    return retval;
  }

  TARGET(LOAD_ASSERTION_ERROR) {
    PUSH(newref(static_cast<Object*>(&exc::AssertionError)));
    DISPATCH();
  }

  TARGET(LOAD_BUILD_CLASS) {
    Object* bc;
    if (is_dict_exact(frame->builtins)) {
      bc = dict_get_item(frame->builtins, ID(dunder_build_class));
      if (!bc) {
        if (!error_occurred()) set_error(&exc::NameError, "__build_class__ not found");
        goto error;
      }
      incref(bc);
    } else {
      bc = get_item(frame->builtins, ID(dunder_build_class));
      if (!bc) {
        if (error_matches(&exc::KeyError)) set_error(&exc::NameError, "__build_class__ not found");
        goto error;
      }
    }
    PUSH(bc);
    DISPATCH();
  }

  TARGET(PRINT_EXPR) {
    Object* value = POP();
    Object* hook = sys_get_attr_borrowed("displayhook");
    if (!hook) {
      set_error(&exc::RuntimeError, "lost sys.displayhook");
      decref(value);
      goto error;
    }
    Object* res = call_function(hook, value);
    decref(value);
    if (!res) goto error;
    decref(res);
    DISPATCH();
  }

  TARGET(SETUP_ANNOTATIONS) {
    Object* locals = frame->locals;
    if (!locals) {
      set_error(&exc::SystemError, "no locals found when setting up annotations");
      goto error;
    }
    if (is_dict_exact(locals)) {
      Object* ann = dict_get_item(locals, ID(dunder_annotations));
      if (!ann) {
        if (error_occurred()) goto error;
        ann = dict_new();
        if (!ann) goto error;
        int err = dict_set_item(locals, ID(dunder_annotations), ann);
        decref(ann);
        if (err) goto error;
      }
    } else {
      Object* ann = get_item(locals, ID(dunder_annotations));
      if (!ann) {
        if (!error_matches(&exc::KeyError)) goto error;
        clear_error();
        ann = dict_new();
        if (!ann) goto error;
        int err = set_item(locals, ID(dunder_annotations), ann);
        decref(ann);
        if (err) goto error;
      } else {
        decref(ann);
      }
    }
    DISPATCH();
  }

  TARGET(IMPORT_STAR) {
    Object* from = POP();
    Object* locals = frame->locals;
    if (!locals) {
      set_error(&exc::SystemError, "no locals found during 'import *'");
      decref(from);
      goto error;
    }
    int err = import_all_from(locals, from);
    decref(from);
    if (err) goto error;
    DISPATCH();
  }

  TARGET(LIST_TO_TUPLE) {
    Object* list = POP();
    Object* tuple = list_as_tuple(list);
    decref(list);
    if (!tuple) goto error;
    PUSH(tuple);
    DISPATCH();
  }

  TARGET(STORE_NAME) {
    Object* name = names[oparg];
    Object* v = POP();
    Object* ns = frame->locals;
    if (!ns) {
      format_error(&exc::SystemError, "no locals found when storing %R", name);
      decref(v);
      goto error;
    }
    int err = is_dict_exact(ns) ? dict_set_item(ns, name, v) : set_item(ns, name, v);
    decref(v);
    if (err) goto error;
    DISPATCH();
  }

  TARGET(DELETE_NAME) {
    Object* name = names[oparg];
    Object* ns = frame->locals;
    if (!ns) {
      format_error(&exc::SystemError, "no locals when deleting %R", name);
      goto error;
    }
    if (del_item(ns, name) != 0) {
      clear_error();
      format_exc_check_arg(&exc::NameError, "name '%.200s' is not defined", name);
      goto error;
    }
    DISPATCH();
  }

  TARGET(UNPACK_SEQUENCE) {
    Object* seq = POP();
    if (is_tuple_exact(seq) && tuple_size(seq) == oparg) {
      Object** items = tuple_items(seq);
      for (int i = oparg; --i >= 0;) PUSH(newref(items[i]));
    } else if (is_list_exact(seq) && list_size(seq) == oparg) {
      for (int i = oparg; --i >= 0;) PUSH(newref(list_item(seq, i)));
    } else {
      Object** top = sp + oparg;
      if (!unpack_iterable(seq, oparg, -1, top)) {
        decref(seq);
        goto error;
      }
      STACK_GROW(oparg);
    }
    decref(seq);
    SKIP_CACHES(UNPACK_SEQUENCE);
    DISPATCH();
  }

  TARGET(UNPACK_EX) {
    int totalargs = 1 + (oparg & 0xFF) + (oparg >> 8);
    Object* seq = POP();
    if (!unpack_iterable(seq, oparg & 0xFF, oparg >> 8, sp + totalargs)) {
      decref(seq);
      goto error;
    }
    STACK_GROW(totalargs);
    decref(seq);
    DISPATCH();
  }

  TARGET(STORE_ATTR) {
    Object* name = names[oparg];
    Object* owner = TOP();
    Object* v = SECOND();
    STACK_SHRINK(2);
    AttrCacheEntry* cache = attr_cache_entry(frame->code, static_cast<int>(frame->prev_instr - first_instr));
    int err = cached_set_attr(cache, owner, name, v);
    decref(v);
    decref(owner);
    SKIP_CACHES(STORE_ATTR);
    if (err) goto error;
    DISPATCH();
  }

  TARGET(DELETE_ATTR) {
    Object* name = names[oparg];
    Object* owner = POP();
    int err = del_attr(owner, name);
    decref(owner);
    if (err) goto error;
    DISPATCH();
  }

  TARGET(STORE_GLOBAL) {
    Object* name = names[oparg];
    Object* v = POP();
    int err = dict_set_item(frame->globals, name, v);
    decref(v);
    if (err) goto error;
    DISPATCH();
  }

  TARGET(DELETE_GLOBAL) {
    Object* name = names[oparg];
    if (dict_del_item(frame->globals, name) != 0) {
      if (error_matches(&exc::KeyError)) {
        clear_error();
        format_exc_check_arg(&exc::NameError, "name '%.200s' is not defined", name);
      }
      goto error;
    }
    DISPATCH();
  }

  TARGET(LOAD_NAME) {
    Object* name = names[oparg];
    Object* locals = frame->locals;
    Object* v;
    if (!locals) {
      format_error(&exc::SystemError, "no locals when loading %R", name);
      goto error;
    }
    if (is_dict_exact(locals)) {
      v = dict_get_item(locals, name);
      if (v) {
        incref(v);
      } else if (error_occurred()) {
        goto error;
      }
    } else {
      v = get_item(locals, name);
      if (!v) {
        if (!error_matches(&exc::KeyError)) goto error;
        clear_error();
      }
    }
    if (!v) {
      v = dict_get_item(frame->globals, name);
      if (v) {
        incref(v);
      } else if (error_occurred()) {
        goto error;
      } else if (is_dict_exact(frame->builtins)) {
        v = dict_get_item(frame->builtins, name);
        if (!v) {
          if (!error_occurred()) raise_name_error(name);
          goto error;
        }
        incref(v);
      } else {
        v = get_item(frame->builtins, name);
        if (!v) {
          if (error_matches(&exc::KeyError)) {
            clear_error();
            raise_name_error(name);
          }
          goto error;
        }
      }
    }
    PUSH(v);
    DISPATCH();
  }

  TARGET(LOAD_GLOBAL) {
    bool push_null = oparg & 1;
    Object* name = names[oparg >> 1];
    Object* v;
    if (is_dict_exact(frame->globals) && is_dict_exact(frame->builtins)) {
      GlobalCacheEntry* cache = global_cache_entry(frame->code, static_cast<int>(frame->prev_instr - first_instr));
      uint64_t gv = as_dict(frame->globals)->version;
      uint64_t bv = as_dict(frame->builtins)->version;
      if (cache && cache->value && cache->globals_version == gv && cache->builtins_version == bv) {
        v = cache->value;
      } else {
        v = dict_get_item(frame->globals, name);
        if (!v) {
          if (error_occurred()) goto error;
          v = dict_get_item(frame->builtins, name);
          if (!v) {
            if (!error_occurred()) raise_name_error(name);
            goto error;
          }
        }
        if (cache) {
          // Versions are unique per dict state: an unchanged pair means the
          // same dicts holding the same value.
          cache->globals_version = gv;
          cache->builtins_version = bv;
          cache->value = v;
        }
      }
      incref(v);
    } else {
      v = get_item(frame->globals, name);
      if (!v) {
        if (!error_matches(&exc::KeyError)) goto error;
        clear_error();
        v = get_item(frame->builtins, name);
        if (!v) {
          if (error_matches(&exc::KeyError)) {
            clear_error();
            raise_name_error(name);
          }
          goto error;
        }
      }
    }
    SKIP_CACHES(LOAD_GLOBAL);
    if (push_null) PUSH(nullptr);
    PUSH(v);
    DISPATCH();
  }

  TARGET(MAKE_CELL) {
    Object* initial = GETLOCAL(oparg);
    Object* cell = cell_new(initial);
    if (!cell) goto resume_with_error;
    SETLOCAL(oparg, cell);
    DISPATCH();
  }

  TARGET(LOAD_CLOSURE) {
    Object* value = GETLOCAL(oparg);
    if (!value) goto unbound_local_error;
    PUSH(newref(value));
    DISPATCH();
  }

  TARGET(LOAD_DEREF) {
    Object* cell = GETLOCAL(oparg);
    Object* value = cell_get(cell);
    if (!value) {
      format_exc_unbound(frame->code, oparg);
      goto error;
    }
    PUSH(newref(value));
    DISPATCH();
  }

  TARGET(LOAD_CLASSDEREF) {
    Object* locals = frame->locals;
    Object* name = tuple_item(frame->code->co_localsplusnames, oparg);
    Object* value = nullptr;
    if (is_dict_exact(locals)) {
      value = dict_get_item(locals, name);
      if (value) {
        incref(value);
      } else if (error_occurred()) {
        goto error;
      }
    } else {
      value = get_item(locals, name);
      if (!value) {
        if (!error_matches(&exc::KeyError)) goto error;
        clear_error();
      }
    }
    if (!value) {
      Object* cell = GETLOCAL(oparg);
      value = cell_get(cell);
      if (!value) {
        format_exc_unbound(frame->code, oparg);
        goto error;
      }
      incref(value);
    }
    PUSH(value);
    DISPATCH();
  }

  TARGET(STORE_DEREF) {
    Object* v = POP();
    Object* cell = GETLOCAL(oparg);
    cell_set(cell, v);
    DISPATCH();
  }

  TARGET(DELETE_DEREF) {
    Object* cell = GETLOCAL(oparg);
    if (!cell_get(cell)) {
      format_exc_unbound(frame->code, oparg);
      goto error;
    }
    cell_set(cell, nullptr);
    DISPATCH();
  }

  TARGET(COPY_FREE_VARS) {
    Object* closure = frame->func->func_closure;
    int offset = frame->code->co_nlocalsplus - frame->code->co_nfreevars;
    for (int i = 0; i < oparg; ++i) localsplus[offset + i] = newref(tuple_item(closure, i));
    DISPATCH();
  }

  TARGET(BUILD_STRING) {
    // The builder lives in its own scope: DISPATCH's computed goto would
    // leave it without running its destructor.
    Object* str;
    {
      StrBuilder b;
      for (int i = oparg; i > 0; --i) b.append_str(PEEK(i));
      str = b.finish();
    }
    if (!str) goto error;
    for (int i = 0; i < oparg; ++i) decref(POP());
    PUSH(str);
    DISPATCH();
  }

  TARGET(BUILD_TUPLE) {
    Object* tup = tuple_new(oparg);
    if (!tup) goto error;
    while (--oparg >= 0) tuple_set_item(tup, oparg, POP());
    PUSH(tup);
    DISPATCH();
  }

  TARGET(BUILD_LIST) {
    Object* list = list_new(oparg);
    if (!list) goto error;
    while (--oparg >= 0) list_set_item(list, oparg, POP());
    PUSH(list);
    DISPATCH();
  }

  TARGET(LIST_APPEND) {
    Object* v = POP();
    Object* list = PEEK(oparg);
    int err = list_append(list, v);
    decref(v);
    if (err < 0) goto error;
    DISPATCH();
  }

  TARGET(LIST_EXTEND) {
    Object* iterable = POP();
    Object* list = PEEK(oparg);
    if (list_extend(list, iterable) < 0) {
      if (error_matches(&exc::TypeError) && !iterable->type->iter && !is_sequence(iterable)) {
        clear_error();
        format_error(&exc::TypeError, "Value after * must be an iterable, not %.200s",
                     iterable->type->name);
      }
      decref(iterable);
      goto error;
    }
    decref(iterable);
    DISPATCH();
  }

  TARGET(BUILD_SET) {
    Object* set = set_new(nullptr);
    if (!set) goto error;
    int err = 0;
    for (int i = oparg; i > 0; --i) {
      Object* item = PEEK(i);
      if (err == 0) err = set_add(set, item);
      decref(item);
    }
    STACK_SHRINK(oparg);
    if (err) {
      decref(set);
      goto error;
    }
    PUSH(set);
    DISPATCH();
  }

  TARGET(SET_ADD) {
    Object* v = POP();
    Object* set = PEEK(oparg);
    int err = set_add(set, v);
    decref(v);
    if (err) goto error;
    DISPATCH();
  }

  TARGET(SET_UPDATE) {
    Object* iterable = POP();
    Object* set = PEEK(oparg);
    int err = set_update(set, iterable);
    decref(iterable);
    if (err < 0) goto error;
    DISPATCH();
  }

  TARGET(BUILD_MAP) {
    Object* map = build_map_from_stack(&PEEK(2 * oparg), oparg);
    if (!map) goto error;
    while (oparg--) {
      decref(POP());
      decref(POP());
    }
    PUSH(map);
    DISPATCH();
  }

  TARGET(BUILD_CONST_KEY_MAP) {
    Object* keys = TOP();
    if (!is_tuple_exact(keys) || tuple_size(keys) != oparg) {
      set_error(&exc::SystemError, "bad BUILD_CONST_KEY_MAP keys argument");
      goto error;
    }
    bool unicode = true;
    for (int i = 0; i < oparg; ++i)
      if (!is_str_exact(tuple_item(keys, i))) unicode = false;
    Object* map = dict_new_presized_kind(oparg, unicode);
    if (!map) goto error;
    for (int i = oparg; i > 0; --i) {
      if (dict_set_item(map, tuple_item(keys, oparg - i), PEEK(i + 1)) < 0) {
        decref(map);
        goto error;
      }
    }
    decref(POP());
    while (oparg--) decref(POP());
    PUSH(map);
    DISPATCH();
  }

  TARGET(DICT_UPDATE) {
    Object* update = POP();
    Object* dict = PEEK(oparg);
    if (dict_merge(dict, update, 1) < 0) {
      if (error_matches(&exc::AttributeError)) {
        clear_error();
        format_error(&exc::TypeError, "'%.200s' object is not a mapping", update->type->name);
      }
      decref(update);
      goto error;
    }
    decref(update);
    DISPATCH();
  }

  TARGET(DICT_MERGE) {
    Object* update = POP();
    Object* dict = PEEK(oparg);
    if (dict_merge(dict, update, 2) < 0) {
      format_kwargs_error(PEEK(2 + oparg), update);
      decref(update);
      goto error;
    }
    decref(update);
    DISPATCH();
  }

  TARGET(MAP_ADD) {
    Object* value = POP();
    Object* key = POP();
    Object* map = PEEK(oparg);
    int err = dict_set_item(map, key, value);
    decref(key);
    decref(value);
    if (err) goto error;
    DISPATCH();
  }

  TARGET(LOAD_ATTR) {
    Object* name = names[oparg];
    Object* owner = TOP();
    AttrCacheEntry* cache = attr_cache_entry(frame->code, static_cast<int>(frame->prev_instr - first_instr));
    Object* res = cached_get_attr(cache, owner, name);
    decref(owner);
    SET_TOP(res);
    SKIP_CACHES(LOAD_ATTR);
    if (!res) goto error;
    DISPATCH();
  }

  TARGET(LOAD_METHOD) {
    Object* name = names[oparg];
    Object* obj = TOP();
    Object* meth = nullptr;
    AttrCacheEntry* cache = attr_cache_entry(frame->code, static_cast<int>(frame->prev_instr - first_instr));
    int meth_found = cached_get_method(cache, obj, name, &meth);
    if (!meth) goto error;
    if (meth_found) {
      SET_TOP(meth);
      PUSH(obj);
    } else {
      SET_TOP(nullptr);
      decref(obj);
      PUSH(meth);
    }
    SKIP_CACHES(LOAD_METHOD);
    DISPATCH();
  }

  TARGET(COMPARE_OP) {
    Object* right = POP();
    Object* left = TOP();
    Object* res;
    int fast = compare_fast_path(left, right, oparg, next_instr[kCaches_COMPARE_OP].opcode);
    if (fast >= 0) {
      decref(left);
      decref(right);
      SET_TOP(newref(fast ? True : False));
      SKIP_CACHES(COMPARE_OP);
      DISPATCH();
    }
    res = rich_compare(left, right, oparg);
    SET_TOP(res);
    decref(left);
    decref(right);
    SKIP_CACHES(COMPARE_OP);
    if (!res) goto error;
    DISPATCH();
  }

  TARGET(IS_OP) {
    Object* right = POP();
    Object* left = TOP();
    bool res = (left == right) ^ (oparg != 0);
    decref(left);
    decref(right);
    SET_TOP(newref(res ? True : False));
    DISPATCH();
  }

  TARGET(CONTAINS_OP) {
    Object* right = POP();
    Object* left = POP();
    int res = sequence_contains(right, left);
    decref(left);
    decref(right);
    if (res < 0) goto error;
    PUSH(newref((res ^ oparg) ? True : False));
    DISPATCH();
  }

  TARGET(IMPORT_NAME) {
    Object* name = names[oparg];
    Object* fromlist = POP();
    Object* level = TOP();
    Object* res = import_name(frame, name, fromlist, level);
    decref(level);
    decref(fromlist);
    SET_TOP(res);
    if (!res) goto error;
    DISPATCH();
  }

  TARGET(IMPORT_FROM) {
    Object* name = names[oparg];
    Object* from = TOP();
    Object* res = import_from(from, name);
    if (!res) goto error;
    PUSH(res);
    DISPATCH();
  }

  TARGET(JUMP_FORWARD) {
    JUMPBY(oparg);
    DISPATCH();
  }

  TARGET(JUMP_BACKWARD) {
    if (frame->code->warmup < kQuickeningWarmup) ++frame->code->warmup;
    JUMPBY(-oparg);
    if (eval_breaker_tripped() && handle_eval_breaker() < 0) goto eval_breaker_error;
    DISPATCH();
  }

  TARGET(JUMP_BACKWARD_NO_INTERRUPT) {
    JUMPBY(-oparg);
    DISPATCH();
  }

// Backward jumps check the eval breaker when they jump, as JUMP_BACKWARD does.
#define JUMP_CHECKING_BREAKER(delta)                                                          \
  do {                                                                                        \
    JUMPBY(delta);                                                                            \
    if ((delta) < 0 && eval_breaker_tripped() && handle_eval_breaker() < 0) goto eval_breaker_error; \
  } while (0)

#define POP_JUMP_IF_BOOL(label, delta, jump_when_true)      \
  TARGET(label) {                                           \
    Object* cond = POP();                                   \
    if (cond == True) {                                     \
      decref(cond);                                         \
      if (jump_when_true) JUMP_CHECKING_BREAKER(delta);     \
    } else if (cond == False) {                             \
      decref(cond);                                         \
      if (!(jump_when_true)) JUMP_CHECKING_BREAKER(delta);  \
    } else {                                                \
      int err = object_is_true(cond);                       \
      decref(cond);                                         \
      if (err < 0) goto error;                              \
      if ((err > 0) == (jump_when_true)) JUMP_CHECKING_BREAKER(delta); \
    }                                                       \
    DISPATCH();                                             \
  }

  POP_JUMP_IF_BOOL(POP_JUMP_FORWARD_IF_FALSE, oparg, false)
  POP_JUMP_IF_BOOL(POP_JUMP_FORWARD_IF_TRUE, oparg, true)
  POP_JUMP_IF_BOOL(POP_JUMP_BACKWARD_IF_FALSE, -oparg, false)
  POP_JUMP_IF_BOOL(POP_JUMP_BACKWARD_IF_TRUE, -oparg, true)
#undef POP_JUMP_IF_BOOL

#define POP_JUMP_IF_NONE_CASE(label, delta, jump_when_none)                     \
  TARGET(label) {                                                               \
    Object* value = POP();                                                      \
    bool jump = (value == None) == (jump_when_none);                            \
    decref(value);                                                              \
    if (jump) JUMP_CHECKING_BREAKER(delta);                                     \
    DISPATCH();                                                                 \
  }

  POP_JUMP_IF_NONE_CASE(POP_JUMP_FORWARD_IF_NONE, oparg, true)
  POP_JUMP_IF_NONE_CASE(POP_JUMP_FORWARD_IF_NOT_NONE, oparg, false)
  POP_JUMP_IF_NONE_CASE(POP_JUMP_BACKWARD_IF_NONE, -oparg, true)
  POP_JUMP_IF_NONE_CASE(POP_JUMP_BACKWARD_IF_NOT_NONE, -oparg, false)
#undef JUMP_CHECKING_BREAKER
#undef POP_JUMP_IF_NONE_CASE

  TARGET(JUMP_IF_FALSE_OR_POP) {
    Object* cond = TOP();
    if (cond == True) {
      STACK_SHRINK(1);
      decref(cond);
      DISPATCH();
    }
    if (cond == False) {
      JUMPBY(oparg);
      DISPATCH();
    }
    int err = object_is_true(cond);
    if (err > 0) {
      STACK_SHRINK(1);
      decref(cond);
    } else if (err == 0) {
      JUMPBY(oparg);
    } else {
      goto error;
    }
    DISPATCH();
  }

  TARGET(JUMP_IF_TRUE_OR_POP) {
    Object* cond = TOP();
    if (cond == False) {
      STACK_SHRINK(1);
      decref(cond);
      DISPATCH();
    }
    if (cond == True) {
      JUMPBY(oparg);
      DISPATCH();
    }
    int err = object_is_true(cond);
    if (err > 0) {
      JUMPBY(oparg);
    } else if (err == 0) {
      STACK_SHRINK(1);
      decref(cond);
    } else {
      goto error;
    }
    DISPATCH();
  }

  TARGET(RAISE_VARARGS) {
    Object* cause = nullptr;
    Object* exc_obj = nullptr;
    switch (oparg) {
      case 2:
        cause = POP();
        [[fallthrough]];
      case 1:
        exc_obj = POP();
        [[fallthrough]];
      case 0: {
        bool reraise = do_raise(exc_obj, cause);
        xdecref(exc_obj);
        xdecref(cause);
        if (reraise) goto exception_unwind;
        break;
      }
      default:
        set_error(&exc::SystemError, "bad RAISE_VARARGS oparg");
        break;
    }
    goto error;
  }

  TARGET(KW_NAMES) {
    kwnames = consts[oparg];
    DISPATCH();
  }

  TARGET(PRECALL) {
    bool is_meth = PEEK(oparg + 2) != nullptr;
    int nargs = oparg + (is_meth ? 1 : 0);
    Object* function = PEEK(nargs + 1);
    if (!is_meth && is_method(function)) {
      MethodObject* m = static_cast<MethodObject*>(function);
      PEEK(oparg + 1) = newref(m->im_self);
      PEEK(oparg + 2) = newref(m->im_func);
      decref(function);
    }
    SKIP_CACHES(PRECALL);
    DISPATCH();
  }

  TARGET(CALL) {
    bool is_meth = PEEK(oparg + 2) != nullptr;
    Object* function = PEEK(oparg + 1);
    if (!is_meth && is_method(function)) {
      MethodObject* m = static_cast<MethodObject*>(function);
      PEEK(oparg + 1) = newref(m->im_self);
      PEEK(oparg + 2) = newref(m->im_func);
      decref(function);
      is_meth = true;
    }
    int total_args = oparg + (is_meth ? 1 : 0);
    function = PEEK(total_args + 1);
    int positional_args = total_args - (kwnames ? static_cast<int>(tuple_size(kwnames)) : 0);
    Object* call_kwnames = kwnames;
    kwnames = nullptr;
    if (is_function(function) && as_function(function)->vectorcall == function_vectorcall) {
      FunctionObject* f = as_function(function);
      CodeObject* co = as_code(f->func_code);
      Object* locals = (co->co_flags & CO_OPTIMIZED) ? nullptr : f->func_globals;
      Object** args = sp - total_args;
      Frame* new_frame = push_frame(f, locals);
      if (!new_frame) {
        for (int i = 0; i < total_args; ++i) decref(args[i]);
        STACK_SHRINK(total_args);
        decref(POP());
        if (!is_meth) STACK_SHRINK(1);
        goto error;
      }
      int bound = bind_arguments(f, new_frame->localsplus, args, positional_args, call_kwnames);
      STACK_SHRINK(total_args);
      decref(POP());  // the function (the frame holds its own reference)
      if (!is_meth) STACK_SHRINK(1);  // the NULL
      if (bound < 0) {
        clear_and_pop_frame(new_frame);
        goto error;
      }
      SKIP_CACHES(CALL);
      frame->prev_instr = next_instr - 1;
      SAVE_SP();
      new_frame->previous = frame;
      vm.current_frame = new_frame;
      frame = new_frame;
      goto start_frame;
    }
    Object* res = call_native_from_call_site(function, sp - total_args,
                                             static_cast<size_t>(positional_args) | kVectorcallArgumentsOffset,
                                             call_kwnames, frame->code->warmup >= kQuickeningWarmup,
                                             next_instr[kCaches_CALL].opcode == kOpcode_POP_TOP);
    decref(function);
    STACK_SHRINK(total_args);
    for (int i = 0; i < total_args; ++i) decref(sp[i]);
    STACK_SHRINK(is_meth ? 1 : 2);
    PUSH(res);
    SKIP_CACHES(CALL);
    if (!res) goto error;
    DISPATCH();
  }

  TARGET(CALL_FUNCTION_EX) {
    Object* kwargs = nullptr;
    if (oparg & 1) {
      kwargs = POP();
      if (!is_dict_exact(kwargs)) {
        Object* d = dict_new();
        if (!d) {
          decref(kwargs);
          goto error;
        }
        if (dict_merge(d, kwargs, 2) < 0) {
          decref(d);
          format_kwargs_error(SECOND(), kwargs);
          decref(kwargs);
          goto error;
        }
        decref(kwargs);
        kwargs = d;
      }
    }
    Object* callargs = POP();
    Object* func = TOP();
    if (!is_tuple_exact(callargs)) {
      if (check_args_iterable(func, callargs) < 0) {
        decref(callargs);
        xdecref(kwargs);
        goto error;
      }
      Object* t = sequence_tuple(callargs);
      decref(callargs);
      callargs = t;
      if (!callargs) {
        xdecref(kwargs);
        goto error;
      }
    }
    Object* result = call(func, callargs, kwargs);
    decref(func);
    decref(callargs);
    xdecref(kwargs);
    STACK_SHRINK(1);
    SET_TOP(result);  // replaces the NULL
    if (!result) goto error;
    DISPATCH();
  }

  TARGET(MAKE_FUNCTION) {
    Object* codeobj = POP();
    Object* func = function_new(codeobj, frame->globals);
    decref(codeobj);
    if (!func) goto error;
    FunctionObject* f = as_function(func);
    if (oparg & 0x08) f->func_closure = POP();
    if (oparg & 0x04) f->func_annotations = POP();
    if (oparg & 0x02) f->func_kwdefaults = POP();
    if (oparg & 0x01) f->func_defaults = POP();
    PUSH(func);
    DISPATCH();
  }

  TARGET(BUILD_SLICE) {
    Object* step = oparg == 3 ? POP() : nullptr;
    Object* stop = POP();
    Object* start = TOP();
    Object* slice = slice_new(start, stop, step);
    decref(start);
    decref(stop);
    xdecref(step);
    SET_TOP(slice);
    if (!slice) goto error;
    DISPATCH();
  }

  TARGET(FORMAT_VALUE) {
    int which_conversion = oparg & 0x3;
    bool have_fmt_spec = (oparg & 0x4) == 0x4;
    Object* fmt_spec = have_fmt_spec ? POP() : nullptr;
    Object* value = POP();
    Object* (*conv_fn)(Object*) = nullptr;
    switch (which_conversion) {
      case 0: conv_fn = nullptr; break;
      case 1: conv_fn = object_str; break;
      case 2: conv_fn = object_repr; break;
      case 3: conv_fn = object_ascii; break;
    }
    if (conv_fn) {
      Object* result = conv_fn(value);
      decref(value);
      if (!result) {
        xdecref(fmt_spec);
        goto error;
      }
      value = result;
    }
    Object* result;
    if (is_str_exact(value) && !fmt_spec) {
      result = value;
    } else {
      result = object_format(value, fmt_spec);
      decref(value);
      xdecref(fmt_spec);
      if (!result) goto error;
    }
    PUSH(result);
    DISPATCH();
  }

  // ---- errors -------------------------------------------------------------------

unknown_opcode:
  format_error(&exc::SystemError, "%U:%d: unknown opcode %d", frame->code->co_filename,
               frame_line(frame), opcode);
  goto error;

unbound_local_error:
  format_exc_check_arg(&exc::UnboundLocalError, kUnboundLocalMsg,
                       tuple_item(frame->code->co_localsplusnames, oparg));
  goto error;

eval_breaker_error:
  // An interrupt raised at a backward jump: the jump has been taken, and
  // CPython 3.11 looks the handler up from the instruction before its
  // target (the traceback still shows the jump's line).
  kwnames = nullptr;
  if (!frame_is_incomplete(frame)) traceback_here(frame);
  goto exception_unwind;

error:
  kwnames = nullptr;
  next_instr = frame->prev_instr + 1;  // an instruction may have skipped its caches
  if (!error_occurred()) set_error(&exc::SystemError, "error return without exception set");
  if (!frame_is_incomplete(frame)) traceback_here(frame);

exception_unwind: {
  // Not frame->prev_instr: RERAISE sets that to the original raising
  // instruction (for the line number), while the handler to look up is the
  // one covering the RERAISE itself.
  int offset = static_cast<int>(next_instr - 1 - first_instr);
  ExceptionTableEntry handler;
  if (!code_find_handler(frame->code, offset, &handler)) {
    Object** base = frame->stack_base();
    while (sp > base) {
      Object* o = POP();
      xdecref(o);
    }
    SAVE_SP();
    goto exit_unwind;
  }
  Object** new_top = frame->stack_base() + handler.depth;
  while (sp > new_top) {
    Object* v = POP();
    xdecref(v);
  }
  if (handler.lasti) {
    Object* lasti = int_from_i64(frame->prev_instr - first_instr);
    if (!lasti) goto exception_unwind;
    PUSH(lasti);
  }
  Object* val = fetch_error();
  if (!as_exception(val)->traceback) exception_set_traceback(val, None);
  PUSH(val);
  JUMPTO(handler.target);
  DISPATCH();
}

exit_unwind:
  ++ts.recursion_remaining;
  if (frame->is_entry) {
    vm.current_frame = frame->previous;
    return nullptr;
  }
  {
    Frame* dying = frame;
    frame = dying->previous;
    vm.current_frame = frame;
    clear_and_pop_frame(dying);
  }

resume_with_error:
  SET_LOCALS_FROM_FRAME();
  goto error;
}

}  // namespace glasspy
