// `glasspy --tokens`: the standard library's pure-Python tokenizer
// (Lib/tokenize.py) and its command-line driver, re-expressed in C++.
//
// Design.  The source is split into lines at b'\n' only (tokenize reads the
// file in binary mode), each line is decoded on its own with the encoding that
// detect_encoding() chose, and the line is tokenized as a sequence of code
// points, so every column is a code point index.  tokenize.py drives a regular
// expression, PseudoToken = Whitespace (Extras | Number | Funny | ContStr |
// Name); pseudo_match() below tries the same alternatives in the same order
// with hand-written matchers and returns what re.match would (first
// alternative that matches, its greedy extent).  Where the regex could
// backtrack into a shorter match, the matcher reasons it out explicitly (see
// match_contstr).  Token classification then follows tokenize.py's if-chain on
// the matched text, which is what produces its quirks: OP for a \w run that
// does not start an identifier ('²'), NUMBER '1' then NAME 'if' for '1if',
// ERRORTOKEN for each character (spaces too) where nothing matches, etc.
//
// Invariants.  Errors are exceptions in Python; here a Failure is filled in and
// the tokenizer stops.  A file's tokens are all gathered before any is printed
// (main() calls list(tokenize(...))), so on failure stdout stays empty; for
// stdin the tokens stream out as produced.  Decoding failures that tokenize.py
// does not catch are reported as the uncaught exception's traceback, whose
// frames name the tokenize.py of the reference CPython (kTokenizePath).
#include "lexer/tokenize_module.h"

#include <iconv.h>

#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "util/py_repr.h"
#include "util/unicode.h"

