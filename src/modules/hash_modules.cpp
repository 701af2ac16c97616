// `_md5`, `_sha1`, `_sha256` and `_sha512`: the hash objects hashlib falls
// back on when `_hashlib` (OpenSSL) is missing, and that random.seed uses to
// turn str and bytes seeds into integers.
//
// One C++ type per algorithm (CPython's repr shows `_sha512.sha384` and so
// on), all sharing one layout: a Digest value from digest_algorithms.h.  The
// types cannot be instantiated from Python; the module-level functions
// (sha512(string=b'', *, usedforsecurity=True)) make them.
#include <new>
#include <string>

#include "modules/digest_algorithms.h"
#include "modules/hash_modules.h"
#include "objects/buffer.h"
#include "objects/bytes.h"
#include "objects/call.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/type.h"
#include "vm/module_object.h"

namespace glasspy {

namespace {

struct HashObject : Object {
  Digest digest;
};

HashObject* as_hash(Object* o) { return static_cast<HashObject*>(o); }

void hash_dealloc(Object* o) {
  as_hash(o)->digest.~Digest();
  free_object(o);
}

// Feeds a bytes-like argument to the digest, with hashlib's messages for
// str and for objects without the buffer protocol.
bool feed(HashObject* h, Object* data) {
  if (is_str(data)) {
    set_error(&exc::TypeError, "Strings must be encoded before hashing");
    return false;
  }
  if (!has_buffer(data)) {
    set_error(&exc::TypeError, "object supporting the buffer API required");
    return false;
  }
  Buffer view;
  if (get_buffer(data, &view) < 0) return false;
  h->digest.update(reinterpret_cast<const unsigned char*>(view.buf), static_cast<size_t>(view.len));
  release_buffer(&view);
  return true;
}

Object* hash_update(Object* self, Object* data) {
  if (!feed(as_hash(self), data)) return nullptr;
  return newref(None);
}

Object* hash_digest(Object* self) {
  std::string d = as_hash(self)->digest.finish();
  return bytes_from_data(d.data(), static_cast<ssize>(d.size()));
}

Object* hash_hexdigest(Object* self) {
  static const char kHex[] = "0123456789abcdef";
  std::string d = as_hash(self)->digest.finish();
  std::string hex;
  hex.reserve(d.size() * 2);
  for (unsigned char c : d) {
    hex.push_back(kHex[c >> 4]);
    hex.push_back(kHex[c & 15]);
  }
  return str_from_utf8(hex.data(), static_cast<ssize>(hex.size()));
}

Object* hash_copy(Object* self) {
  Object* o = type_generic_alloc(self->type, 0);
  if (!o) return nullptr;
  new (&as_hash(o)->digest) Digest(as_hash(self)->digest);
  return o;
}

Object* hash_name(Object* self, void*) { return str_from_cstr(as_hash(self)->digest.name()); }
Object* hash_digest_size(Object* self, void*) {
  return int_from_i64(static_cast<int64_t>(as_hash(self)->digest.digest_size()));
}
Object* hash_block_size(Object* self, void*) {
  return int_from_i64(static_cast<int64_t>(as_hash(self)->digest.block_size()));
}

MethodDef hash_methods[] = {
    MethodDef("copy", static_cast<NoArgsMethod>(hash_copy), "Return a copy of the hash object."),
    MethodDef("digest", static_cast<NoArgsMethod>(hash_digest), "Return the digest value as a bytes object."),
    MethodDef("hexdigest", static_cast<NoArgsMethod>(hash_hexdigest),
              "Return the digest value as a string of hexadecimal digits."),
    MethodDef("update", static_cast<OneArgMethod>(hash_update), "Update this hash object's state with the provided string."),
    {},
};

GetSetDef hash_getset[] = {
    {"name", hash_name, nullptr, nullptr},
    {"digest_size", hash_digest_size, nullptr, nullptr},
    {"block_size", hash_block_size, nullptr, nullptr},
    {},
};

#define GLASSPY_HASH_TYPE(var, qualified)       \
  Type var{{                                    \
      .name = qualified,                        \
      .basicsize = sizeof(HashObject),          \
      .dealloc = hash_dealloc,                  \
      .getattro = generic_getattr,              \
      .flags = tpflags::kImmutableType,         \
      .methods = hash_methods,                  \
      .getset = hash_getset,                    \
  }}

GLASSPY_HASH_TYPE(Md5Type, "_md5.md5");
GLASSPY_HASH_TYPE(Sha1Type, "_sha1.sha1");
GLASSPY_HASH_TYPE(Sha224Type, "_sha256.sha224");
GLASSPY_HASH_TYPE(Sha256Type, "_sha256.sha256");
GLASSPY_HASH_TYPE(Sha384Type, "_sha512.sha384");
GLASSPY_HASH_TYPE(Sha512Type, "_sha512.sha512");

#undef GLASSPY_HASH_TYPE

// The constructor functions: name(string=None, *, usedforsecurity=True).
Object* make_hash(const char* fname, Type* type, DigestKind kind, Object* const* args, ssize nargs,
                  Object* kwnames) {
  ArgParser parser{fname, {"string", "usedforsecurity"}, 0, 1};
  Object* a[2];
  if (!parse_args(parser, args, nargs, kwnames, a)) return nullptr;
  if (type_ready(type) < 0) return nullptr;
  Object* o = type_generic_alloc(type, 0);
  if (!o) return nullptr;
  new (&as_hash(o)->digest) Digest(kind);
  if (a[0] && a[0] != None && !feed(as_hash(o), a[0])) {
    decref(o);
    return nullptr;
  }
  return o;
}

#define GLASSPY_HASH_CONSTRUCTOR(fn, type, kind)                                          \
  Object* fn(Object*, Object* const* args, ssize nargs, Object* kwnames) {                \
    return make_hash(#fn + 5, &type, DigestKind::kind, args, nargs, kwnames);            \
  }

GLASSPY_HASH_CONSTRUCTOR(make_md5, Md5Type, kMd5)
GLASSPY_HASH_CONSTRUCTOR(make_sha1, Sha1Type, kSha1)
GLASSPY_HASH_CONSTRUCTOR(make_sha224, Sha224Type, kSha224)
GLASSPY_HASH_CONSTRUCTOR(make_sha256, Sha256Type, kSha256)
GLASSPY_HASH_CONSTRUCTOR(make_sha384, Sha384Type, kSha384)
GLASSPY_HASH_CONSTRUCTOR(make_sha512, Sha512Type, kSha512)

#undef GLASSPY_HASH_CONSTRUCTOR

MethodDef md5_functions[] = {
    MethodDef("md5", static_cast<FastKeywordsMethod>(make_md5), "Return a new MD5 hash object; optionally initialized with a string."),
    {},
};
MethodDef sha1_functions[] = {
    MethodDef("sha1", static_cast<FastKeywordsMethod>(make_sha1), "Return a new SHA1 hash object; optionally initialized with a string."),
    {},
};
MethodDef sha256_functions[] = {
    MethodDef("sha256", static_cast<FastKeywordsMethod>(make_sha256), "Return a new SHA-256 hash object; optionally initialized with a string."),
    MethodDef("sha224", static_cast<FastKeywordsMethod>(make_sha224), "Return a new SHA-224 hash object; optionally initialized with a string."),
    {},
};
MethodDef sha512_functions[] = {
    MethodDef("sha512", static_cast<FastKeywordsMethod>(make_sha512), "Return a new SHA-512 hash object; optionally initialized with a string."),
    MethodDef("sha384", static_cast<FastKeywordsMethod>(make_sha384), "Return a new SHA-384 hash object; optionally initialized with a string."),
    {},
};

Object* hash_module(const char* name, MethodDef* functions, std::initializer_list<std::pair<const char*, Type*>> types) {
  Object* m = module_new_cstr(name);
  if (!m) return nullptr;
  as_module(m)->md_builtin = true;
  if (module_add_functions(m, functions) < 0) {
    decref(m);
    return nullptr;
  }
  for (auto& [type_name, type] : types) {
    if (type_ready(type) < 0 || module_add_object(m, type_name, static_cast<Object*>(type)) < 0) {
      decref(m);
      return nullptr;
    }
  }
  return m;
}

}  // namespace

Object* md5_module_create() { return hash_module("_md5", md5_functions, {{"MD5Type", &Md5Type}}); }
Object* sha1_module_create() { return hash_module("_sha1", sha1_functions, {{"SHA1Type", &Sha1Type}}); }
Object* sha256_module_create() {
  return hash_module("_sha256", sha256_functions, {{"SHA224Type", &Sha224Type}, {"SHA256Type", &Sha256Type}});
}
Object* sha512_module_create() {
  // CPython 3.11 binds its sha512 type under the name SHA384Type (and has no
  // SHA512Type); programs can see that, so it is kept.
  return hash_module("_sha512", sha512_functions, {{"SHA384Type", &Sha512Type}});
}

}  // namespace glasspy
