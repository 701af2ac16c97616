// The disassembler: what `python3 -m dis FILE` prints for a compiled module
// (Lib/dis.py's layout, column for column), for a CodeUnit.
#pragma once

#include <string>

#include "compiler/code_unit.h"

namespace glasspy {

// The disassembly of `code`, then of every code object among its constants,
// recursively, each preceded by a blank line and "Disassembly of <code ...>:".
std::string disassemble(const CodeUnit& code);

// One code object alone (dis.disassemble(co)).
std::string disassemble_one(const CodeUnit& code);

}  // namespace glasspy