namespace glasspy {

namespace {

using Text = std::u32string;
using TextView = std::u32string_view;

// Where the reference interpreter's tokenize.py lives; it appears in the
// traceback of an uncaught decoding error.
constexpr const char* kTokenizePath = "/root/.pyenv/versions/3.11.7/lib/python3.11/tokenize.py";

// Stands for "past the end of the line" (no code point has this value).
constexpr char32_t kEnd = 0xFFFFFFFF;
inline char32_t at(TextView s, size_t i) { return i < s.size() ? s[i] : kEnd; }

// ---------------------------------------------------------------------------
// Failures: the exceptions tokenize.main() reports.

struct Failure {
  enum Kind {
    kIndentation,  // IndentationError: "file:line:col: error: msg"
    kToken,        // TokenError: same format
    kSyntax,       // SyntaxError from detect_encoding: "file: error: msg"
    kUnexpected,   // anything else: "unexpected error: msg" and a traceback
  } kind = kToken;
  std::string msg;
  std::string exc_type;  // kUnexpected: the exception's class name
  std::string frame;     // kUnexpected: the innermost traceback entry, if in a codec module
  int line = 0;
  int col = 0;
};

// ---------------------------------------------------------------------------
// Decoding.

// bytes.decode('utf-8') with CPython's error positions and reasons, or with
// the 'surrogateescape' handler (undecodable bytes become U+DC80..U+DCFF).
// Returns false on error (strict mode only) with the failing byte range.
struct DecodeError {
  size_t start = 0, end = 0;
  const char* reason = "";
};

bool decode_utf8_python(std::string_view b, Text& out, DecodeError* error, bool surrogateescape) {
  const auto* p = reinterpret_cast<const unsigned char*>(b.data());
  const size_t n = b.size();
  auto cont = [&](size_t k) { return k < n && (p[k] & 0xC0) == 0x80; };
  size_t i = 0;
  out.clear();
  out.reserve(n);
  while (i < n) {
    unsigned c = p[i];
    if (c < 0x80) {
      out.push_back(c);
      ++i;
      continue;
    }
    const char* reason = nullptr;
    size_t bad_end = i + 1;
    const char* kStart = "invalid start byte";
    const char* kCont = "invalid continuation byte";
    const char* kEod = "unexpected end of data";
    if (c < 0xC2) {
      reason = kStart;
    } else if (c < 0xE0) {
      if (n - i < 2) {
        reason = kEod, bad_end = n;
      } else if (!cont(i + 1)) {
        reason = kCont;
      } else {
        out.push_back(((c & 0x1F) << 6) | (p[i + 1] & 0x3F));
        i += 2;
        continue;
      }
    } else if (c < 0xF0) {
      bool bad2 = !cont(i + 1) || (i + 1 < n && (p[i + 1] < 0xA0 ? c == 0xE0 : c == 0xED));
      if (n - i < 3) {
        if (n - i >= 2 && bad2) reason = kCont;
        else reason = kEod, bad_end = n;
      } else if (bad2) {
        reason = kCont;
      } else if (!cont(i + 2)) {
        reason = kCont, bad_end = i + 2;
      } else {
        out.push_back(((c & 0x0F) << 12) | ((p[i + 1] & 0x3F) << 6) | (p[i + 2] & 0x3F));
        i += 3;
        continue;
      }
    } else if (c < 0xF5) {
      bool bad2 = !cont(i + 1) || (i + 1 < n && (p[i + 1] < 0x90 ? c == 0xF0 : c == 0xF4));
      if (n - i < 4) {
        if (n - i < 2) reason = kEod, bad_end = n;
        else if (bad2) reason = kCont;
        else if (n - i < 3) reason = kEod, bad_end = n;
        else if (!cont(i + 2)) reason = kCont, bad_end = i + 2;
        else reason = kEod, bad_end = n;
      } else if (bad2) {
        reason = kCont;
      } else if (!cont(i + 2)) {
        reason = kCont, bad_end = i + 2;
      } else if (!cont(i + 3)) {
        reason = kCont, bad_end = i + 3;
      } else {
        out.push_back(((c & 0x07) << 18) | ((p[i + 1] & 0x3F) << 12) | ((p[i + 2] & 0x3F) << 6) |
                      (p[i + 3] & 0x3F));
        i += 4;
        continue;
      }
    } else {
      reason = kStart;
    }
    if (surrogateescape) {
      for (size_t k = i; k < bad_end; ++k) out.push_back(0xDC00 + p[k]);
      i = bad_end;
      continue;
    }
    if (error) *error = DecodeError{i, bad_end, reason};
    return false;
  }
  return true;
}

std::string decode_error_message(const char* codec, std::string_view bytes, const DecodeError& e) {
  char buf[200];
  if (e.end - e.start == 1) {
    std::snprintf(buf, sizeof buf, "'%s' codec can't decode byte 0x%02x in position %zu: %s", codec,
                  static_cast<unsigned char>(bytes[e.start]), e.start, e.reason);
  } else {
    std::snprintf(buf, sizeof buf, "'%s' codec can't decode bytes in position %zu-%zu: %s", codec,
                  e.start, e.end - 1, e.reason);
  }
  return buf;
}

// How a Python codec is decoded here.
enum class CodecKind {
  kUtf8,
  kUtf8Sig,      // utf-8, dropping a BOM at the start of each decoded chunk
  kAscii,
  kLatin1,       // latin-1 (and 'charmap' without a table, which is the same)
  kIconv,        // transcoded with iconv; `iconv_name` says from what
  kUtf16,        // BOM-sniffing, little-endian by default
  kUtf32,
  kNotText,      // a bytes-to-bytes codec: bytes.decode refuses it
  kUnsupported,  // a real text codec glibc's iconv cannot reproduce
};

struct Codec {
  const char* module;  // the module under encodings/ that implements it
  CodecKind kind;
  const char* iconv_name;  // kIconv
  const char* error_name;  // the codec name UnicodeDecodeError reports
  int decode_line;         // where a charmap codec's Python decode() calls into C, or 0
};

// Every codec module of CPython 3.11's encodings package that registers a
// codec on Linux (mbcs and oem fail to import there), sorted by module name.
constexpr Codec kCodecs[] = {
    {"ascii", CodecKind::kAscii, nullptr, "ascii", 0},
    {"base64_codec", CodecKind::kNotText, nullptr, nullptr, 0},
    {"big5", CodecKind::kIconv, "BIG5", "big5", 0},
    {"big5hkscs", CodecKind::kIconv, "BIG5-HKSCS", "big5hkscs", 0},
    {"bz2_codec", CodecKind::kNotText, nullptr, nullptr, 0},
    {"charmap", CodecKind::kLatin1, nullptr, "charmap", 0},
    {"cp037", CodecKind::kIconv, "IBM037", "charmap", 15},
    {"cp1006", CodecKind::kUnsupported, nullptr, "charmap", 15},
    {"cp1026", CodecKind::kIconv, "IBM1026", "charmap", 15},
    {"cp1125", CodecKind::kIconv, "CP1125", "charmap", 15},
    {"cp1140", CodecKind::kIconv, "IBM1140", "charmap", 15},
    {"cp1250", CodecKind::kIconv, "CP1250", "charmap", 15},
    {"cp1251", CodecKind::kIconv, "CP1251", "charmap", 15},
    {"cp1252", CodecKind::kIconv, "CP1252", "charmap", 15},
    {"cp1253", CodecKind::kIconv, "CP1253", "charmap", 15},
    {"cp1254", CodecKind::kIconv, "CP1254", "charmap", 15},
    {"cp1255", CodecKind::kIconv, "CP1255", "charmap", 15},
    {"cp1256", CodecKind::kIconv, "CP1256", "charmap", 15},
    {"cp1257", CodecKind::kIconv, "CP1257", "charmap", 15},
    {"cp1258", CodecKind::kIconv, "CP1258", "charmap", 15},
    {"cp273", CodecKind::kIconv, "IBM273", "charmap", 15},
    {"cp424", CodecKind::kIconv, "IBM424", "charmap", 15},
    {"cp437", CodecKind::kIconv, "IBM437", "charmap", 15},
    {"cp500", CodecKind::kIconv, "IBM500", "charmap", 15},
    {"cp720", CodecKind::kUnsupported, nullptr, "charmap", 17},
    {"cp737", CodecKind::kIconv, "CP737", "charmap", 15},
    {"cp775", CodecKind::kIconv, "CP775", "charmap", 15},
    {"cp850", CodecKind::kIconv, "IBM850", "charmap", 15},
    {"cp852", CodecKind::kIconv, "IBM852", "charmap", 15},
    {"cp855", CodecKind::kIconv, "IBM855", "charmap", 15},
    {"cp856", CodecKind::kIconv, "IBM856", "charmap", 15},
    {"cp857", CodecKind::kIconv, "IBM857", "charmap", 15},
    {"cp858", CodecKind::kIconv, "IBM858", "charmap", 15},
    {"cp860", CodecKind::kIconv, "IBM860", "charmap", 15},
    {"cp861", CodecKind::kIconv, "IBM861", "charmap", 15},
    {"cp862", CodecKind::kIconv, "IBM862", "charmap", 15},
    {"cp863", CodecKind::kIconv, "IBM863", "charmap", 15},
    {"cp864", CodecKind::kIconv, "IBM864", "charmap", 15},
    {"cp865", CodecKind::kIconv, "IBM865", "charmap", 15},
    {"cp866", CodecKind::kIconv, "IBM866", "charmap", 15},
    {"cp869", CodecKind::kIconv, "IBM869", "charmap", 15},
    {"cp874", CodecKind::kIconv, "CP874", "charmap", 15},
    {"cp875", CodecKind::kIconv, "IBM875", "charmap", 15},
    {"cp932", CodecKind::kIconv, "CP932", "cp932", 0},
    {"cp949", CodecKind::kIconv, "CP949", "cp949", 0},
    {"cp950", CodecKind::kIconv, "CP950", "cp950", 0},
    {"euc_jis_2004", CodecKind::kIconv, "EUC-JISX0213", "euc_jis_2004", 0},
    {"euc_jisx0213", CodecKind::kIconv, "EUC-JISX0213", "euc_jisx0213", 0},
    {"euc_jp", CodecKind::kIconv, "EUC-JP", "euc_jp", 0},
    {"euc_kr", CodecKind::kIconv, "EUC-KR", "euc_kr", 0},
    {"gb18030", CodecKind::kIconv, "GB18030", "gb18030", 0},
    {"gb2312", CodecKind::kIconv, "EUC-CN", "gb2312", 0},
    {"gbk", CodecKind::kIconv, "GBK", "gbk", 0},
    {"hex_codec", CodecKind::kNotText, nullptr, nullptr, 0},
    {"hp_roman8", CodecKind::kIconv, "HP-ROMAN8", "charmap", 22},
    {"hz", CodecKind::kUnsupported, nullptr, "hz", 0},
    {"idna", CodecKind::kUnsupported, nullptr, "idna", 0},
    {"iso2022_jp", CodecKind::kIconv, "ISO-2022-JP", "iso2022_jp", 0},
    {"iso2022_jp_1", CodecKind::kUnsupported, nullptr, "iso2022_jp_1", 0},
    {"iso2022_jp_2", CodecKind::kIconv, "ISO-2022-JP-2", "iso2022_jp_2", 0},
    {"iso2022_jp_2004", CodecKind::kIconv, "ISO-2022-JP-3", "iso2022_jp_2004", 0},
    {"iso2022_jp_3", CodecKind::kIconv, "ISO-2022-JP-3", "iso2022_jp_3", 0},
    {"iso2022_jp_ext", CodecKind::kUnsupported, nullptr, "iso2022_jp_ext", 0},
    {"iso2022_kr", CodecKind::kIconv, "ISO-2022-KR", "iso2022_kr", 0},
    {"iso8859_1", CodecKind::kLatin1, nullptr, "latin-1", 15},
    {"iso8859_10", CodecKind::kIconv, "ISO-8859-10", "charmap", 15},
    {"iso8859_11", CodecKind::kIconv, "ISO-8859-11", "charmap", 15},
    {"iso8859_13", CodecKind::kIconv, "ISO-8859-13", "charmap", 15},
    {"iso8859_14", CodecKind::kIconv, "ISO-8859-14", "charmap", 15},
    {"iso8859_15", CodecKind::kIconv, "ISO-8859-15", "charmap", 15},
    {"iso8859_16", CodecKind::kIconv, "ISO-8859-16", "charmap", 15},
    {"iso8859_2", CodecKind::kIconv, "ISO-8859-2", "charmap", 15},
    {"iso8859_3", CodecKind::kIconv, "ISO-8859-3", "charmap", 15},
    {"iso8859_4", CodecKind::kIconv, "ISO-8859-4", "charmap", 15},
    {"iso8859_5", CodecKind::kIconv, "ISO-8859-5", "charmap", 15},
    {"iso8859_6", CodecKind::kIconv, "ISO-8859-6", "charmap", 15},
    {"iso8859_7", CodecKind::kIconv, "ISO-8859-7", "charmap", 15},
    {"iso8859_8", CodecKind::kIconv, "ISO-8859-8", "charmap", 15},
    {"iso8859_9", CodecKind::kIconv, "ISO-8859-9", "charmap", 15},
    {"johab", CodecKind::kIconv, "JOHAB", "johab", 0},
    {"koi8_r", CodecKind::kIconv, "KOI8-R", "charmap", 15},
    {"koi8_t", CodecKind::kIconv, "KOI8-T", "charmap", 16},
    {"koi8_u", CodecKind::kIconv, "KOI8-U", "charmap", 15},
    {"kz1048", CodecKind::kIconv, "RK1048", "charmap", 0},
    {"latin_1", CodecKind::kLatin1, nullptr, "latin-1", 0},
    {"mac_arabic", CodecKind::kUnsupported, nullptr, "charmap", 15},
    {"mac_croatian", CodecKind::kUnsupported, nullptr, "charmap", 15},
    {"mac_cyrillic", CodecKind::kIconv, "MAC-CYRILLIC", "charmap", 15},
    {"mac_farsi", CodecKind::kUnsupported, nullptr, "charmap", 15},
    {"mac_greek", CodecKind::kUnsupported, nullptr, "charmap", 15},
    {"mac_iceland", CodecKind::kIconv, "MAC-IS", "charmap", 15},
    {"mac_latin2", CodecKind::kIconv, "MAC-CENTRALEUROPE", "charmap", 20},
    {"mac_roman", CodecKind::kIconv, "MACINTOSH", "charmap", 15},
    {"mac_romanian", CodecKind::kUnsupported, nullptr, "charmap", 15},
    {"mac_turkish", CodecKind::kUnsupported, nullptr, "charmap", 15},
    {"palmos", CodecKind::kUnsupported, nullptr, "charmap", 16},
    {"ptcp154", CodecKind::kIconv, "PT154", "charmap", 20},
    {"punycode", CodecKind::kUnsupported, nullptr, "punycode", 0},
    {"quopri_codec", CodecKind::kNotText, nullptr, nullptr, 0},
    {"raw_unicode_escape", CodecKind::kUnsupported, nullptr, "rawunicodeescape", 0},
    {"rot_13", CodecKind::kNotText, nullptr, nullptr, 0},
    {"shift_jis", CodecKind::kIconv, "SHIFT_JIS", "shift_jis", 0},
    {"shift_jis_2004", CodecKind::kIconv, "SHIFT_JISX0213", "shift_jis_2004", 0},
    {"shift_jisx0213", CodecKind::kIconv, "SHIFT_JISX0213", "shift_jisx0213", 0},
    {"tis_620", CodecKind::kIconv, "TIS-620", "charmap", 15},
    {"undefined", CodecKind::kUnsupported, nullptr, "undefined", 0},
    {"unicode_escape", CodecKind::kUnsupported, nullptr, "unicodeescape", 0},
    {"utf_16", CodecKind::kUtf16, nullptr, "utf-16", 0},
    {"utf_16_be", CodecKind::kIconv, "UTF-16BE", "utf-16-be", 0},
    {"utf_16_le", CodecKind::kIconv, "UTF-16LE", "utf-16-le", 0},
    {"utf_32", CodecKind::kUtf32, nullptr, "utf-32", 0},
    {"utf_32_be", CodecKind::kIconv, "UTF-32BE", "utf-32-be", 0},
    {"utf_32_le", CodecKind::kIconv, "UTF-32LE", "utf-32-le", 0},
    {"utf_7", CodecKind::kIconv, "UTF-7", "utf7", 0},
    {"utf_8", CodecKind::kUtf8, nullptr, "utf-8", 0},
    {"utf_8_sig", CodecKind::kUtf8Sig, nullptr, "utf-8", 0},
    {"uu_codec", CodecKind::kNotText, nullptr, nullptr, 0},
    {"zlib_codec", CodecKind::kNotText, nullptr, nullptr, 0},
};

struct Alias {
  const char* name;
  const char* module;
};

// encodings.aliases.aliases of CPython 3.11 (less the two that name the
// Windows-only mbcs codec), sorted by alias.
constexpr Alias kAliases[] = {
    {"037", "cp037"}, {"1026", "cp1026"}, {"1125", "cp1125"}, {"1140", "cp1140"},
    {"1250", "cp1250"}, {"1251", "cp1251"}, {"1252", "cp1252"}, {"1253", "cp1253"},
    {"1254", "cp1254"}, {"1255", "cp1255"}, {"1256", "cp1256"}, {"1257", "cp1257"},
    {"1258", "cp1258"}, {"273", "cp273"}, {"424", "cp424"}, {"437", "cp437"}, {"500", "cp500"},
    {"646", "ascii"}, {"775", "cp775"}, {"850", "cp850"}, {"852", "cp852"}, {"855", "cp855"},
    {"857", "cp857"}, {"858", "cp858"}, {"860", "cp860"}, {"861", "cp861"}, {"862", "cp862"},
    {"863", "cp863"}, {"864", "cp864"}, {"865", "cp865"}, {"866", "cp866"}, {"869", "cp869"},
    {"8859", "latin_1"}, {"932", "cp932"}, {"936", "gbk"}, {"949", "cp949"}, {"950", "cp950"},
    {"ansi_x3.4_1968", "ascii"}, {"ansi_x3.4_1986", "ascii"}, {"ansi_x3_4_1968", "ascii"},
    {"arabic", "iso8859_6"}, {"asmo_708", "iso8859_6"}, {"base64", "base64_codec"},
    {"base_64", "base64_codec"}, {"big5_hkscs", "big5hkscs"}, {"big5_tw", "big5"},
    {"bz2", "bz2_codec"}, {"chinese", "gb2312"}, {"cp1051", "hp_roman8"}, {"cp1361", "johab"},
    {"cp154", "ptcp154"}, {"cp367", "ascii"}, {"cp65001", "utf_8"}, {"cp819", "latin_1"},
    {"cp866u", "cp1125"}, {"cp936", "gbk"}, {"cp_gr", "cp869"}, {"cp_is", "cp861"},
    {"csHPRoman8", "hp_roman8"}, {"csascii", "ascii"}, {"csbig5", "big5"}, {"csibm037", "cp037"},
    {"csibm1026", "cp1026"}, {"csibm273", "cp273"}, {"csibm424", "cp424"}, {"csibm500", "cp500"},
    {"csibm855", "cp855"}, {"csibm857", "cp857"}, {"csibm858", "cp858"}, {"csibm860", "cp860"},
    {"csibm861", "cp861"}, {"csibm863", "cp863"}, {"csibm864", "cp864"}, {"csibm865", "cp865"},
    {"csibm866", "cp866"}, {"csibm869", "cp869"}, {"csiso2022jp", "iso2022_jp"},
    {"csiso2022kr", "iso2022_kr"}, {"csiso58gb231280", "gb2312"}, {"csisolatin1", "latin_1"},
    {"csisolatin2", "iso8859_2"}, {"csisolatin3", "iso8859_3"}, {"csisolatin4", "iso8859_4"},
    {"csisolatin5", "iso8859_9"}, {"csisolatin6", "iso8859_10"}, {"csisolatinarabic", "iso8859_6"},
    {"csisolatincyrillic", "iso8859_5"}, {"csisolatingreek", "iso8859_7"},
    {"csisolatinhebrew", "iso8859_8"}, {"cskoi8r", "koi8_r"}, {"cspc775baltic", "cp775"},
    {"cspc850multilingual", "cp850"}, {"cspc862latinhebrew", "cp862"},
    {"cspc8codepage437", "cp437"}, {"cspcp852", "cp852"}, {"csptcp154", "ptcp154"},
    {"csshiftjis", "shift_jis"}, {"cyrillic", "iso8859_5"}, {"cyrillic_asian", "ptcp154"},
    {"ebcdic_cp_be", "cp500"}, {"ebcdic_cp_ca", "cp037"}, {"ebcdic_cp_ch", "cp500"},
    {"ebcdic_cp_he", "cp424"}, {"ebcdic_cp_nl", "cp037"}, {"ebcdic_cp_us", "cp037"},
    {"ebcdic_cp_wt", "cp037"}, {"ecma_114", "iso8859_6"}, {"ecma_118", "iso8859_7"},
    {"elot_928", "iso8859_7"}, {"euc_cn", "gb2312"}, {"euc_jis2004", "euc_jis_2004"},
    {"euccn", "gb2312"}, {"eucgb2312_cn", "gb2312"}, {"eucjis2004", "euc_jis_2004"},
    {"eucjisx0213", "euc_jisx0213"}, {"eucjp", "euc_jp"}, {"euckr", "euc_kr"},
    {"gb18030_2000", "gb18030"}, {"gb2312_1980", "gb2312"}, {"gb2312_80", "gb2312"},
    {"greek", "iso8859_7"}, {"greek8", "iso8859_7"}, {"hebrew", "iso8859_8"}, {"hex", "hex_codec"},
    {"hkscs", "big5hkscs"}, {"hz_gb", "hz"}, {"hz_gb_2312", "hz"}, {"hzgb", "hz"},
    {"ibm037", "cp037"}, {"ibm039", "cp037"}, {"ibm1026", "cp1026"}, {"ibm1051", "hp_roman8"},
    {"ibm1125", "cp1125"}, {"ibm1140", "cp1140"}, {"ibm273", "cp273"}, {"ibm367", "ascii"},
    {"ibm424", "cp424"}, {"ibm437", "cp437"}, {"ibm500", "cp500"}, {"ibm775", "cp775"},
    {"ibm819", "latin_1"}, {"ibm850", "cp850"}, {"ibm852", "cp852"}, {"ibm855", "cp855"},
    {"ibm857", "cp857"}, {"ibm858", "cp858"}, {"ibm860", "cp860"}, {"ibm861", "cp861"},
    {"ibm862", "cp862"}, {"ibm863", "cp863"}, {"ibm864", "cp864"}, {"ibm865", "cp865"},
    {"ibm866", "cp866"}, {"ibm869", "cp869"}, {"iso2022jp", "iso2022_jp"},
    {"iso2022jp_1", "iso2022_jp_1"}, {"iso2022jp_2", "iso2022_jp_2"},
    {"iso2022jp_2004", "iso2022_jp_2004"}, {"iso2022jp_3", "iso2022_jp_3"},
    {"iso2022jp_ext", "iso2022_jp_ext"}, {"iso2022kr", "iso2022_kr"}, {"iso646_us", "ascii"},
    {"iso8859", "latin_1"}, {"iso8859_1", "latin_1"}, {"iso_2022_jp", "iso2022_jp"},
    {"iso_2022_jp_1", "iso2022_jp_1"}, {"iso_2022_jp_2", "iso2022_jp_2"},
    {"iso_2022_jp_2004", "iso2022_jp_2004"}, {"iso_2022_jp_3", "iso2022_jp_3"},
    {"iso_2022_jp_ext", "iso2022_jp_ext"}, {"iso_2022_kr", "iso2022_kr"},
    {"iso_646.irv_1991", "ascii"}, {"iso_8859_1", "latin_1"}, {"iso_8859_10", "iso8859_10"},
    {"iso_8859_10_1992", "iso8859_10"}, {"iso_8859_11", "iso8859_11"},
    {"iso_8859_11_2001", "iso8859_11"}, {"iso_8859_13", "iso8859_13"},
    {"iso_8859_14", "iso8859_14"}, {"iso_8859_14_1998", "iso8859_14"},
    {"iso_8859_15", "iso8859_15"}, {"iso_8859_16", "iso8859_16"},
    {"iso_8859_16_2001", "iso8859_16"}, {"iso_8859_1_1987", "latin_1"},
    {"iso_8859_2", "iso8859_2"}, {"iso_8859_2_1987", "iso8859_2"}, {"iso_8859_3", "iso8859_3"},
    {"iso_8859_3_1988", "iso8859_3"}, {"iso_8859_4", "iso8859_4"},
    {"iso_8859_4_1988", "iso8859_4"}, {"iso_8859_5", "iso8859_5"},
    {"iso_8859_5_1988", "iso8859_5"}, {"iso_8859_6", "iso8859_6"},
    {"iso_8859_6_1987", "iso8859_6"}, {"iso_8859_7", "iso8859_7"},
    {"iso_8859_7_1987", "iso8859_7"}, {"iso_8859_8", "iso8859_8"},
    {"iso_8859_8_1988", "iso8859_8"}, {"iso_8859_9", "iso8859_9"},
    {"iso_8859_9_1989", "iso8859_9"}, {"iso_celtic", "iso8859_14"}, {"iso_ir_100", "latin_1"},
    {"iso_ir_101", "iso8859_2"}, {"iso_ir_109", "iso8859_3"}, {"iso_ir_110", "iso8859_4"},
    {"iso_ir_126", "iso8859_7"}, {"iso_ir_127", "iso8859_6"}, {"iso_ir_138", "iso8859_8"},
    {"iso_ir_144", "iso8859_5"}, {"iso_ir_148", "iso8859_9"}, {"iso_ir_157", "iso8859_10"},
    {"iso_ir_166", "tis_620"}, {"iso_ir_199", "iso8859_14"}, {"iso_ir_226", "iso8859_16"},
    {"iso_ir_58", "gb2312"}, {"iso_ir_6", "ascii"}, {"jisx0213", "euc_jis_2004"},
    {"korean", "euc_kr"}, {"ks_c_5601", "euc_kr"}, {"ks_c_5601_1987", "euc_kr"},
    {"ks_x_1001", "euc_kr"}, {"ksc5601", "euc_kr"}, {"ksx1001", "euc_kr"}, {"kz_1048", "kz1048"},
    {"l1", "latin_1"}, {"l10", "iso8859_16"}, {"l2", "iso8859_2"}, {"l3", "iso8859_3"},
    {"l4", "iso8859_4"}, {"l5", "iso8859_9"}, {"l6", "iso8859_10"}, {"l7", "iso8859_13"},
    {"l8", "iso8859_14"}, {"l9", "iso8859_15"}, {"latin", "latin_1"}, {"latin1", "latin_1"},
    {"latin10", "iso8859_16"}, {"latin2", "iso8859_2"}, {"latin3", "iso8859_3"},
    {"latin4", "iso8859_4"}, {"latin5", "iso8859_9"}, {"latin6", "iso8859_10"},
    {"latin7", "iso8859_13"}, {"latin8", "iso8859_14"}, {"latin9", "iso8859_15"},
    {"mac_centeuro", "mac_latin2"}, {"maccentraleurope", "mac_latin2"},
    {"maccyrillic", "mac_cyrillic"}, {"macgreek", "mac_greek"}, {"maciceland", "mac_iceland"},
    {"macintosh", "mac_roman"}, {"maclatin2", "mac_latin2"}, {"macroman", "mac_roman"},
    {"macturkish", "mac_turkish"}, {"ms1361", "johab"}, {"ms932", "cp932"}, {"ms936", "gbk"},
    {"ms949", "cp949"}, {"ms950", "cp950"}, {"ms_kanji", "cp932"}, {"mskanji", "cp932"},
    {"pt154", "ptcp154"}, {"quopri", "quopri_codec"}, {"quoted_printable", "quopri_codec"},
    {"quotedprintable", "quopri_codec"}, {"r8", "hp_roman8"}, {"rk1048", "kz1048"},
    {"roman8", "hp_roman8"}, {"rot13", "rot_13"}, {"ruscii", "cp1125"}, {"s_jis", "shift_jis"},
    {"s_jis_2004", "shift_jis_2004"}, {"s_jisx0213", "shift_jisx0213"}, {"shiftjis", "shift_jis"},
    {"shiftjis2004", "shift_jis_2004"}, {"shiftjisx0213", "shift_jisx0213"}, {"sjis", "shift_jis"},
    {"sjis_2004", "shift_jis_2004"}, {"sjisx0213", "shift_jisx0213"}, {"strk1048_2002", "kz1048"},
    {"thai", "iso8859_11"}, {"tis620", "tis_620"}, {"tis_620_0", "tis_620"},
    {"tis_620_2529_0", "tis_620"}, {"tis_620_2529_1", "tis_620"}, {"u16", "utf_16"},
    {"u32", "utf_32"}, {"u7", "utf_7"}, {"u8", "utf_8"}, {"u_jis", "euc_jp"}, {"uhc", "cp949"},
    {"ujis", "euc_jp"}, {"unicode_1_1_utf_7", "utf_7"}, {"unicodebigunmarked", "utf_16_be"},
    {"unicodelittleunmarked", "utf_16_le"}, {"us", "ascii"}, {"us_ascii", "ascii"},
    {"utf", "utf_8"}, {"utf16", "utf_16"}, {"utf32", "utf_32"}, {"utf7", "utf_7"},
    {"utf8", "utf_8"}, {"utf8_ucs2", "utf_8"}, {"utf8_ucs4", "utf_8"}, {"utf_16be", "utf_16_be"},
    {"utf_16le", "utf_16_le"}, {"utf_32be", "utf_32_be"}, {"utf_32le", "utf_32_le"},
    {"uu", "uu_codec"}, {"windows_1250", "cp1250"}, {"windows_1251", "cp1251"},
    {"windows_1252", "cp1252"}, {"windows_1253", "cp1253"}, {"windows_1254", "cp1254"},
    {"windows_1255", "cp1255"}, {"windows_1256", "cp1256"}, {"windows_1257", "cp1257"},
    {"windows_1258", "cp1258"}, {"x_mac_japanese", "shift_jis"}, {"x_mac_korean", "euc_kr"},
    {"x_mac_simp_chinese", "gb2312"}, {"x_mac_trad_chinese", "big5"}, {"zip", "zlib_codec"},
    {"zlib", "zlib_codec"},
};

const Codec* find_codec_module(std::string_view module) {
  for (const Codec& c : kCodecs)
    if (module == c.module) return &c;
  return nullptr;
}

const char* find_alias(std::string_view name) {
  for (const Alias& a : kAliases)
    if (name == a.name) return a.module;
  return nullptr;
}

// codecs.lookup(name): the name is lower-cased and every run of characters
// other than ASCII letters, digits and '.' becomes one '_' (dropped at either
// end); then an alias is tried (also with '.' read as '_'), then the name
// itself, as a module of the encodings package.
const Codec* lookup_codec(std::string_view name) {
  std::string norm;
  bool punct = false;
  for (char ch : name) {
    unsigned char c = static_cast<unsigned char>(ch);
    if ((c < 0x80 && std::isalnum(c)) || c == '.') {
      if (punct && !norm.empty()) norm += '_';
      norm += static_cast<char>(std::tolower(c));
      punct = false;
    } else {
      punct = true;
    }
  }
  const char* aliased = find_alias(norm);
  if (!aliased) {
    std::string dotless = norm;
    for (char& c : dotless)
      if (c == '.') c = '_';
    aliased = find_alias(dotless);
  }
  std::string candidates[2];
  int count = 0;
  if (aliased) candidates[count++] = aliased;
  candidates[count++] = norm;
  for (int i = 0; i < count; ++i) {
    const std::string& mod = candidates[i];
    if (mod.empty() || mod.find('.') != std::string::npos) continue;
    if (mod == "aliases") return nullptr;  // imports, but is no codec
    if (const Codec* c = find_codec_module(mod)) return c;
  }
  return nullptr;
}

// Decodes one line with iconv (whose descriptor is reset for every line, as
// each bytes.decode call starts afresh).
class IconvDecoder {
 public:
  ~IconvDecoder() {
    if (cd_ != reinterpret_cast<iconv_t>(-1)) iconv_close(cd_);
  }
  bool open(const char* from) {
    cd_ = iconv_open("UTF-32LE", from);
    return cd_ != reinterpret_cast<iconv_t>(-1);
  }
  // On failure sets bad_pos to the offset of the offending input and
  // incomplete when the input ended inside a character.
  bool decode(std::string_view in, Text& out, size_t& bad_pos, bool& incomplete) {
    iconv(cd_, nullptr, nullptr, nullptr, nullptr);
    std::string buf(in.size() * 4 + 64, '\0');
    char* inp = const_cast<char*>(in.data());
    size_t inleft = in.size();
    char* outp = buf.data();
    size_t outleft = buf.size();
    bool ok = true;
    while (inleft > 0) {
      size_t r = iconv(cd_, &inp, &inleft, &outp, &outleft);
      if (r != static_cast<size_t>(-1)) continue;
      if (errno == E2BIG) {
        size_t used = buf.size() - outleft;
        buf.resize(buf.size() * 2);
        outp = buf.data() + used;
        outleft = buf.size() - used;
        continue;
      }
      incomplete = errno == EINVAL;
      bad_pos = in.size() - inleft;
      ok = false;
      break;
    }
    if (ok) iconv(cd_, nullptr, nullptr, &outp, &outleft);  // flush shift state
    size_t used = buf.size() - outleft;
    out.clear();
    for (size_t k = 0; k + 4 <= used; k += 4) {
      const auto* q = reinterpret_cast<const unsigned char*>(buf.data() + k);
      out.push_back(q[0] | (q[1] << 8) | (q[2] << 16) | (static_cast<char32_t>(q[3]) << 24));
    }
    return ok;
  }

