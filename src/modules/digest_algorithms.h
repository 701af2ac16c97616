// Message digests (MD5, SHA-1, SHA-224/256, SHA-384/512) written from their
// specifications (RFC 1321, FIPS 180-4), for the `_md5`, `_sha1`, `_sha256`
// and `_sha512` modules behind hashlib's fallback path and random.seed.
//
// Each algorithm is a small value type: update() may be called any number
// of times, finish() returns the digest of everything fed so far without
// disturbing the state (it works on a copy), so hexdigest() can be followed
// by more updates as Python's hash objects allow.  Copying the object is
// copying the hash (hash.copy()).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace glasspy {

enum class DigestKind : uint8_t { kMd5, kSha1, kSha224, kSha256, kSha384, kSha512 };

class Digest {
 public:
  explicit Digest(DigestKind kind);
  void update(const unsigned char* data, size_t n);
  // The raw digest (digest_size bytes).
  std::string finish() const;
  DigestKind kind() const { return kind_; }
  size_t digest_size() const;
  size_t block_size() const;
  const char* name() const;

 private:
  void compress(const unsigned char* block);
  DigestKind kind_;
  // The chaining state: eight 32-bit words (MD5, SHA-1, SHA-256 use the low
  // four, five and eight) or eight 64-bit words (SHA-512).
  uint32_t h32_[8];
  uint64_t h64_[8];
  unsigned char buffer_[128];
  size_t buffered_ = 0;
  uint64_t total_bytes_ = 0;  // the length field; 2**64 bytes is out of reach
};

}  // namespace glasspy
