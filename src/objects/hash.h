// Hashing as CPython computes it, so that hash() values and therefore the
// iteration order of sets (and the layout of dicts) match CPython's.
//
//  - Bytes-like data (str's PEP 393 buffer, bytes): SipHash-1-3 keyed by the
//    hash secret; the empty input hashes to 0.  The secret comes from
//    PYTHONHASHSEED as CPython derives it: unset or "random": random bytes;
//    0: all zero (randomization off); N in 1..4294967295: bytes of CPython's
//    linear congruential generator seeded with N.
//  - Numbers: the value modulo the prime 2**61 - 1 (kHashModulus), with the
//    sign of the number, so that equal ints, floats (and fractions) hash the
//    same; inf is 314159, -inf -314159, nan the object's pointer hash.
//  - Objects without a value: their address rotated by 4 bits.
//  - -1 is never a hash (it means "error"); it becomes -2.
#pragma once

#include <cstdint>

#include "objects/object.h"

namespace glasspy {

constexpr int kHashBits = 61;
constexpr uhash_t kHashModulus = (uhash_t(1) << kHashBits) - 1;
constexpr hash_t kHashInf = 314159;
constexpr hash_t kHashImag = 1000003;  // multiplier of the imaginary part (complex)

// Reads PYTHONHASHSEED; fatal error (as CPython's) when it is malformed.
void hash_secret_init();
// The SipHash keys CPython derives from PYTHONHASHSEED=seed (seed 0: zero
// keys); what hash_secret_init uses, exposed for tests.
void hash_keys_for_seed(unsigned long seed, uint64_t* k0, uint64_t* k1);
// The secret's SipHash keys.
uint64_t hash_secret_k0();
uint64_t hash_secret_k1();

uint64_t siphash13(uint64_t k0, uint64_t k1, const void* data, size_t len);
// _Py_HashBytes.
hash_t hash_bytes(const void* data, ssize len);
// _Py_HashPointer.
hash_t hash_pointer(const void* p);
// _Py_HashDouble: `inst` is hashed by pointer when v is a nan.
hash_t hash_double(Object* inst, double v);

}  // namespace glasspy