 private:
  iconv_t cd_ = reinterpret_cast<iconv_t>(-1);
};

// line.decode(encoding) for the codec that detect_encoding() settled on.
class LineDecoder {
 public:
  LineDecoder(std::string encoding_name, const Codec* codec)
      : name_(std::move(encoding_name)), codec_(codec) {}

  bool decode(std::string_view bytes, Text& out, Failure& fail) {
    switch (codec_->kind) {
      case CodecKind::kUtf8Sig:
        if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
        [[fallthrough]];
      case CodecKind::kUtf8: {
        DecodeError e;
        if (decode_utf8_python(bytes, out, &e, false)) return true;
        return unexpected(fail, "UnicodeDecodeError", decode_error_message("utf-8", bytes, e));
      }
      case CodecKind::kAscii:
        out.clear();
        for (size_t i = 0; i < bytes.size(); ++i) {
          unsigned char c = static_cast<unsigned char>(bytes[i]);
          if (c >= 0x80) {
            return unexpected(fail, "UnicodeDecodeError",
                              decode_error_message("ascii", bytes,
                                                   DecodeError{i, i + 1, "ordinal not in range(128)"}));
          }
          out.push_back(c);
        }
        return true;
      case CodecKind::kLatin1:
        out.clear();
        for (unsigned char c : bytes) out.push_back(c);
        return true;
      case CodecKind::kNotText:
        return unexpected(fail, "LookupError",
                          "'" + name_ + "' is not a text encoding; use codecs.decode() to handle arbitrary codecs");
      case CodecKind::kUtf16:
      case CodecKind::kUtf32: {
        bool is16 = codec_->kind == CodecKind::kUtf16;
        const char* from = is16 ? "UTF-16LE" : "UTF-32LE";
        if (is16 && bytes.substr(0, 2) == "\xFE\xFF") from = "UTF-16BE", bytes.remove_prefix(2);
        else if (is16 && bytes.substr(0, 2) == "\xFF\xFE") bytes.remove_prefix(2);
        else if (!is16 && bytes.substr(0, 4) == std::string_view("\0\0\xFE\xFF", 4))
          from = "UTF-32BE", bytes.remove_prefix(4);
        else if (!is16 && bytes.substr(0, 4) == std::string_view("\xFF\xFE\0\0", 4))
          bytes.remove_prefix(4);
        return decode_with_iconv(from, bytes, out, fail, is16 ? 2 : 4);
      }
      case CodecKind::kIconv:
        return decode_with_iconv(codec_->iconv_name, bytes, out, fail, 0);
      case CodecKind::kUnsupported:
        break;
    }
    return unexpected(fail, "LookupError", "glasspy cannot decode source encoded as '" + name_ + "'");
  }

