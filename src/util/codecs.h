// Python 3.11's text codecs, as far as decoding bytes needs them: the codec
// registry (encodings.aliases and the modules of the encodings package),
// codecs.lookup()'s name normalization, and decoding to UTF-8 with the
// UnicodeDecodeError CPython would raise.
//
// Design.  One table describes every codec module: its family (which decides
// how it decodes and how its errors are worded), the glibc iconv converter
// that decodes it (nullptr: glibc has none), the codec name its errors carry,
// and the line of its Python module a traceback shows.  Lookup follows
// codecs.lookup() step by step, so unknown names fail where Python's do.
// Decoder covers UTF-8, ASCII, Latin-1, and the charmap and CJK codecs
// through iconv, with Python's error reports; for the other families it
// answers kUnsupported and leaves the choice to the caller.
// The building blocks (Python's UTF-8 decoder, the iconv wrapper, the wording
// of table-codec errors) are public so that callers with their own rules, such
// as the source decoder and the `--tokens` emulation in src/lexer/, and later
// str.encode/bytes.decode, share one implementation.  Text is UTF-8; lone
// surrogates use the generalized form of util/unicode.h.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace glasspy::codecs {

// How a codec decodes, and so how its errors read.
enum class Family : uint8_t {
  kUtf8,       // utf_8
  kUtf8Sig,    // utf_8_sig: utf-8, dropping a BOM at the start of the input
  kAscii,      // ascii
  kLatin1,     // latin_1, iso8859_1, the table-less 'charmap': byte n is U+00nn, never fails
  kCharmap,    // a one-byte table (codecs.charmap_decode): errors name 'charmap'
  kMultibyte,  // the CJK codecs of _multibytecodec: errors name the codec
  kUtf16,      // utf_16: byte order from a BOM, else little-endian
  kUtf32,      // utf_32: likewise
  kUnicode,    // the other Unicode forms: utf_16_be/le, utf_32_be/le, utf_7
  kSpecial,    // text codecs with rules of their own (idna, punycode, *unicode_escape, undefined)
  kNotText,    // bytes-to-bytes or str-to-str (base64, rot13, ...): bytes.decode refuses them
};

struct Codec {
  const char* module;      // the module in the encodings package ("cp1252")
  Family family;
  const char* iconv;       // the glibc iconv converter nearest to it, or nullptr
  const char* error_name;  // UnicodeDecodeError.encoding ("charmap", "utf-16-be"), or nullptr
  // The line of encodings/<module>.py whose Codec.decode calls
  // codecs.charmap_decode (a traceback shows it), or 0.
  int decode_line;
};

// The codec module named `module`, or nullptr.
const Codec* find_module(std::string_view module);

// The first step of codecs.lookup() (_Py_normalize_encoding): ASCII letters
// lower-cased, ASCII letters, digits and '.' kept, every run of other bytes
// turned into one '_' (dropped at either end).  "UTF-8" -> "utf_8".
std::string normalize_encoding(std::string_view name);

// The second step (encodings.search_function) on a normalized name: the alias
// (looked up as it is, then with '.' read as '_'), else the name itself as a
// module; names holding a '.' are no module.  nullptr where Python raises
// LookupError("unknown encoding: ...").
const Codec* lookup_normalized(std::string_view normalized);

// codecs.lookup(name), as the two steps above.  Non-text codecs are found too
// (check Family::kNotText).  The Windows-only mbcs codec is unknown.
const Codec* lookup(std::string_view name);

// How CPython's tokenizers spell a declared (PEP 263) encoding: the C
// tokenizer's get_normal_name and tokenize._get_normal_name agree.  Judged on
// the first 12 characters, case- and '_'/'-'-insensitively, the utf-8 and
// latin-1 families become "utf-8" and "iso-8859-1"; anything else is returned
// unchanged ("utf8" stays "utf8").
std::string tokenizer_normal_name(std::string_view name);

// ---- errors -------------------------------------------------------------------

