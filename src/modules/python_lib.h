// Standard-library modules written in Python and compiled into the
// interpreter (the lib_*.cpp files hold their source).  They are
// registered with register_source_module and run on first import.
#pragma once

namespace glasspy {

extern const char* const kFunctoolsSource;
extern const char* const kCollectionsSource;
extern const char* const kContextlibSource;

extern const char* const kEnumSource;
extern const char* const kDataclassesSource;
extern const char* const kTypingSource;
extern const char* const kOsSource;
extern const char* const kPosixpathSource;
extern const char* const kJsonSource;
extern const char* const kIoSource;
extern const char* const kAsyncioSource;
extern const char* const kReSource;
extern const char* const kCollectionsAbcSource;
extern const char* const kNumbersSource;
extern const char* const kKeywordSource;
extern const char* const kWarningsSource;
extern const char* const kLinecacheSource;
extern const char* const kFractionsSource;
extern const char* const kTextwrapSource;
extern const char* const kPprintSource;

// Registers all of them (builtins_module.cpp calls this).
void register_python_lib_modules();
void register_python_class_modules();

}  // namespace glasspy