 private:
  static bool unexpected(Failure& fail, const char* type, std::string msg) {
    fail.kind = Failure::kUnexpected;
    fail.exc_type = type;
    fail.msg = std::move(msg);
    return false;
  }

  // unit_size is 2 or 4 for UTF-16/32 (which CPython decodes in C, reporting
  // the byte order in the codec name), 0 for the rest.
  bool decode_with_iconv(const char* from, std::string_view bytes, Text& out, Failure& fail,
                         int unit_size) {
    if (!iconv_ || iconv_name_ != from) {
      iconv_ = std::make_unique<IconvDecoder>();
      iconv_name_ = from;
      if (!iconv_->open(from)) {
        iconv_.reset();
        return unexpected(fail, "LookupError", "glasspy cannot decode source encoded as '" + name_ + "'");
      }
    }
    size_t bad = 0;
    bool incomplete = false;
    if (iconv_->decode(bytes, out, bad, incomplete)) return true;
    std::string codec_name = codec_->error_name;
    DecodeError e{bad, bad + 1, ""};
    if (unit_size) {
      codec_name = std::string(unit_size == 2 ? "utf-16-" : "utf-32-") +
                   (std::strstr(from, "BE") ? "be" : "le");
      if (incomplete) e = DecodeError{bad, bytes.size(), "truncated data"};
      else if (unit_size == 4) e = DecodeError{bad, bad + 4, "code point not in range(0x110000)"};
      else e = DecodeError{bad, bad + 2, "illegal encoding"};
    } else if (codec_name == "charmap") {
      e.reason = "character maps to <undefined>";
    } else {
      e.reason = incomplete ? "incomplete multibyte sequence" : "illegal multibyte sequence";
    }
    unexpected(fail, "UnicodeDecodeError", decode_error_message(codec_name.c_str(), bytes, e));
    if (codec_->decode_line > 0) {
      std::string path = kTokenizePath;
      path.replace(path.rfind('/') + 1, std::string::npos, "encodings/");
      static constexpr const char* kCall = "return codecs.charmap_decode(input,errors,decoding_table)";
      fail.frame = "  File \"" + path + codec_->module + ".py\", line " +
                   std::to_string(codec_->decode_line) + ", in decode\n    " + kCall + "\n" +
                   std::string(11, ' ') + std::string(std::strlen(kCall) - 7, '^') + "\n";
    }
    return false;
  }

