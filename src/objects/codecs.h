// The object layer's side of the codec machinery (codecs.cpp): the built-in
// UTF-8, ASCII and Latin-1 codecs as `_codecs` exposes them, the registry of
// error handlers (codecs.register_error / lookup_error) that every codec
// consults for a handler name it does not know, and the hook through which
// str.encode / bytes.decode reach the codec registry of `_codecs` for the
// other encodings (the registry lives in src/modules, above this layer, so
// it installs itself here at startup).
#pragma once

#include <string_view>

#include "objects/object.h"

namespace glasspy {

enum class BuiltinCodec { kUtf8, kAscii, kLatin1 };

// Decodes `data`; `errors` is a str or null (strict).  With final false an
// incomplete UTF-8 sequence at the end is left undecoded.  *consumed gets the
// number of bytes used.  New reference, or null with the error set.
Object* builtin_codec_decode(BuiltinCodec codec, std::string_view data, Object* errors, bool final,
                             ssize* consumed);
// Encodes the str `s` to bytes.
Object* builtin_codec_encode(BuiltinCodec codec, Object* s, Object* errors);

// Codec and error handler names cross into C strings in CPython, so one
// holding U+0000 fails with ValueError("embedded null character"); true
// for null (the default) and names without it.
bool codec_name_ok(Object* name);

// name -> handler: the error handler registry (borrowed dict, never null
// once objects are initialized).
Object* codec_error_registry();
// codecs.lookup_error(name): new reference, or null with LookupError.
Object* codec_lookup_error(Object* name);

// Runs the error handler `errors` (str or null: strict) on the exception
// `exc` (consumed: the reference is stolen) and parses its (replacement,
// position) answer.  The replacement is a str, or for an encoder (encoding
// true) a str or bytes; position is normalized against `length` (the
// length of the input) and checked.  False with the error set.
bool codec_call_error_handler(Object* errors, Object* exc, bool encoding, ssize length, Object** replacement,
                              ssize* newpos);

// The registry hook: called for an encoding the built-in codecs do not know
// (encode: obj is a str; decode: a bytes object).  New reference or null.
using CodecRegistryCall = Object* (*)(Object* obj, Object* encoding, Object* errors);
void set_codec_registry_calls(CodecRegistryCall encode, CodecRegistryCall decode);

}  // namespace glasspy