// A UnicodeDecodeError: codec, the failing byte range of the input and reason.
struct DecodeError {
  std::string codec;       // UnicodeDecodeError.encoding
  size_t start = 0;        // byte offsets into the decoded input
  size_t end = 0;          // exclusive
  const char* reason = "";
  unsigned char byte = 0;  // the byte at `start` (shown when the range is one byte)

  // str(UnicodeDecodeError), with positions counted from `shift` (for input
  // that was decoded in pieces): "'utf-8' codec can't decode byte 0xff in
  // position 1: invalid start byte", or "... bytes in position 1-2: ...".
  std::string message(size_t shift = 0) const;
};

// The error of a kCharmap codec stopped at `pos` of `in`:
// 'charmap' ... character maps to <undefined>.
DecodeError charmap_error(std::string_view in, size_t pos);

// The error of a kMultibyte codec named `codec` stopped at `pos` of `in`:
// "incomplete multibyte sequence" when the input ended inside a character,
// else "illegal multibyte sequence".
DecodeError multibyte_error(std::string codec, std::string_view in, size_t pos, bool incomplete);

// ---- Python's UTF-8 codec -------------------------------------------------------

// The first error Python's UTF-8 decoder (final mode) reports in `s` at or
// after `pos`: invalid start bytes one at a time, a bad sequence as the bytes
// that were valid before the offending one, a truncated sequence at the end as
// "unexpected end of data".  False if there is none.
bool find_utf8_error(std::string_view s, size_t pos, DecodeError& e);

// str(UnicodeDecodeError) of the first error in `bytes`, false if valid.
bool utf8_decode_error(std::string_view bytes, std::string& message);

// bytes.decode('utf-8', 'replace'): each error becomes U+FFFD.
std::string utf8_decode_replace(std::string_view bytes);

// bytes.decode('utf-8', 'surrogateescape'): each byte of an error becomes the
// lone surrogate U+DC80..U+DCFF (in generalized UTF-8).
std::string utf8_decode_surrogateescape(std::string_view bytes);

// ---- iconv --------------------------------------------------------------------------

// A glibc iconv converter from one encoding to UTF-8.  Each decode() starts
// afresh (shift state reset), as each bytes.decode call does.
class IconvDecoder {
 public:
  IconvDecoder() = default;
  ~IconvDecoder();
  IconvDecoder(const IconvDecoder&) = delete;
  IconvDecoder& operator=(const IconvDecoder&) = delete;

  // Opens a converter from `from` (closing any open one); false if iconv has
  // none.
  bool open(const char* from);
  bool is_open() const { return cd_ != nullptr; }

  // Appends `in` decoded to `out`.  On an error returns false with `out`
  // holding what was decoded before it, `stop` the offset of the offending
  // byte and `incomplete` set when the input ended inside a character.
  // flush=false skips the final flush after a successful conversion, so a
  // character the converter still holds back is lost (glibc's CP1255 and
  // CP1258 hold back a letter in case a combining mark follows): only for a
  // caller that must keep doing so.
  bool decode(std::string_view in, std::string& out, size_t& stop, bool& incomplete,
              bool flush = true);

 private:
  void* cd_ = nullptr;  // the iconv_t, nullptr when closed
};

// ---- decoding -------------------------------------------------------------------------

enum class DecodeResult {
  kOk,
  kError,        // a UnicodeDecodeError, as Python raises it
  kUnsupported,  // not decoded here: a family other than those listed at decode(),
                 // or a codec iconv cannot decode
};

// bytes.decode(codec) with errors='strict', for the families kUtf8, kUtf8Sig,
// kAscii, kLatin1, and kCharmap and kMultibyte where the codec has an iconv
// converter.  The converter is opened once, on first use.
class Decoder {
 public:
  explicit Decoder(const Codec& codec) : codec_(&codec) {}
  const Codec& codec() const { return *codec_; }

  // Appends `in` decoded to `out`.  On kError `out` holds what was decoded
  // before the error and `err` says where and why; on kUnsupported `out` is
  // unchanged.
  DecodeResult decode(std::string_view in, std::string& out, DecodeError& err);

 private:
  const Codec* codec_;
  IconvDecoder iconv_;
};

}  // namespace glasspy::codecs