  std::string name_;
  const Codec* codec_;
  std::unique_ptr<IconvDecoder> iconv_;
  std::string iconv_name_;
};

// ---------------------------------------------------------------------------
// detect_encoding().

// The first line of `data` from `pos` (through its b'\n'), empty at the end.
std::string_view next_line(std::string_view data, size_t& pos) {
  if (pos >= data.size()) return {};
  size_t nl = data.find('\n', pos);
  size_t end = nl == std::string_view::npos ? data.size() : nl + 1;
  std::string_view line = data.substr(pos, end - pos);
  pos = end;
  return line;
}

// tokenize.blank_re: optional [ \t\f] then '#', '\r', '\n' or the end.
bool is_blank_line(std::string_view line) {
  size_t i = 0;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\f')) ++i;
  return i == line.size() || line[i] == '#' || line[i] == '\r' || line[i] == '\n';
}

// tokenize.cookie_re, ^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+) under re.ASCII, on
// the decoded line: the earliest "coding:"/"coding=" after the '#' that is
// followed by a name.  '.' does not cross a '\n'.
bool match_cookie(std::string_view line, std::string& name) {
  size_t i = 0;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\f')) ++i;
  if (i >= line.size() || line[i] != '#') return false;
  auto name_char = [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.';
  };
  for (size_t p = i + 1; p < line.size() && line[p] != '\n'; ++p) {
    if (line.compare(p, 6, "coding") != 0 || p + 6 >= line.size()) continue;
    if (line[p + 6] != ':' && line[p + 6] != '=') continue;
    size_t q = p + 7;
    while (q < line.size() && (line[q] == ' ' || line[q] == '\t')) ++q;
    size_t r = q;
    while (r < line.size() && name_char(line[r])) ++r;
    if (r > q) {
      name = std::string(line.substr(q, r - q));
      return true;
    }
  }
  return false;
}

// tokenize._get_normal_name().
std::string normal_encoding_name(const std::string& orig) {
  std::string enc = orig.substr(0, 12);
  for (char& c : enc) {
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (c == '_') c = '-';
  }
  auto starts = [&](const char* p) { return enc.rfind(p, 0) == 0; };
  if (enc == "utf-8" || starts("utf-8-")) return "utf-8";
  if (enc == "latin-1" || enc == "iso-8859-1" || enc == "iso-latin-1" || starts("latin-1-") ||
      starts("iso-8859-1-") || starts("iso-latin-1-"))
    return "iso-8859-1";
  return orig;
}

enum class CookieResult { kNone, kFound, kError };

CookieResult find_cookie(std::string_view line, bool bom_found, const std::string& file_repr,
                         std::string& encoding, Failure& fail) {
  fail.kind = Failure::kSyntax;
  if (unicode::valid_utf8_prefix(line) != line.size()) {
    fail.msg = "invalid or missing encoding declaration for " + file_repr;
    return CookieResult::kError;
  }
  std::string name;
  if (!match_cookie(line, name)) return CookieResult::kNone;
  encoding = normal_encoding_name(name);
  if (!lookup_codec(encoding)) {
    fail.msg = "unknown encoding for " + file_repr + ": " + encoding;
    return CookieResult::kError;
  }
  if (bom_found) {
    if (encoding != "utf-8") {
      fail.msg = "encoding problem for " + file_repr + ": utf-8";
      return CookieResult::kError;
    }
    encoding += "-sig";
  }
  return CookieResult::kFound;
}

// Sets `encoding` and `body_start` (3 past a UTF-8 BOM, else 0).
bool detect_encoding(std::string_view data, const std::string& file_repr, std::string& encoding,
                     size_t& body_start, Failure& fail) {
  size_t pos = 0;
  std::string_view first = next_line(data, pos);
  bool bom_found = false;
  std::string fallback = "utf-8";
  body_start = 0;
  if (first.substr(0, 3) == "\xEF\xBB\xBF") {
    bom_found = true;
    first.remove_prefix(3);
    body_start = 3;
    fallback = "utf-8-sig";
  }
  encoding = fallback;
  if (first.empty()) return true;
  switch (find_cookie(first, bom_found, file_repr, encoding, fail)) {
    case CookieResult::kError: return false;
    case CookieResult::kFound: return true;
    case CookieResult::kNone: break;
  }
  encoding = fallback;
  if (!is_blank_line(first)) return true;
  std::string_view second = next_line(data, pos);
  if (second.empty()) return true;
  switch (find_cookie(second, bom_found, file_repr, encoding, fail)) {
    case CookieResult::kError: return false;
    case CookieResult::kFound: return true;
    case CookieResult::kNone: break;
  }
  encoding = fallback;
  return true;
}

// ---------------------------------------------------------------------------
// The PseudoToken matchers.  Each returns the end of its match at `i`, or -1.

inline bool is_digit(char32_t c) { return c >= '0' && c <= '9'; }
inline bool is_hex(char32_t c) {
  return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
inline bool is_quote(char32_t c) { return c == '\'' || c == '"'; }

inline bool is_word_char(char32_t c) {
  if (c < 0x80) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_digit(c) || c == '_';
  }
  return c != kEnd && unicode::is_word(c);
}

inline bool is_identifier_start(char32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
  return unicode::is_xid_start(c);
}

// `first(?:_?more)*` when first_required, `(?:_?more)+` otherwise.
template <class Pred>
long underscored_run(TextView s, size_t i, Pred more, bool first_required) {
  size_t j = i;
  if (first_required) {
    if (!more(at(s, j))) return -1;
    ++j;
  }
  for (;;) {
    if (at(s, j) == '_' && more(at(s, j + 1))) j += 2;
    else if (more(at(s, j))) ++j;
    else break;
  }
  if (!first_required && j == i) return -1;
  return static_cast<long>(j);
}

// [0-9](?:_?[0-9])*
long match_digitpart(TextView s, size_t i) { return underscored_run(s, i, is_digit, true); }

// [eE][-+]?[0-9](?:_?[0-9])*
long match_exponent(TextView s, size_t i) {
  if (at(s, i) != 'e' && at(s, i) != 'E') return -1;
  size_t j = i + 1;
  if (at(s, j) == '+' || at(s, j) == '-') ++j;
  return match_digitpart(s, j);
}

// Pointfloat = (digitpart '.' digitpart? | '.' digitpart) Exponent?
long match_pointfloat(TextView s, size_t i) {
  long j = -1;
  long d = match_digitpart(s, i);
  if (d >= 0 && at(s, d) == '.') {
    j = d + 1;
    long f = match_digitpart(s, j);
    if (f >= 0) j = f;
  } else if (at(s, i) == '.') {
    j = match_digitpart(s, i + 1);
  }
  if (j < 0) return -1;
  long e = match_exponent(s, j);
  return e >= 0 ? e : j;
}

// Floatnumber = Pointfloat | digitpart Exponent
long match_floatnumber(TextView s, size_t i) {
  long p = match_pointfloat(s, i);
  if (p >= 0) return p;
  long d = match_digitpart(s, i);
  return d >= 0 ? match_exponent(s, d) : -1;
}

// Number = Imagnumber | Floatnumber | Intnumber.  Each greedy sub-match here
// is the only candidate: a shorter digit run would leave a digit or '_' where
// a 'j', '.', or 'e' is needed, so no backtracking can succeed instead.
long match_number(TextView s, size_t i) {
  auto is_j = [&](long k) { return at(s, k) == 'j' || at(s, k) == 'J'; };
  long d = match_digitpart(s, i);
  if (d >= 0 && is_j(d)) return d + 1;
  long f = match_floatnumber(s, i);
  if (f >= 0 && is_j(f)) return f + 1;
  if (f >= 0) return f;
  if (at(s, i) == '0') {
    char32_t x = at(s, i + 1);
    long r = -1;
    if (x == 'x' || x == 'X') r = underscored_run(s, i + 2, is_hex, false);
    else if (x == 'b' || x == 'B')
      r = underscored_run(s, i + 2, [](char32_t c) { return c == '0' || c == '1'; }, false);
    else if (x == 'o' || x == 'O')
      r = underscored_run(s, i + 2, [](char32_t c) { return c >= '0' && c <= '7'; }, false);
    if (r >= 0) return r;
    long zeros = underscored_run(s, i + 1, [](char32_t c) { return c == '0'; }, false);
    return zeros >= 0 ? zeros : static_cast<long>(i + 1);  // 0(?:_?0)*
  }
  return d;  // [1-9](?:_?[0-9])*, or no number at all
}

// Special: the operators of token.EXACT_TOKEN_TYPES, longest first.
long match_operator(TextView s, size_t i) {
  static constexpr const char* kThree[] = {"**=", "...", "//=", "<<=", ">>="};
  static constexpr const char* kTwo[] = {"!=", "%=", "&=", "**", "*=", "+=", "-=", "->", "//", "/=",
                                         ":=", "<<", "<=", "==", ">=", ">>", "@=", "^=", "|="};
  static constexpr std::string_view kOne = "%&()*+,-./:;<=>@[]^{|}~";
  auto matches = [&](const char* op, size_t len) {
    for (size_t k = 0; k < len; ++k)
      if (at(s, i + k) != static_cast<char32_t>(op[k])) return false;
    return true;
  };
  for (const char* op : kThree)
    if (matches(op, 3)) return static_cast<long>(i + 3);
  for (const char* op : kTwo)
    if (matches(op, 2)) return static_cast<long>(i + 2);
  char32_t c = at(s, i);
  if (c < 0x80 && kOne.find(static_cast<char>(c)) != std::string_view::npos) return static_cast<long>(i + 1);
  return -1;
}

// Funny = \r?\n | Special
long match_funny(TextView s, size_t i) {
  if (at(s, i) == '\n') return static_cast<long>(i + 1);
  if (at(s, i) == '\r' && at(s, i + 1) == '\n') return static_cast<long>(i + 2);
  return match_operator(s, i);
}

// StringPrefix followed by a quote: the prefix length, else -1.  At most one
// prefix of the regex's alternation can be followed by a quote at `i`.
int match_string_prefix(TextView s, size_t i) {
  char p[2];
  for (int k = 0; k <= 2; ++k) {
    char32_t c = at(s, i + k);
    if (is_quote(c)) {
      if (k == 0) return 0;
      if (k == 1) return (p[0] == 'b' || p[0] == 'r' || p[0] == 'u' || p[0] == 'f') ? 1 : -1;
      bool ok = (p[0] == 'b' && p[1] == 'r') || (p[0] == 'r' && p[1] == 'b') ||
                (p[0] == 'f' && p[1] == 'r') || (p[0] == 'r' && p[1] == 'f');
      return ok ? 2 : -1;
    }
    if (k == 2 || c >= 0x80 || !std::isalpha(static_cast<int>(c))) return -1;
    p[k] = static_cast<char>(std::tolower(static_cast<int>(c)));
  }
  return -1;
}

// Triple = StringPrefix ('''|""")
long match_triple(TextView s, size_t i) {
  int k = match_string_prefix(s, i);
  if (k < 0) return -1;
  char32_t q = s[i + k];
  if (at(s, i + k + 1) == q && at(s, i + k + 2) == q) return static_cast<long>(i + k + 3);
  return -1;
}

// ContStr = StringPrefix q [^\n q \\]* (?:\\.[^\n q \\]*)* (q | \\\r?\n)
// The body stops at a newline, the quote, a backslash that escapes nothing
// (before '\n' or at the end), or the end.  The one way backtracking helps:
// a body ending in the escape "\\\r" right before '\n' gives the escape back
// so that \\\r\n closes the match.
long match_contstr(TextView s, size_t i) {
  int k = match_string_prefix(s, i);
  if (k < 0) return -1;
  const char32_t q = s[i + k];
  size_t j = i + k + 1;
  size_t last_escape_end = 0;
  for (;;) {
    char32_t c = at(s, j);
    if (c == kEnd || c == '\n' || c == q) break;
    if (c == '\\') {
      if (j + 1 >= s.size() || s[j + 1] == '\n') break;
      j += 2;
      last_escape_end = j;
      continue;
    }
    ++j;
  }
  char32_t c = at(s, j);
  if (c == q) return static_cast<long>(j + 1);
  if (c == '\\' && at(s, j + 1) == '\n') return static_cast<long>(j + 2);
  if (c == '\n' && last_escape_end == j && s[j - 1] == '\r') return static_cast<long>(j + 1);
  return -1;
}

// Name = \w+
long match_name(TextView s, size_t i) {
  size_t j = i;
  while (j < s.size() && is_word_char(s[j])) ++j;
  return j > i ? static_cast<long>(j) : -1;
}

// PseudoToken = [ \f\t]* (\\\r?\n | \Z | Comment | Triple | Number | Funny | ContStr | Name);
// sets the span of the group.
bool pseudo_match(TextView s, size_t pos, size_t& start, size_t& end) {
  size_t i = pos;
  while (i < s.size() && (s[i] == ' ' || s[i] == '\f' || s[i] == '\t')) ++i;
  start = i;
  char32_t c = at(s, i);
  long e = -1;
  if (c == '\\' && at(s, i + 1) == '\n') e = static_cast<long>(i + 2);
  else if (c == '\\' && at(s, i + 1) == '\r' && at(s, i + 2) == '\n') e = static_cast<long>(i + 3);
  else if (i == s.size()) e = static_cast<long>(i);
  else if (c == '#') {
    size_t j = i;
    while (j < s.size() && s[j] != '\r' && s[j] != '\n') ++j;
    e = static_cast<long>(j);
  }
  if (e < 0) e = match_triple(s, i);
  if (e < 0) e = match_number(s, i);
  if (e < 0) e = match_funny(s, i);
  if (e < 0) e = match_contstr(s, i);
  if (e < 0) e = match_name(s, i);
  if (e < 0) return false;
  end = static_cast<size_t>(e);
  return true;
}

// The tails of strings (tokenize's endpats): Single/Double for a string
// continued with a backslash, Single3/Double3 for triple-quoted ones.
// Returns the end of the closing quote(s), or -1.
long match_string_tail(TextView s, size_t i, char32_t q, bool triple) {
  size_t j = i;
  for (;;) {
    char32_t c = at(s, j);
    if (c == kEnd) return -1;
    if (c == '\\') {
      if (j + 1 >= s.size() || s[j + 1] == '\n') return -1;
      j += 2;
    } else if (c == q) {
      if (!triple) return static_cast<long>(j + 1);
      if (at(s, j + 1) == q && at(s, j + 2) == q) return static_cast<long>(j + 3);
      ++j;
    } else {
      ++j;
    }
  }
}

// ---------------------------------------------------------------------------
// _tokenize().

enum TokType { ENDMARKER, NAME, NUMBER, STRING, NEWLINE, INDENT, DEDENT, OP, ERRORTOKEN, COMMENT, NL, ENCODING };

const char* tok_name(TokType t) {
  static constexpr const char* kNames[] = {"ENDMARKER", "NAME",  "NUMBER",     "STRING",
                                           "NEWLINE",   "INDENT", "DEDENT",    "OP",
                                           "ERRORTOKEN", "COMMENT", "NL",      "ENCODING"};
  return kNames[t];
}

void append_padded(std::string& out, std::string_view text, size_t chars, size_t width) {
  out += text;
  if (chars < width) out.append(width - chars, ' ');
}

// Prints tokens as main() does: "%-20s%-15s%-15r".
class TokenPrinter {
 public:
  explicit TokenPrinter(std::string& out) : out_(out) {}
  void emit(TokType type, TextView text, long srow, long scol, long erow, long ecol) {
    char range[96];
    int n = std::snprintf(range, sizeof range, "%ld,%ld-%ld,%ld:", srow, scol, erow, ecol);
    append_padded(out_, std::string_view(range, n), n, 20);
    std::string_view name = tok_name(type);
    append_padded(out_, name, name.size(), 15);
    utf8_.clear();
    for (char32_t c : text) unicode::append_utf8(utf8_, c);
    repr_.clear();
    append_py_repr_str(repr_, utf8_);
    append_padded(out_, repr_, unicode::count_code_points(repr_), 15);
    out_ += '\n';
  }

