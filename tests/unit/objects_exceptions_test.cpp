// The exception hierarchy and the error indicator: construction, str/repr,
// the special fields of each class, chaining, notes, groups.
#include "objects/bytes.h"
#include "objects/list.h"
#include "objects_test_support.h"

namespace glasspy::testing {
namespace {

using ObjectsExceptions = ObjectsTest;

// str() of a new reference (consumed); the error text if it is null.
std::string SN(Object* o) {
  if (!o) return "!" + ObjectsTest::take_error();
  std::string s = str_of(o);
  decref(o);
  return s;
}

Object* make(Type* t, std::initializer_list<Object*> args) {
  Object* tuple = tuple_pack(args);
  Object* e = call(t, tuple, nullptr);
  decref(tuple);
  return e;
}

TEST_F(ObjectsExceptions, Hierarchy) {
  EXPECT_EQ(R(get_attr_cstr(&exc::FileNotFoundError, "__mro__")),
            "(<class 'FileNotFoundError'>, <class 'OSError'>, <class 'Exception'>, <class 'BaseException'>, "
            "<class 'object'>)");
  EXPECT_EQ(R(get_attr_cstr(exc::ExceptionGroup, "__mro__")),
            "(<class 'ExceptionGroup'>, <class 'BaseExceptionGroup'>, <class 'Exception'>, <class "
            "'BaseException'>, <class 'object'>)");
  EXPECT_EQ(R(get_attr_cstr(&exc::UnicodeDecodeError, "__base__")), "<class 'UnicodeError'>");
  EXPECT_EQ(R(get_attr_cstr(&exc::KeyError, "__doc__")), "'Mapping key not found.'");
  EXPECT_EQ(R(get_attr_cstr(exc::ExceptionGroup, "__doc__")), "None");
  EXPECT_EQ(R(get_attr_cstr(exc::ExceptionGroup, "__module__")), "'builtins'");
  EXPECT_EQ(R(dict_keys_list(exc::ExceptionGroup->dict)), "['__module__', '__weakref__', '__doc__']");
  EXPECT_EQ(object_issubclass(&exc::ZeroDivisionError, &exc::ArithmeticError), 1);
  EXPECT_EQ(object_issubclass(&exc::KeyboardInterrupt, &exc::Exception), 0);
}

TEST_F(ObjectsExceptions, BaseExceptionBasics) {
  Object* one = I(1), *two = I(2);
  EXPECT_EQ(R(make(&exc::BaseException, {})), "BaseException()");
  Object* e = make(&exc::BaseException, {one});
  EXPECT_EQ(repr_of(e), "BaseException(1)");
  EXPECT_EQ(str_of(e), "1");
  decref(e);
  e = make(&exc::ValueError, {one, two});
  EXPECT_EQ(repr_of(e), "ValueError(1, 2)");
  EXPECT_EQ(str_of(e), "(1, 2)");
  EXPECT_EQ(R(get_attr_cstr(e, "args")), "(1, 2)");
  Object* x = S("x");
  EXPECT_EQ(set_attr(e, x, one), 0);
  EXPECT_EQ(R(get_attr_cstr(e, "__dict__")), "{'x': 1}");
  EXPECT_EQ(R(callm(e, "__reduce__")), "(<class 'ValueError'>, (1, 2), {'x': 1})");
  EXPECT_EQ(set_attr_cstr(e, "__cause__", one), -1);
  EXPECT_EQ(take_error(), "TypeError: exception cause must be None or derive from BaseException");
  EXPECT_EQ(set_attr_cstr(e, "__context__", one), -1);
  EXPECT_EQ(take_error(), "TypeError: exception context must be None or derive from BaseException");
  EXPECT_EQ(R(callm(e, "with_traceback", one)), "!TypeError: __traceback__ must be a traceback or None");
  EXPECT_EQ(set_attr_cstr(e, "args", one), -1);
  EXPECT_EQ(take_error(), "TypeError: 'int' object is not iterable");
  EXPECT_EQ(R(get_attr_cstr(e, "__suppress_context__")), "False");
  Object* cause = make(&exc::KeyError, {x});
  EXPECT_EQ(set_attr_cstr(e, "__cause__", cause), 0);
  EXPECT_EQ(R(get_attr_cstr(e, "__suppress_context__")), "True");
  decref(cause);
  decref(e);
  decref(x);
  decref(one);
  decref(two);
}

TEST_F(ObjectsExceptions, KeywordArgumentsAreRejected) {
  Object* kw = dict_new();
  dict_set_item_cstr(kw, "x", None);
  EXPECT_EQ(R(call(&exc::ValueError, empty_tuple(), kw)), "!TypeError: ValueError() takes no keyword arguments");
  EXPECT_EQ(R(call(&exc::ImportError, empty_tuple(), kw)), "!TypeError: 'x' is an invalid keyword argument for ImportError()");
  decref(kw);
}

TEST_F(ObjectsExceptions, Notes) {
  Object* e = make(&exc::Exception, {});
  EXPECT_EQ(R(get_attr_cstr(e, "__dict__")), "{}");
  Object* note = S("x");
  EXPECT_EQ(R(callm(e, "add_note", note)), "None");
  EXPECT_EQ(R(get_attr_cstr(e, "__dict__")), "{'__notes__': ['x']}");
  Object* one = I(1);
  EXPECT_EQ(R(callm(e, "add_note", one)), "!TypeError: note must be a str, not 'int'");
  set_attr_cstr(e, "__notes__", one);
  EXPECT_EQ(R(callm(e, "add_note", note)), "!TypeError: Cannot add note: __notes__ is not a list");
  decref(one);
  decref(note);
  decref(e);
}

TEST_F(ObjectsExceptions, SpecialFields) {
  Object* one = I(1), *two = I(2), *three = I(3);
  Object* e = make(&exc::StopIteration, {one, two});
  EXPECT_EQ(R(get_attr_cstr(e, "value")), "1");
  decref(e);
  e = make(&exc::StopIteration, {});
  EXPECT_EQ(R(get_attr_cstr(e, "value")), "None");
  decref(e);
  e = make(&exc::SystemExit, {one, two});
  EXPECT_EQ(R(get_attr_cstr(e, "code")), "(1, 2)");
  decref(e);
  e = make(&exc::SystemExit, {three});
  EXPECT_EQ(R(get_attr_cstr(e, "code")), "3");
  decref(e);
  Object* k = S("a");
  e = make(&exc::KeyError, {k});
  EXPECT_EQ(str_of(e), "'a'");
  decref(e);
  Object* empty = S("");
  e = make(&exc::KeyError, {empty});
  EXPECT_EQ(str_of(e), "''");
  decref(e);
  e = make(&exc::KeyError, {});
  EXPECT_EQ(str_of(e), "");
  decref(e);
  e = make(&exc::AttributeError, {k});
  EXPECT_EQ(R(get_attr_cstr(e, "name")), "None");
  decref(e);
  decref(k);
  decref(empty);
  decref(one);
  decref(two);
  decref(three);
}

TEST_F(ObjectsExceptions, OSErrorSubclassesAndStr) {
  Object* two = I(2);
  Object* msg = S("No such file");
  Object* fname = S("f.txt");
  Object* e = make(&exc::OSError, {two, msg, fname});
  EXPECT_EQ(e->type, &exc::FileNotFoundError);
  EXPECT_EQ(repr_of(e), "FileNotFoundError(2, 'No such file')");
  EXPECT_EQ(str_of(e), "[Errno 2] No such file: 'f.txt'");
  EXPECT_EQ(R(get_attr_cstr(e, "filename2")), "None");
  EXPECT_EQ(R(get_attr_cstr(e, "errno")), "2");
  decref(e);
  Object* b = S("b");
  e = make(&exc::OSError, {two, msg, fname, None, b});
  EXPECT_EQ(str_of(e), "[Errno 2] No such file: 'f.txt' -> 'b'");
  EXPECT_EQ(R(get_attr_cstr(e, "args")), "(2, 'No such file')");
  decref(e);
  Object* one = I(1);
  e = make(&exc::OSError, {one});
  EXPECT_EQ(repr_of(e), "OSError(1)");
  EXPECT_EQ(R(get_attr_cstr(e, "errno")), "None");
  decref(e);
  Object* eleven = I(11), *five = I(5);
  e = make(&exc::OSError, {eleven, msg, five});
  EXPECT_EQ(e->type, &exc::BlockingIOError);
  EXPECT_EQ(repr_of(e), "BlockingIOError(11, 'No such file', 5)");
  EXPECT_EQ(R(get_attr_cstr(e, "characters_written")), "5");
  decref(e);
  e = make(&exc::BlockingIOError, {eleven, msg});
  EXPECT_EQ(R(get_attr_cstr(e, "characters_written")), "!AttributeError: characters_written");
  decref(e);
  for (Object* o : {two, msg, fname, b, one, eleven, five}) decref(o);
}

TEST_F(ObjectsExceptions, SyntaxError) {
  Object* msg = S("msg");
  Object* f = S("dir/f.py");
  Object* one = I(1), *two = I(2), *three = I(3);
  Object* text = S("text");
  Object* info = tuple_pack({f, one, two, text, one, three});
  Object* e = make(&exc::SyntaxError, {msg, info});
  EXPECT_EQ(str_of(e), "msg (f.py, line 1)");
  EXPECT_EQ(R(get_attr_cstr(e, "end_offset")), "3");
  decref(e);
  Object* info2 = tuple_pack({None, one, two, text});
  e = make(&exc::SyntaxError, {msg, info2});
  EXPECT_EQ(str_of(e), "msg (line 1)");
  decref(e);
  Object* info3 = tuple_pack({f, None, two, text});
  e = make(&exc::IndentationError, {msg, info3});
  EXPECT_EQ(str_of(e), "msg (f.py)");
  decref(e);
  Object* info4 = tuple_pack({f, one, two, text, one});
  EXPECT_EQ(R(make(&exc::SyntaxError, {msg, info4})), "!TypeError: end_offset must be provided when end_lineno is provided");
  for (Object* o : {msg, f, one, two, three, text, info, info2, info3, info4}) decref(o);
}

TEST_F(ObjectsExceptions, UnicodeErrors) {
  Object* enc = S("utf-8");
  Object* data = bytes_from_data("\xff\xfe", 2);
  Object* zero = I(0), *one = I(1), *two = I(2);
  Object* reason = S("invalid start byte");
  EXPECT_EQ(SN(make(&exc::UnicodeDecodeError, {enc, data, zero, one, reason})),
            "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte");
  Object* bad = S("bad");
  EXPECT_EQ(SN(make(&exc::UnicodeDecodeError, {enc, data, zero, two, bad})),
            "'utf-8' codec can't decode bytes in position 0-1: bad");
  Object* ascii = S("ascii");
  Object* e_acute = str_from_cstr("\xc3\xa9");
  Object* ord = S("ordinal not in range(128)");
  EXPECT_EQ(SN(make(&exc::UnicodeEncodeError, {ascii, e_acute, zero, one, ord})),
            "'ascii' codec can't encode character '\\xe9' in position 0: ordinal not in range(128)");
  Object* smile = str_from_cstr("\xf0\x9f\x98\x80");
  EXPECT_EQ(SN(make(&exc::UnicodeEncodeError, {ascii, smile, zero, one, bad})),
            "'ascii' codec can't encode character '\\U0001f600' in position 0: bad");
  EXPECT_EQ(SN(make(&exc::UnicodeTranslateError, {e_acute, zero, one, bad})),
            "can't translate character '\\xe9' in position 0: bad");
  EXPECT_EQ(R(make(&exc::UnicodeEncodeError, {one})), "!TypeError: function takes exactly 5 arguments (1 given)");
  for (Object* o : {enc, data, zero, one, two, reason, bad, ascii, e_acute, ord, smile}) decref(o);
}

TEST_F(ObjectsExceptions, ErrorIndicatorAndChaining) {
  format_error(&exc::ValueError, "bad %s %d", "value", 42);
  Object* e = fetch_error();
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(repr_of(e), "ValueError('bad value 42')");
  EXPECT_FALSE(error_occurred());
  // Raising while handling records the handled exception as __context__.
  ExceptionStackItem item;
  item.exc_value = e;
  item.previous = thread_state().exc_info;
  thread_state().exc_info = &item;
  set_error(&exc::TypeError, "second");
  thread_state().exc_info = item.previous;
  Object* second = fetch_error();
  EXPECT_EQ(R(get_attr_cstr(second, "__context__")), "ValueError('bad value 42')");
  EXPECT_TRUE(exception_matches(second, reinterpret_cast<Object*>(&exc::Exception)));
  Object* classes = tuple_pack({&exc::KeyError, &exc::TypeError});
  EXPECT_TRUE(exception_matches(second, classes));
  decref(classes);
  decref(second);
  decref(e);
  set_key_error(None);
  EXPECT_EQ(take_error(), "KeyError: None");
  Object* t = tuple_pack({None});
  set_stop_iteration(t);
  Object* si = fetch_error();
  EXPECT_EQ(R(get_attr_cstr(si, "value")), "(None,)");
  decref(si);
  decref(t);
  set_error_from_errno(&exc::OSError, 2);
  EXPECT_EQ(take_error(), "FileNotFoundError: [Errno 2] No such file or directory");
}

TEST_F(ObjectsExceptions, ExceptionGroups) {
  Object* msg = S("eg");
  Object* v1 = make(&exc::ValueError, {I(1)});
  Object* t2 = make(&exc::TypeError, {I(2)});
  Object* v3 = make(&exc::ValueError, {I(3)});
  Object* inner_msg = S("inner");
  Object* inner_list = list_from_array(&v3, 1);
  Object* inner = make(exc::ExceptionGroup, {inner_msg, inner_list});
  Object* items[] = {v1, t2, inner};
  Object* all = list_from_array(items, 3);
  Object* eg = make(&exc::BaseExceptionGroup, {msg, all});
  ASSERT_NE(eg, nullptr) << take_error();
  EXPECT_EQ(eg->type, exc::ExceptionGroup);
  EXPECT_EQ(repr_of(eg), "ExceptionGroup('eg', [ValueError(1), TypeError(2), ExceptionGroup('inner', [ValueError(3)])])");
  EXPECT_EQ(str_of(eg), "eg (3 sub-exceptions)");
  EXPECT_EQ(R(callm(eg, "split", &exc::ValueError)),
            "(ExceptionGroup('eg', [ValueError(1), ExceptionGroup('inner', [ValueError(3)])]), ExceptionGroup('eg', "
            "[TypeError(2)]))");
  EXPECT_EQ(R(callm(eg, "subgroup", &exc::KeyError)), "None");
  Object* sub = callm(eg, "subgroup", &exc::TypeError);
  EXPECT_EQ(repr_of(sub), "ExceptionGroup('eg', [TypeError(2)])");
  EXPECT_EQ(R(get_attr_cstr(sub, "__suppress_context__")), "True");
  decref(sub);
  Object* one = I(1);
  EXPECT_EQ(R(callm(eg, "split", one)), "!TypeError: expected a function, exception type or tuple of exception types");
  Object* empty = list_new(0);
  EXPECT_EQ(R(make(&exc::BaseExceptionGroup, {msg, empty})),
            "!ValueError: second argument (exceptions) must be a non-empty sequence");
  Object* ones = list_from_array(&one, 1);
  EXPECT_EQ(R(make(exc::ExceptionGroup, {msg, ones})), "!ValueError: Item 0 of second argument (exceptions) is not an exception");
  EXPECT_EQ(R(make(exc::ExceptionGroup, {msg, one})), "!TypeError: second argument (exceptions) must be a sequence");
  EXPECT_EQ(R(make(exc::ExceptionGroup, {one, empty})), "!TypeError: BaseExceptionGroup.__new__() argument 1 must be str, not int");
  EXPECT_EQ(R(make(exc::ExceptionGroup, {msg})), "!TypeError: BaseExceptionGroup.__new__() takes exactly 2 arguments (1 given)");
  Object* ki = make(&exc::KeyboardInterrupt, {});
  Object* kis = list_from_array(&ki, 1);
  EXPECT_EQ(R(make(exc::ExceptionGroup, {msg, kis})), "!TypeError: Cannot nest BaseExceptions in an ExceptionGroup");
  Object* beg = make(&exc::BaseExceptionGroup, {msg, kis});
  EXPECT_EQ(beg->type, &exc::BaseExceptionGroup);
  decref(beg);
  for (Object* o : {msg, v1, t2, v3, inner_msg, inner_list, inner, all, eg, one, empty, ones, ki, kis}) decref(o);
}

}  // namespace
}  // namespace glasspy::testing
