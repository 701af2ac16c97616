// `_random`: the Mersenne Twister (MT19937) generator behind the `random`
// module, seeded and drawn exactly as CPython does, so that a program that
// calls random.seed(n) sees CPython's numbers:
//  - seed(int): the absolute value's 32-bit words, least significant first,
//    go through MT19937's init_by_array (a zero seed is the key [0]);
//  - random(): 53 bits from two outputs, (a >> 5) * 2**26 + (b >> 6),
//    divided by 2**53;
//  - getrandbits(k): 32-bit outputs filled least significant word first,
//    the last one shifted right to keep k bits.
#include <sys/random.h>
#include <sys/time.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <ctime>
#include <vector>

#include "modules/random_core.h"
#include "objects/abstract.h"
#include "objects/call.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/gc.h"
#include "objects/hash.h"
#include "objects/int.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "vm/module_object.h"

namespace glasspy {

namespace {

constexpr int kN = 624;
constexpr int kM = 397;
constexpr uint32_t kMatrixA = 0x9908b0dfU;
constexpr uint32_t kUpperMask = 0x80000000U;
constexpr uint32_t kLowerMask = 0x7fffffffU;

struct RandomObject : Object {
  uint32_t state[kN];
  int index;
  Object* dict;
};

RandomObject* as_random(Object* o) { return static_cast<RandomObject*>(o); }

void init_genrand(RandomObject* r, uint32_t s) {
  uint32_t* mt = r->state;
  mt[0] = s;
  for (int i = 1; i < kN; ++i) mt[i] = 1812433253U * (mt[i - 1] ^ (mt[i - 1] >> 30)) + static_cast<uint32_t>(i);
  r->index = kN;
}

void init_by_array(RandomObject* r, const std::vector<uint32_t>& key) {
  uint32_t* mt = r->state;
  init_genrand(r, 19650218U);
  size_t i = 1, j = 0;
  size_t k = kN > key.size() ? kN : key.size();
  for (; k; --k) {
    mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525U)) + key[j] + static_cast<uint32_t>(j);
    ++i;
    ++j;
    if (i >= kN) {
      mt[0] = mt[kN - 1];
      i = 1;
    }
    if (j >= key.size()) j = 0;
  }
  for (k = kN - 1; k; --k) {
    mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941U)) - static_cast<uint32_t>(i);
    ++i;
    if (i >= kN) {
      mt[0] = mt[kN - 1];
      i = 1;
    }
  }
  mt[0] = 0x80000000U;
}

uint32_t genrand_uint32(RandomObject* r) {
  uint32_t* mt = r->state;
  static const uint32_t mag01[2] = {0x0U, kMatrixA};
  if (r->index >= kN) {
    int kk;
    uint32_t y;
    for (kk = 0; kk < kN - kM; ++kk) {
      y = (mt[kk] & kUpperMask) | (mt[kk + 1] & kLowerMask);
      mt[kk] = mt[kk + kM] ^ (y >> 1) ^ mag01[y & 0x1U];
    }
    for (; kk < kN - 1; ++kk) {
      y = (mt[kk] & kUpperMask) | (mt[kk + 1] & kLowerMask);
      mt[kk] = mt[kk + (kM - kN)] ^ (y >> 1) ^ mag01[y & 0x1U];
    }
    y = (mt[kN - 1] & kUpperMask) | (mt[0] & kLowerMask);
    mt[kN - 1] = mt[kM - 1] ^ (y >> 1) ^ mag01[y & 0x1U];
    r->index = 0;
  }
  uint32_t y = mt[r->index++];
  y ^= (y >> 11);
  y ^= (y << 7) & 0x9d2c5680U;
  y ^= (y << 15) & 0xefc60000U;
  y ^= (y >> 18);
  return y;
}

int seed_from_int(RandomObject* r, Object* n) {
  mpz_t v;
  int_to_mpz(n, v);
  mpz_abs(v, v);
  std::vector<uint32_t> key;
  while (mpz_sgn(v) != 0) {
    key.push_back(static_cast<uint32_t>(mpz_get_ui(v) & 0xffffffffUL));
    mpz_fdiv_q_2exp(v, v, 32);
  }
  mpz_clear(v);
  if (key.empty()) key.push_back(0);
  init_by_array(r, key);
  return 0;
}

int random_seed_impl(RandomObject* r, Object* arg) {
  if (!arg || arg == None) {
    // A fresh seed from the system's entropy, as CPython's: 624 words of
    // urandom; the clock and pid only if the kernel refuses.
    std::vector<uint32_t> key(kN);
    size_t want = key.size() * sizeof(uint32_t);
    size_t got = 0;
    char* bytes = reinterpret_cast<char*>(key.data());
    while (got < want) {
      ssize_t n = ::getrandom(bytes + got, want - got, 0);
      if (n < 0) {
        if (errno == EINTR) continue;
        break;
      }
      got += static_cast<size_t>(n);
    }
    if (got < want) {
      struct timeval tv;
      gettimeofday(&tv, nullptr);
      key.assign({static_cast<uint32_t>(tv.tv_sec), static_cast<uint32_t>(tv.tv_usec),
                  static_cast<uint32_t>(getpid())});
    }
    init_by_array(r, key);
    return 0;
  }
  if (is_int(arg)) return seed_from_int(r, arg);
  hash_t h = object_hash(arg);
  if (h == -1) return -1;
  Object* hv = int_from_i64(h);
  if (!hv) return -1;
  int res = seed_from_int(r, hv);
  decref(hv);
  return res;
}