 private:
  std::string& out_;
  std::string utf8_, repr_;
};

// Supplies lines as readline() would; an empty line means the end.
class LineReader {
 public:
  virtual ~LineReader() = default;
  virtual bool next(Text& line, Failure& fail) = 0;
};

// tokenize(f.readline) on a binary file: b'\n'-terminated lines, each decoded.
class FileLineReader : public LineReader {
 public:
  FileLineReader(std::string_view data, LineDecoder& decoder) : data_(data), decoder_(decoder) {}
  bool next(Text& line, Failure& fail) override {
    std::string_view raw = next_line(data_, pos_);
    if (raw.empty()) {
      line.clear();
      return true;
    }
    return decoder_.decode(raw, line, fail);
  }

 private:
  std::string_view data_;
  size_t pos_ = 0;
  LineDecoder& decoder_;
};

// sys.stdin.readline: text already decoded; on POSIX, sys.stdin splits lines at
// '\n' only and translates no newlines.
class TextLineReader : public LineReader {
 public:
  explicit TextLineReader(Text text) : text_(std::move(text)) {}
  bool next(Text& line, Failure&) override {
    if (pos_ >= text_.size()) {
      line.clear();
      return true;
    }
    size_t nl = text_.find(U'\n', pos_);
    size_t end = nl == Text::npos ? text_.size() : nl + 1;
    line.assign(text_, pos_, end - pos_);
    pos_ = end;
    return true;
  }

