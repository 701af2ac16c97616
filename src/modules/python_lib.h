// Standard-library modules written in Python and compiled into the
// interpreter (the lib_*.cpp files hold their source).  They are
// registered with register_source_module and run on first import.
#pragma once

namespace glasspy {

extern const char* const kDataclassesSource;
extern const char* const kOsSource;
extern const char* const kAsyncioSource;
extern const char* const kFractionsSource;

// Registers all of them (builtins_module.cpp calls this).
void register_python_class_modules();

}  // namespace glasspy
