// Hash functions and the hash secret (see hash.h).
#include "objects/hash.h"

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>

namespace glasspy {

namespace {

// The secret: 24 bytes as CPython's _Py_HashSecret; SipHash uses the first 16
// (two little-endian 64-bit keys).
unsigned char secret_bytes[24];
uint64_t key0 = 0, key1 = 0;

uint64_t load_le64(const unsigned char* p) {
  uint64_t v = 0;
  for (int i = 7; i >= 0; --i) v = (v << 8) | p[i];
  return v;
}

// CPython's lcg_urandom: the deterministic secret for PYTHONHASHSEED=N.
void fill_from_seed(unsigned int seed, unsigned char* buffer, size_t size) {
  unsigned int x = seed;
  for (size_t i = 0; i < size; ++i) {
    x = x * 214013u + 2531011u;
    buffer[i] = static_cast<unsigned char>((x >> 16) & 0xff);
  }
}

inline uint64_t rotl(uint64_t x, int b) { return (x << b) | (x >> (64 - b)); }

inline void sip_round(uint64_t& v0, uint64_t& v1, uint64_t& v2, uint64_t& v3) {
  v0 += v1;
  v1 = rotl(v1, 13) ^ v0;
  v0 = rotl(v0, 32);
  v2 += v3;
  v3 = rotl(v3, 16) ^ v2;
  v0 += v3;
  v3 = rotl(v3, 21) ^ v0;
  v2 += v1;
  v1 = rotl(v1, 17) ^ v2;
  v2 = rotl(v2, 32);
}

}  // namespace

void hash_secret_init() {
  const char* env = std::getenv("PYTHONHASHSEED");
  bool random = true;
  unsigned long seed = 0;
  if (env && *env && std::strcmp(env, "random") != 0) {
    char* end;
    errno = 0;
    seed = std::strtoul(env, &end, 10);
    if (*end != '\0' || errno == ERANGE || seed > 4294967295UL || env[0] == '-' ||
        env[0] == '+' || env[0] == ' ') {
      std::fputs(
          "Fatal Python error: _Py_HashRandomization_Init: PYTHONHASHSEED must be "
          "\"random\" or an integer in range [0; 4294967295]\n",
          stderr);
      std::exit(1);
    }
    random = false;
  }
  if (random) {
    std::random_device rd;
    for (size_t i = 0; i < sizeof secret_bytes; i += 4) {
      unsigned int r = rd();
      std::memcpy(secret_bytes + i, &r, 4);
    }
  } else if (seed == 0) {
    std::memset(secret_bytes, 0, sizeof secret_bytes);
  } else {
    fill_from_seed(static_cast<unsigned int>(seed), secret_bytes, sizeof secret_bytes);
  }
  key0 = load_le64(secret_bytes);
  key1 = load_le64(secret_bytes + 8);
}

void hash_keys_for_seed(unsigned long seed, uint64_t* k0, uint64_t* k1) {
  unsigned char bytes[24];
  if (seed == 0) std::memset(bytes, 0, sizeof bytes);
  else fill_from_seed(static_cast<unsigned int>(seed), bytes, sizeof bytes);
  *k0 = load_le64(bytes);
  *k1 = load_le64(bytes + 8);
}

uint64_t hash_secret_k0() { return key0; }
uint64_t hash_secret_k1() { return key1; }

uint64_t siphash13(uint64_t k0, uint64_t k1, const void* data, size_t len) {
  const unsigned char* in = static_cast<const unsigned char*>(data);
  uint64_t v0 = k0 ^ 0x736f6d6570736575ULL;
  uint64_t v1 = k1 ^ 0x646f72616e646f6dULL;
  uint64_t v2 = k0 ^ 0x6c7967656e657261ULL;
  uint64_t v3 = k1 ^ 0x7465646279746573ULL;
  const uint64_t last = static_cast<uint64_t>(len) << 56;
  while (len >= 8) {
    uint64_t m = load_le64(in);
    in += 8;
    len -= 8;
    v3 ^= m;
    sip_round(v0, v1, v2, v3);
    v0 ^= m;
  }
  uint64_t tail = 0;
  for (size_t i = len; i > 0; --i) tail = (tail << 8) | in[i - 1];
  uint64_t b = last | tail;
  v3 ^= b;
  sip_round(v0, v1, v2, v3);
  v0 ^= b;
  v2 ^= 0xff;
  sip_round(v0, v1, v2, v3);
  sip_round(v0, v1, v2, v3);
  sip_round(v0, v1, v2, v3);
  return (v0 ^ v1) ^ (v2 ^ v3);
}

hash_t hash_bytes(const void* data, ssize len) {
  if (len == 0) return 0;
  hash_t x = static_cast<hash_t>(siphash13(key0, key1, data, static_cast<size_t>(len)));
  return x == -1 ? -2 : x;
}

hash_t hash_pointer(const void* p) {
  uintptr_t y = reinterpret_cast<uintptr_t>(p);
  y = (y >> 4) | (y << (8 * sizeof(void*) - 4));
  hash_t x = static_cast<hash_t>(y);
  return x == -1 ? -2 : x;
}

hash_t hash_double(Object* inst, double v) {
  if (!std::isfinite(v)) {
    if (std::isinf(v)) return v > 0 ? kHashInf : -kHashInf;
    return hash_pointer(inst);
  }
  int e;
  double m = std::frexp(v, &e);
  int sign = 1;
  if (m < 0) {
    sign = -1;
    m = -m;
  }
  // 28 bits at a time: x = x * 2**28 + next bits, modulo 2**61 - 1.
  uhash_t x = 0;
  while (m != 0) {
    x = ((x << 28) & kHashModulus) | x >> (kHashBits - 28);
    m *= 268435456.0;
    e -= 28;
    uhash_t y = static_cast<uhash_t>(m);
    m -= static_cast<double>(y);
    x += y;
    if (x >= kHashModulus) x -= kHashModulus;
  }
  // Multiply by 2**e modulo the prime: rotate by e mod 61.
  e = e >= 0 ? e % kHashBits : kHashBits - 1 - ((-1 - e) % kHashBits);
  x = ((x << e) & kHashModulus) | x >> (kHashBits - e);
  x = x * static_cast<uhash_t>(static_cast<hash_t>(sign));
  if (x == static_cast<uhash_t>(-1)) x = static_cast<uhash_t>(-2);
  return static_cast<hash_t>(x);
}

}  // namespace glasspy