 private:
  Text text_;
  size_t pos_ = 0;
};

bool ends_with(TextView s, TextView suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// Python's str.strip().startswith('#').
bool stripped_starts_with_hash(TextView s) {
  for (char32_t c : s) {
    if (c == '#') return true;
    if (!unicode::is_space(c)) return false;
  }
  return false;
}

bool run_tokenizer(LineReader& readline, const std::string* encoding, TokenPrinter& printer,
                   Failure& fail) {
  constexpr int kTabSize = 8;
  long lnum = 0;
  long parenlev = 0;
  bool continued = false;
  bool in_string = false;  // contstr is non-empty
  bool needcont = false;
  Text contstr, contline;
  long strstart_row = 0, strstart_col = 0;
  char32_t end_quote = 0;
  bool end_triple = false;
  std::vector<long> indents{0};

  if (encoding) {
    Text enc(encoding->begin(), encoding->end());
    printer.emit(ENCODING, enc, 0, 0, 0, 0);
  }
  Text last_line, line;
  while (true) {
    last_line.swap(line);
    if (!readline.next(line, fail)) return false;
    ++lnum;
    size_t pos = 0;
    const size_t max = line.size();

    if (in_string) {
      if (line.empty()) {
        fail.kind = Failure::kToken;
        fail.msg = "EOF in multi-line string";
        fail.line = static_cast<int>(strstart_row);
        fail.col = static_cast<int>(strstart_col);
        return false;
      }
      long end = match_string_tail(line, 0, end_quote, end_triple);
      if (end >= 0) {
        pos = static_cast<size_t>(end);
        contstr.append(line, 0, pos);
        printer.emit(STRING, contstr, strstart_row, strstart_col, lnum, end);
        in_string = needcont = false;
        contstr.clear();
        contline.clear();
      } else if (needcont && !ends_with(line, U"\\\n") && !ends_with(line, U"\\\r\n")) {
        contstr += line;
        printer.emit(ERRORTOKEN, contstr, strstart_row, strstart_col, lnum, static_cast<long>(line.size()));
        in_string = false;
        contstr.clear();
        contline.clear();
        continue;
      } else {
        contstr += line;
        contline += line;
        continue;
      }
    } else if (parenlev == 0 && !continued) {  // a new statement
      if (line.empty()) break;
      long column = 0;
      while (pos < max) {  // measure the indentation
        char32_t c = line[pos];
        if (c == ' ') ++column;
        else if (c == '\t') column = (column / kTabSize + 1) * kTabSize;
        else if (c == '\f') column = 0;
        else break;
        ++pos;
      }
      if (pos == max) break;

      char32_t c = line[pos];
      if (c == '#' || c == '\r' || c == '\n') {  // a comment or blank line
        if (c == '#') {
          size_t stop = max;
          while (stop > pos && (line[stop - 1] == '\r' || line[stop - 1] == '\n')) --stop;
          printer.emit(COMMENT, TextView(line).substr(pos, stop - pos), lnum, pos, lnum, stop);
          pos = stop;
        }
        printer.emit(NL, TextView(line).substr(pos), lnum, pos, lnum, max);
        continue;
      }

      if (column > indents.back()) {
        indents.push_back(column);
        printer.emit(INDENT, TextView(line).substr(0, pos), lnum, 0, lnum, pos);
      }
      while (column < indents.back()) {
        bool known = false;
        for (long level : indents) known |= level == column;
        if (!known) {
          fail.kind = Failure::kIndentation;
          fail.msg = "unindent does not match any outer indentation level";
          fail.line = static_cast<int>(lnum);
          fail.col = static_cast<int>(pos);
          return false;
        }
        indents.pop_back();
        printer.emit(DEDENT, U"", lnum, pos, lnum, pos);
      }
    } else {  // a continued statement
      if (line.empty()) {
        fail.kind = Failure::kToken;
        fail.msg = "EOF in multi-line statement";
        fail.line = static_cast<int>(lnum);
        fail.col = 0;
        return false;
      }
      continued = false;
    }

    while (pos < max) {
      size_t start, end;
      if (!pseudo_match(line, pos, start, end)) {
        printer.emit(ERRORTOKEN, TextView(line).substr(pos, 1), lnum, pos, lnum, pos + 1);
        ++pos;
        continue;
      }
      pos = end;
      if (start == end) continue;
      TextView token = TextView(line).substr(start, end - start);
      const char32_t initial = line[start];

      if (is_digit(initial) || (initial == '.' && token != U"." && token != U"...")) {
        printer.emit(NUMBER, token, lnum, start, lnum, end);
      } else if (initial == '\r' || initial == '\n') {
        printer.emit(parenlev > 0 ? NL : NEWLINE, token, lnum, start, lnum, end);
      } else if (initial == '#') {
        printer.emit(COMMENT, token, lnum, start, lnum, end);
      } else if (int k = match_string_prefix(token, 0);
                 k >= 0 && token.size() == static_cast<size_t>(k) + 3 && token[k + 1] == token[k] &&
                 token[k + 2] == token[k]) {  // token in triple_quoted
        long tail = match_string_tail(line, pos, token[k], true);
        if (tail >= 0) {  // all on one line
          pos = static_cast<size_t>(tail);
          printer.emit(STRING, TextView(line).substr(start, pos - start), lnum, start, lnum, tail);
        } else {  // continues on later lines
          strstart_row = lnum;
          strstart_col = static_cast<long>(start);
          contstr.assign(line, start);
          contline = line;
          in_string = true;
          end_quote = token[k];
          end_triple = true;
          break;
        }
      } else if (k >= 0) {  // a single-quoted string
        if (token.back() == '\n') {  // continued with a backslash
          strstart_row = lnum;
          strstart_col = static_cast<long>(start);
          end_quote = token[k];
          end_triple = false;
          contstr.assign(line, start);
          needcont = true;
          contline = line;
          in_string = true;
          break;
        }
        printer.emit(STRING, token, lnum, start, lnum, end);
      } else if (is_identifier_start(initial)) {
        printer.emit(NAME, token, lnum, start, lnum, end);
      } else if (initial == '\\') {
        continued = true;
      } else {
        if (initial == '(' || initial == '[' || initial == '{') ++parenlev;
        else if (initial == ')' || initial == ']' || initial == '}') --parenlev;
        printer.emit(OP, token, lnum, start, lnum, end);
      }
    }
  }

  // An implicit NEWLINE when the input does not end in one.
  if (!last_line.empty() && last_line.back() != '\r' && last_line.back() != '\n' &&
      !stripped_starts_with_hash(last_line)) {
    long len = static_cast<long>(last_line.size());
    printer.emit(NEWLINE, U"", lnum - 1, len, lnum - 1, len + 1);
  }
  for (size_t i = 1; i < indents.size(); ++i) printer.emit(DEDENT, U"", lnum, 0, lnum, 0);
  printer.emit(ENDMARKER, U"", lnum, 0, lnum, 0);
  return true;
}

// (Decoding never fails on stdin, which uses 'surrogateescape'.)
void report(const Failure& fail, std::string_view filename, std::string& err) {
  char loc[64];
  switch (fail.kind) {
    case Failure::kIndentation:
    case Failure::kToken:
      std::snprintf(loc, sizeof loc, ":%d:%d: error: ", fail.line, fail.col);
      err.append(filename).append(loc).append(fail.msg).append("\n");
      return;
    case Failure::kSyntax:
      err.append(filename).append(": error: ").append(fail.msg).append("\n");
      return;
    case Failure::kUnexpected:
      break;
  }
  std::string path = kTokenizePath;
  err += "unexpected error: " + fail.msg + "\n";
  err += "Traceback (most recent call last):\n";
  err += "  File \"<frozen runpy>\", line 198, in _run_module_as_main\n";
  err += "  File \"<frozen runpy>\", line 88, in _run_code\n";
  err += "  File \"" + path + "\", line 694, in <module>\n    main()\n";
  err += "  File \"" + path + "\", line 656, in main\n";
  err += "    tokens = list(tokenize(f.readline))\n";
  err += "             ^^^^^^^^^^^^^^^^^^^^^^^^^^\n";
  err += "  File \"" + path + "\", line 459, in _tokenize\n";
  err += "    line = line.decode(encoding)\n";
  err += "           ^^^^^^^^^^^^^^^^^^^^^\n";
  err += fail.frame;
  err += fail.exc_type + ": " + fail.msg + "\n";
}

}  // namespace

int run_tokenize_module(std::string_view display_name, std::string_view bytes, bool from_stdin,
                        std::string& out, std::string& err) {
  Failure fail;
  bool ok;
  if (from_stdin) {
    Text text;
    decode_utf8_python(bytes, text, nullptr, /*surrogateescape=*/true);
    TextLineReader reader(std::move(text));
    TokenPrinter printer(out);  // tokens stream out as they are produced
    ok = run_tokenizer(reader, nullptr, printer, fail);
  } else {
    std::string buffer;
    std::string encoding;
    size_t body_start = 0;
    ok = detect_encoding(bytes, py_repr_str(display_name), encoding, body_start, fail);
    if (ok) {
      if (encoding == "utf-8-sig") encoding = "utf-8";
      const Codec* codec = lookup_codec(encoding);  // found before, by detect_encoding
      LineDecoder decoder(encoding, codec ? codec : find_codec_module("utf_8"));
      FileLineReader reader(bytes.substr(body_start), decoder);
      TokenPrinter printer(buffer);
      ok = run_tokenizer(reader, &encoding, printer, fail);
    }
    if (ok) out += buffer;
  }
  if (ok) return 0;
  report(fail, display_name, err);
  return 1;
}

}  // namespace glasspy
