// str: PEP 393 storage, hashing as CPython (SipHash-1-3 with the keys
// PYTHONHASHSEED gives), UTF-8 both ways, repr, the sequence protocol and
// the methods (a table of calls evaluated by CPython 3.11).
#include <cstring>
#include <string>
#include <vector>

#include "objects/bytes.h"
#include "objects/hash.h"
#include "objects/list.h"
#include "objects/slice.h"
#include "objects_test_support.h"

namespace glasspy::testing {
namespace {

#include "objects_str_test_cases.inc"

using ObjectsStr = ObjectsTest;

// Decodes a case argument: "s:text", "i:123", "b:1", "n", "t:item|item".
Object* decode_arg(const std::string& a) {
  if (a == "n") return newref(None);
  std::string body = a.substr(2);
  switch (a[0]) {
    case 's': return str_from_utf8(body);
    case 'i': return int_from_text(body, 10, nullptr);
    case 'b': return bool_from(body == "1");
    case 't': {
      std::vector<Object*> items;
      size_t start = 0;
      while (start <= body.size()) {
        size_t bar = body.find('|', start);
        if (bar == std::string::npos) bar = body.size();
        items.push_back(decode_arg(body.substr(start, bar - start)));
        start = bar + 1;
      }
      Object* t = tuple_from_array(items.data(), static_cast<ssize>(items.size()));
      for (Object* o : items) decref(o);
      return t;
    }
  }
  return nullptr;
}

TEST_F(ObjectsStr, MethodsMatchCPython) {
  for (const StrCase& c : kStrCases) {
    Object* self = str_from_utf8(c.receiver);
    std::vector<Object*> args{self};
    for (const char* a : c.args) args.push_back(decode_arg(a));
    Object* name = str_intern_cstr(c.method);
    Object* r = vectorcall_method(name, args.data(), args.size(), nullptr);
    EXPECT_EQ(R(r), c.expected) << repr_of(self) << "." << c.method << " with " << c.args.size() << " args";
    decref(name);
    for (Object* o : args) decref(o);
  }
}

TEST_F(ObjectsStr, KindsAndSizes) {
  Object* a = str_from_utf8("abc");
  Object* e = str_from_utf8("\xc3\xa9");
  Object* euro = str_from_utf8("\xe2\x82\xac");
  Object* smile = str_from_utf8("\xf0\x9f\x98\x80");
  EXPECT_EQ(str_kind(a), 1);
  EXPECT_TRUE(str_is_ascii(a));
  EXPECT_EQ(str_kind(e), 1);
  EXPECT_FALSE(str_is_ascii(e));
  EXPECT_EQ(str_kind(euro), 2);
  EXPECT_EQ(str_kind(smile), 4);
  EXPECT_EQ(str_sizeof(a), 52);  // sys.getsizeof('abc') - 0 (no GC header)
  Object* ten_e = number_multiply(e, I(10));
  EXPECT_EQ(str_sizeof(ten_e), 83);
  decref(ten_e);
  // Concatenation narrows/widens to the canonical kind.
  Object* mixed = str_concat(a, smile);
  EXPECT_EQ(str_kind(mixed), 4);
  Object* back = str_substring(mixed, 0, 3);
  EXPECT_EQ(str_kind(back), 1);
  EXPECT_EQ(repr_of(back), "'abc'");
  for (Object* o : {a, e, euro, smile, mixed, back}) decref(o);
}

TEST_F(ObjectsStr, HashIsCPythonsForEachSeed) {
  struct Seed {
    unsigned long seed;
    hash_t a, abc, e_acute, euro, smile, a20;
  } seeds[] = {
      {0, 4644417185603328019, -4594863902769663758, 6047309291227476195, -5529981157763016009,
       -3536540696076613844, 3291541819775287794},
      {1, -3012895188637184397, -4667308735975688587, 8133168473585362875, 4443362316794630049,
       7663130467274561019, 6515188088311800068},
      {12345, -8961251314296359281, 2962436275791859092, 6247654839523334371, -458755641747810198,
       4293605015213982892, 2580822683350016124},
  };
  const char* texts[] = {"a", "abc", "\xc3\xa9", "\xe2\x82\xac", "\xf0\x9f\x98\x80", "aaaaaaaaaaaaaaaaaaaa"};
  for (const Seed& s : seeds) {
    uint64_t k0, k1;
    hash_keys_for_seed(s.seed, &k0, &k1);
    hash_t expected[] = {s.a, s.abc, s.e_acute, s.euro, s.smile, s.a20};
    for (int i = 0; i < 6; ++i) {
      Object* str = str_from_cstr(texts[i]);
      hash_t h = static_cast<hash_t>(siphash13(k0, k1, str_data(str), static_cast<size_t>(str_length(str) * str_kind(str))));
      if (h == -1) h = -2;
      EXPECT_EQ(h, expected[i]) << "seed " << s.seed << " text " << texts[i];
      decref(str);
    }
  }
  Object* empty = str_from_cstr("");
  EXPECT_EQ(str_hash(empty), 0);
  decref(empty);
  // bytes hash like the equal ASCII str.
  Object* b = bytes_from_data("abc", 3);
  Object* s = str_from_cstr("abc");
  EXPECT_EQ(object_hash(b), object_hash(s));
  decref(b);
  decref(s);
}

TEST_F(ObjectsStr, Utf8DecodingErrors) {
  struct {
    const char* bytes;
    size_t len;
    const char* expected;
  } cases[] = {
      {"\xe2\x82x", 3, "!UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte"},
      {"x\xe2\x82", 3, "!UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 1-2: unexpected end of data"},
      {"\xff", 1, "!UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"},
      {"\xed\xa0\x80", 3, "!UnicodeDecodeError: 'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte"},
      {"\xc0\x80", 2, "!UnicodeDecodeError: 'utf-8' codec can't decode byte 0xc0 in position 0: invalid start byte"},
      {"\xf0\x9f\x98\x80", 4, "'\xf0\x9f\x98\x80'"},
  };
  for (auto& c : cases) EXPECT_EQ(R(str_from_utf8(c.bytes, static_cast<ssize>(c.len))), c.expected);
  Object* surrogate = str_from_generalized_utf8("\xed\xb2\x80");
  EXPECT_EQ(repr_of(surrogate), "'\\udc80'");
  EXPECT_EQ(str_as_utf8(surrogate), nullptr);
  EXPECT_EQ(take_error(),
            "UnicodeEncodeError: 'utf-8' codec can't encode character '\\udc80' in position 0: surrogates not allowed");
  decref(surrogate);
  // Decoding with handlers (bytes.decode).
  Object* data = bytes_from_data("a\xe9\xff" "b", 4);
  Object* enc = S("utf-8");
  Object* handler = S("backslashreplace");
  EXPECT_EQ(R(callm(data, "decode", enc, handler)), "'a\\\\xe9\\\\xffb'");
  decref(handler);
  handler = S("foo");
  EXPECT_EQ(R(callm(data, "decode", enc, handler)), "!LookupError: unknown error handler name 'foo'");
  decref(handler);
  decref(enc);
  decref(data);
}

TEST_F(ObjectsStr, Repr) {
  struct {
    const char* text;
    const char* expected;
  } cases[] = {
      {"", "''"},
      {"it's", "\"it's\""},
      {"both ' and \"", "'both \\' and \"'"},
      {"\t\n\r\\", "'\\t\\n\\r\\\\'"},
      {"\x01\x7f", "'\\x01\\x7f'"},
      {"caf\xc3\xa9", "'caf\xc3\xa9'"},
      {"\xc2\xa0", "'\\xa0'"},
      {"\xe2\x80\x8b", "'\\u200b'"},
      {"\xf3\xa0\x80\x81", "'\\U000e0001'"},
  };
  for (auto& c : cases) {
    Object* s = str_from_cstr(c.text);
    EXPECT_EQ(repr_of(s), c.expected);
    decref(s);
  }
  Object* s = str_from_cstr("caf\xc3\xa9\xe2\x82\xac");
  Object* a = object_ascii(s);
  EXPECT_EQ(str_to_std(a), "'caf\\xe9\\u20ac'");
  decref(a);
  decref(s);
}

TEST_F(ObjectsStr, SequenceProtocol) {
  Object* s = str_from_cstr("hello");
  Object* one = I(1);
  Object* m1 = I(-1);
  Object* ten = I(10);
  EXPECT_EQ(R(get_item(s, one)), "'e'");
  EXPECT_EQ(R(get_item(s, m1)), "'o'");
  EXPECT_EQ(R(get_item(s, ten)), "!IndexError: string index out of range");
  Object* slice = slice_new(one, nullptr, I(2));
  decref(static_cast<SliceObject*>(slice)->step);
  static_cast<SliceObject*>(slice)->step = I(2);
  EXPECT_EQ(R(get_item(s, slice)), "'el'");
  decref(slice);
  Object* rev = slice_new(nullptr, nullptr, m1);
  EXPECT_EQ(R(get_item(s, rev)), "'olleh'");
  decref(rev);
  EXPECT_EQ(R(get_item(s, s)), "!TypeError: string indices must be integers, not 'str'");
  EXPECT_EQ(R(number_multiply(s, I(0))), "''");
  Object* three = I(3);
  EXPECT_EQ(R(number_multiply(three, s)), "'hellohellohello'");
  EXPECT_EQ(R(number_add(s, one)), "!TypeError: can only concatenate str (not \"int\") to str");
  EXPECT_EQ(R(number_add(one, s)), "!TypeError: unsupported operand type(s) for +: 'int' and 'str'");
  Object* ell = str_from_cstr("ell");
  EXPECT_EQ(sequence_contains(s, ell), 1);
  EXPECT_EQ(sequence_contains(s, one), -1);
  EXPECT_EQ(take_error(), "TypeError: 'in <string>' requires string as left operand, not int");
  EXPECT_EQ(rich_compare_bool(ell, s, kLT), 1);
  EXPECT_EQ(R(rich_compare(s, one, kLT)), "!TypeError: '<' not supported between instances of 'str' and 'int'");
  Object* it = get_iter(s);
  EXPECT_EQ(repr_of(it->type), "<class 'str_ascii_iterator'>");
  EXPECT_EQ(R(list_from_iterable(it)), "['h', 'e', 'l', 'l', 'o']");
  decref(it);
  for (Object* o : {s, one, m1, ten, three, ell}) decref(o);
}

TEST_F(ObjectsStr, InterningAndIdentity) {
  Object* a = str_intern_cstr("some_identifier");
  Object* b = str_from_cstr("some_identifier");
  EXPECT_NE(a, b);
  str_intern_in_place(&b);
  EXPECT_EQ(a, b);
  decref(a);
  decref(b);
  // Single Latin-1 characters are shared, as in CPython.
  Object* x = str_from_cstr("x");
  Object* y = str_from_char('x');
  EXPECT_EQ(x, y);
  decref(x);
  decref(y);
  // split without a match returns [self].
  Object* s = str_from_cstr("abc");
  Object* comma = str_from_cstr(",");
  Object* parts = callm(s, "split", comma);
  EXPECT_EQ(list_item(parts, 0), s);
  decref(parts);
  decref(comma);
  decref(s);
}

TEST_F(ObjectsStr, JoinAndFormat) {
  Object* sep = str_from_cstr(", ");
  Object* items = list_new(0);
  for (const char* t : {"a", "\xc3\xa9", "\xe2\x82\xac"}) {
    Object* s = str_from_cstr(t);
    list_append(items, s);
    decref(s);
  }
  EXPECT_EQ(R(str_join(sep, items)), "'a, \xc3\xa9, \xe2\x82\xac'");
  Object* one = I(1);
  list_append(items, one);
  EXPECT_EQ(R(str_join(sep, items)), "!TypeError: sequence item 3: expected str instance, int found");
  EXPECT_EQ(R(str_join(sep, one)), "!TypeError: can only join an iterable");
  decref(items);
  decref(sep);
  Object* f = str_from_format("%d|%5d|%s|%.2s|%zd|%R|%S|%x|%c|%%|%05d", 42, 7, "abc", "xyz", static_cast<ssize>(-3),
                              one, one, 255, 0x20ac, -42);
  EXPECT_EQ(R(f), "'42|    7|abc|xy|-3|1|1|ff|\xe2\x82\xac|%|-0042'");
  decref(one);
}

}  // namespace
}  // namespace glasspy::testing
