// The compression functions of MD5 (RFC 1321), SHA-1 and SHA-2 (FIPS 180-4).
//
// The SHA-2 round constants and initial values are defined by the standard
// as the leading fractional bits of square and cube roots of the first
// primes; they are derived here once, exactly, with GMP's integer roots
// rather than typed in as tables.  MD5's sine table is derived the same
// way from its definition (floor(|sin(i+1)| * 2**32), which a double holds
// exactly enough: no entry lies near an integer boundary).
#include "modules/digest_algorithms.h"

#include <gmp.h>

#include <cmath>
#include <cstring>

namespace glasspy {

namespace {

struct Constants {
  uint32_t md5_k[64];
  uint32_t sha256_k[64];
  uint64_t sha512_k[80];
  uint32_t sha256_h[8];
  uint32_t sha224_h[8];
  uint64_t sha512_h[8];
  uint64_t sha384_h[8];

  Constants() {
    for (int i = 0; i < 64; ++i)
      md5_k[i] = static_cast<uint32_t>(std::floor(std::fabs(std::sin(static_cast<double>(i + 1))) * 4294967296.0));
    unsigned primes[80];
    int count = 0;
    for (unsigned n = 2; count < 80; ++n) {
      bool prime = true;
      for (unsigned d = 2; d * d <= n; ++d)
        if (n % d == 0) {
          prime = false;
          break;
        }
      if (prime) primes[count++] = n;
    }
    mpz_t v;
    mpz_init(v);
    // root(p * 2**(k*bits), k) keeps `bits` fractional bits of p's k-th root;
    // the low 64 bits of it are the fraction (the integer part is above).
    auto fraction_bits = [&](unsigned p, unsigned root, unsigned bits) -> uint64_t {
      mpz_set_ui(v, p);
      mpz_mul_2exp(v, v, root * bits);
      mpz_root(v, v, root);
      mpz_fdiv_r_2exp(v, v, bits);
      return static_cast<uint64_t>(mpz_get_ui(v));
    };
    for (int i = 0; i < 64; ++i) sha256_k[i] = static_cast<uint32_t>(fraction_bits(primes[i], 3, 32));
    for (int i = 0; i < 80; ++i) sha512_k[i] = fraction_bits(primes[i], 3, 64);
    for (int i = 0; i < 8; ++i) {
      sha256_h[i] = static_cast<uint32_t>(fraction_bits(primes[i], 2, 32));
      sha512_h[i] = fraction_bits(primes[i], 2, 64);
      sha384_h[i] = fraction_bits(primes[i + 8], 2, 64);
      sha224_h[i] = static_cast<uint32_t>(sha384_h[i]);  // the second 32 bits of the same roots
    }
    mpz_clear(v);
  }
};

const Constants& constants() {
  static const Constants c;
  return c;
}

inline uint32_t rotl32(uint32_t x, int n) { return (x << n) | (x >> (32 - n)); }
inline uint32_t rotr32(uint32_t x, int n) { return (x >> n) | (x << (32 - n)); }
inline uint64_t rotr64(uint64_t x, int n) { return (x >> n) | (x << (64 - n)); }

inline uint32_t load_be32(const unsigned char* p) {
  return (uint32_t{p[0]} << 24) | (uint32_t{p[1]} << 16) | (uint32_t{p[2]} << 8) | uint32_t{p[3]};
}
inline uint32_t load_le32(const unsigned char* p) {
  return (uint32_t{p[3]} << 24) | (uint32_t{p[2]} << 16) | (uint32_t{p[1]} << 8) | uint32_t{p[0]};
}
inline uint64_t load_be64(const unsigned char* p) {
  return (uint64_t{load_be32(p)} << 32) | load_be32(p + 4);
}

void md5_compress(uint32_t* h, const unsigned char* block) {
  static const int shifts[4][4] = {{7, 12, 17, 22}, {5, 9, 14, 20}, {4, 11, 16, 23}, {6, 10, 15, 21}};
  const uint32_t* k = constants().md5_k;
  uint32_t m[16];
  for (int i = 0; i < 16; ++i) m[i] = load_le32(block + 4 * i);
  uint32_t a = h[0], b = h[1], c = h[2], d = h[3];
  for (int i = 0; i < 64; ++i) {
    uint32_t f;
    int g;
    int round = i / 16;
    if (round == 0) {
      f = (b & c) | (~b & d);
      g = i;
    } else if (round == 1) {
      f = (d & b) | (~d & c);
      g = (5 * i + 1) % 16;
    } else if (round == 2) {
      f = b ^ c ^ d;
      g = (3 * i + 5) % 16;
    } else {
      f = c ^ (b | ~d);
      g = (7 * i) % 16;
    }
    uint32_t sum = a + f + k[i] + m[g];
    a = d;
    d = c;
    c = b;
    b = b + rotl32(sum, shifts[round][i % 4]);
  }
  h[0] += a;
  h[1] += b;
  h[2] += c;
  h[3] += d;
}

void sha1_compress(uint32_t* h, const unsigned char* block) {
  uint32_t w[80];
  for (int t = 0; t < 16; ++t) w[t] = load_be32(block + 4 * t);
  for (int t = 16; t < 80; ++t) w[t] = rotl32(w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16], 1);
  uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
  for (int t = 0; t < 80; ++t) {
    uint32_t f, k;
    if (t < 20) {
      f = (b & c) | (~b & d);
      k = 0x5a827999U;
    } else if (t < 40) {
      f = b ^ c ^ d;
      k = 0x6ed9eba1U;
    } else if (t < 60) {
      f = (b & c) | (b & d) | (c & d);
      k = 0x8f1bbcdcU;
    } else {
      f = b ^ c ^ d;
      k = 0xca62c1d6U;
    }
    uint32_t temp = rotl32(a, 5) + f + e + k + w[t];
    e = d;
    d = c;
    c = rotl32(b, 30);
    b = a;
    a = temp;
  }
  h[0] += a;
  h[1] += b;
  h[2] += c;
  h[3] += d;
  h[4] += e;
}

void sha256_compress(uint32_t* h, const unsigned char* block) {
  const uint32_t* k = constants().sha256_k;
  uint32_t w[64];
  for (int t = 0; t < 16; ++t) w[t] = load_be32(block + 4 * t);
  for (int t = 16; t < 64; ++t) {
    uint32_t s0 = rotr32(w[t - 15], 7) ^ rotr32(w[t - 15], 18) ^ (w[t - 15] >> 3);
    uint32_t s1 = rotr32(w[t - 2], 17) ^ rotr32(w[t - 2], 19) ^ (w[t - 2] >> 10);
    w[t] = w[t - 16] + s0 + w[t - 7] + s1;
  }
  uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
  for (int t = 0; t < 64; ++t) {
    uint32_t t1 = hh + (rotr32(e, 6) ^ rotr32(e, 11) ^ rotr32(e, 25)) + ((e & f) ^ (~e & g)) + k[t] + w[t];
    uint32_t t2 = (rotr32(a, 2) ^ rotr32(a, 13) ^ rotr32(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
    hh = g;
    g = f;
    f = e;
    e = d + t1;
    d = c;
    c = b;
    b = a;
    a = t1 + t2;
  }
  h[0] += a;
  h[1] += b;
  h[2] += c;
  h[3] += d;
  h[4] += e;
  h[5] += f;
  h[6] += g;
  h[7] += hh;
}

void sha512_compress(uint64_t* h, const unsigned char* block) {
  const uint64_t* k = constants().sha512_k;
  uint64_t w[80];
  for (int t = 0; t < 16; ++t) w[t] = load_be64(block + 8 * t);
  for (int t = 16; t < 80; ++t) {
    uint64_t s0 = rotr64(w[t - 15], 1) ^ rotr64(w[t - 15], 8) ^ (w[t - 15] >> 7);
    uint64_t s1 = rotr64(w[t - 2], 19) ^ rotr64(w[t - 2], 61) ^ (w[t - 2] >> 6);
    w[t] = w[t - 16] + s0 + w[t - 7] + s1;
  }
  uint64_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
  for (int t = 0; t < 80; ++t) {
    uint64_t t1 = hh + (rotr64(e, 14) ^ rotr64(e, 18) ^ rotr64(e, 41)) + ((e & f) ^ (~e & g)) + k[t] + w[t];
    uint64_t t2 = (rotr64(a, 28) ^ rotr64(a, 34) ^ rotr64(a, 39)) + ((a & b) ^ (a & c) ^ (b & c));
    hh = g;
    g = f;
    f = e;
    e = d + t1;
    d = c;
    c = b;
    b = a;
    a = t1 + t2;
  }
  h[0] += a;
  h[1] += b;
  h[2] += c;
  h[3] += d;
  h[4] += e;
  h[5] += f;
  h[6] += g;
  h[7] += hh;
}

}  // namespace

Digest::Digest(DigestKind kind) : kind_(kind) {
  const Constants& c = constants();
  std::memset(h32_, 0, sizeof h32_);
  std::memset(h64_, 0, sizeof h64_);
  switch (kind) {
    case DigestKind::kMd5:
    case DigestKind::kSha1:
      h32_[0] = 0x67452301U;
      h32_[1] = 0xefcdab89U;
      h32_[2] = 0x98badcfeU;
      h32_[3] = 0x10325476U;
      h32_[4] = 0xc3d2e1f0U;
      break;
    case DigestKind::kSha224:
      std::memcpy(h32_, c.sha224_h, sizeof h32_);
      break;
    case DigestKind::kSha256:
      std::memcpy(h32_, c.sha256_h, sizeof h32_);
      break;
    case DigestKind::kSha384:
      std::memcpy(h64_, c.sha384_h, sizeof h64_);
      break;
    case DigestKind::kSha512:
      std::memcpy(h64_, c.sha512_h, sizeof h64_);
      break;
  }
}

size_t Digest::digest_size() const {
  switch (kind_) {
    case DigestKind::kMd5: return 16;
    case DigestKind::kSha1: return 20;
    case DigestKind::kSha224: return 28;
    case DigestKind::kSha256: return 32;
    case DigestKind::kSha384: return 48;
    case DigestKind::kSha512: return 64;
  }
  return 0;
}

size_t Digest::block_size() const {
  return kind_ == DigestKind::kSha384 || kind_ == DigestKind::kSha512 ? 128 : 64;
}

const char* Digest::name() const {
  switch (kind_) {
    case DigestKind::kMd5: return "md5";
    case DigestKind::kSha1: return "sha1";
    case DigestKind::kSha224: return "sha224";
    case DigestKind::kSha256: return "sha256";
    case DigestKind::kSha384: return "sha384";
    case DigestKind::kSha512: return "sha512";
  }
  return "";
}

void Digest::compress(const unsigned char* block) {
  switch (kind_) {
    case DigestKind::kMd5: md5_compress(h32_, block); break;
    case DigestKind::kSha1: sha1_compress(h32_, block); break;
    case DigestKind::kSha224:
    case DigestKind::kSha256: sha256_compress(h32_, block); break;
    case DigestKind::kSha384:
    case DigestKind::kSha512: sha512_compress(h64_, block); break;
  }
}

void Digest::update(const unsigned char* data, size_t n) {
  size_t block = block_size();
  total_bytes_ += n;
  if (buffered_) {
    size_t take = block - buffered_ < n ? block - buffered_ : n;
    std::memcpy(buffer_ + buffered_, data, take);
    buffered_ += take;
    data += take;
    n -= take;
    if (buffered_ < block) return;
    compress(buffer_);
    buffered_ = 0;
  }
  for (; n >= block; n -= block, data += block) compress(data);
  std::memcpy(buffer_, data, n);
  buffered_ = n;
}

std::string Digest::finish() const {
  Digest tail = *this;
  size_t block = block_size();
  size_t length_field = block == 128 ? 16 : 8;
  uint64_t bits = total_bytes_ * 8;
  unsigned char pad[256] = {0x80};
  size_t pad_len = block - ((buffered_ + length_field) % block);  // at least 1 (the 0x80)
  unsigned char length[16] = {0};
  if (kind_ == DigestKind::kMd5) {
    for (int i = 0; i < 8; ++i) length[i] = static_cast<unsigned char>(bits >> (8 * i));
  } else {
    for (int i = 0; i < 8; ++i) length[length_field - 1 - i] = static_cast<unsigned char>(bits >> (8 * i));
  }
  tail.update(pad, pad_len);
  tail.update(length, length_field);
  std::string out(digest_size(), '\0');
  for (size_t i = 0; i < out.size(); ++i) {
    if (block == 128) {
      out[i] = static_cast<char>(tail.h64_[i / 8] >> (56 - 8 * (i % 8)));
    } else if (kind_ == DigestKind::kMd5) {
      out[i] = static_cast<char>(tail.h32_[i / 4] >> (8 * (i % 4)));
    } else {
      out[i] = static_cast<char>(tail.h32_[i / 4] >> (24 - 8 * (i % 4)));
    }
  }
  return out;
}

}  // namespace glasspy