// Seeding happens in __init__, not __new__, as in CPython: a subclass whose
// __init__ does not call the base one gets an all-zero state (and
// random() == 0.0), which programs can observe.
int random_init(Object* self, Object* args, Object* kwds) {
  if (self->type == &RandomCoreType && kwds && dict_size(kwds) > 0) {
    set_error(&exc::TypeError, "Random() takes no keyword arguments");
    return -1;
  }
  if (tuple_size(args) > 1) {
    set_error(&exc::TypeError, "Random() requires 0 or 1 argument");
    return -1;
  }
  return random_seed_impl(as_random(self), tuple_size(args) ? tuple_item(args, 0) : nullptr);
}

Object* random_new(Type* type, Object*, Object*) { return type_generic_alloc(type, 0); }

void random_dealloc(Object* o) {
  if (object_is_gc(o)) gc_untrack(o);
  xdecref(as_random(o)->dict);
  free_object(o);
}

Object* random_random(Object* self) {
  RandomObject* r = as_random(self);
  uint32_t a = genrand_uint32(r) >> 5;
  uint32_t b = genrand_uint32(r) >> 6;
  return float_from_double((a * 67108864.0 + b) * (1.0 / 9007199254740992.0));
}

Object* random_seed(Object* self, Object* const* args, ssize nargs) {
  if (!check_positional("seed", nargs, 0, 1)) return nullptr;
  if (random_seed_impl(as_random(self), nargs ? args[0] : nullptr) < 0) return nullptr;
  return newref(None);
}

Object* random_getrandbits(Object* self, Object* arg) {
  int k;
  if (!arg_to_int(arg, &k)) return nullptr;
  if (k < 0) {
    set_error(&exc::ValueError, "number of bits must be non-negative");
    return nullptr;
  }
  RandomObject* r = as_random(self);
  if (k == 0) return int_from_i64(0);
  if (k <= 32) return int_from_u64(genrand_uint32(r) >> (32 - k));
  mpz_t v;
  mpz_init(v);
  int words = (k - 1) / 32 + 1;
  int remaining = k;
  for (int i = 0; i < words; ++i, remaining -= 32) {
    uint32_t w = genrand_uint32(r);
    if (remaining < 32) w >>= (32 - remaining);
    mpz_t part;
    mpz_init_set_ui(part, w);
    mpz_mul_2exp(part, part, static_cast<mp_bitcnt_t>(32 * i));
    mpz_ior(v, v, part);
    mpz_clear(part);
  }
  Object* result = int_from_mpz(v);
  mpz_clear(v);
  return result;
}

Object* random_getstate(Object* self) {
  RandomObject* r = as_random(self);
  Object* t = tuple_new(kN + 1);
  if (!t) return nullptr;
  for (int i = 0; i < kN; ++i) tuple_set_item(t, i, int_from_u64(r->state[i]));
  tuple_set_item(t, kN, int_from_i64(r->index));
  return t;
}

Object* random_setstate(Object* self, Object* state) {
  if (!is_tuple(state)) {
    set_error(&exc::TypeError, "state vector must be a tuple");
    return nullptr;
  }
  if (tuple_size(state) != kN + 1) {
    set_error(&exc::ValueError, "state vector is the wrong size");
    return nullptr;
  }
  // Everything is checked before the generator changes: a bad state
  // leaves the old one in place.
  uint32_t words[kN];
  for (int i = 0; i < kN; ++i) {
    Object* item = tuple_item(state, i);
    if (!is_int(item)) {
      set_error(&exc::TypeError, "an integer is required");
      return nullptr;
    }
    if (int_sign(item) < 0) {
      set_error(&exc::OverflowError, "can't convert negative value to unsigned int");
      return nullptr;
    }
    mpz_t v;
    int_to_mpz(item, v);
    bool fits = mpz_fits_ulong_p(v);
    unsigned long word = fits ? mpz_get_ui(v) : 0;
    mpz_clear(v);
    if (!fits) {
      set_error(&exc::OverflowError, "Python int too large to convert to C unsigned long");
      return nullptr;
    }
    words[i] = static_cast<uint32_t>(word);  // CPython keeps the low 32 bits
  }
  ssize idx;
  if (!arg_to_ssize(tuple_item(state, kN), &idx)) return nullptr;
  if (idx < 0 || idx > kN) {
    set_error(&exc::ValueError, "invalid state");
    return nullptr;
  }
  RandomObject* r = as_random(self);
  for (int i = 0; i < kN; ++i) r->state[i] = words[i];
  r->index = static_cast<int>(idx);
  return newref(None);
}

MethodDef random_methods[] = {
    MethodDef("random", static_cast<NoArgsMethod>(random_random), "random() -> x in the interval [0, 1)."),
    MethodDef("seed", static_cast<FastMethod>(random_seed)),
    MethodDef("getrandbits", static_cast<OneArgMethod>(random_getrandbits)),
    MethodDef("getstate", static_cast<NoArgsMethod>(random_getstate)),
    MethodDef("setstate", static_cast<OneArgMethod>(random_setstate)),
    {},
};

}  // namespace

Type RandomCoreType{{
    .name = "_random.Random",
    .basicsize = sizeof(RandomObject),
    .dealloc = random_dealloc,
    .getattro = generic_getattr,
    .setattro = generic_setattr,
    .flags = tpflags::kBaseType,
    .doc = "Random() -> create a random number generator with its own internal state.",
    .methods = random_methods,
    .dictoffset = offsetof(RandomObject, dict),
    .init = random_init,
    .new_ = random_new,
}};

Object* random_core_module_create() {
  if (type_ready(&RandomCoreType) < 0) return nullptr;
  Object* m = module_new_cstr("_random");
  if (!m) return nullptr;
  as_module(m)->md_builtin = true;
  if (module_add_object(m, "Random", static_cast<Object*>(&RandomCoreType)) < 0) {
    decref(m);
    return nullptr;
  }
  return m;
}

}  // namespace glasspy
