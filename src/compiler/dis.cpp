// Lib/dis.py's output, reproduced: the line-number column (from co_lines(),
// skipping None lines), a blank line before each new source line except at
// offset 0, ">>" on jump targets (jumps' destinations and exception
// handlers), the offset, the name padded to 20, the argument right-aligned in
// 5 and its meaning in parentheses; CACHE entries are skipped; EXTENDED_ARG
// shows the accumulated argument.
#include "compiler/dis.h"

#include <algorithm>
#include <map>
#include <set>

#include "compiler/opcodes.h"

namespace glasspy {

namespace {

struct Instr {
  int offset;  // bytes
  int opcode;
  bool has_arg;
  int arg;
};

std::vector<Instr> unpack(const CodeUnit& co) {
  std::vector<Instr> out;
  int64_t extended = 0;
  int skip = 0;
  for (size_t i = 0; i < co.code.size(); ++i) {
    if (skip) {
      --skip;
      continue;
    }
    int opc = co.code[i].opcode;
    int deop = op::deoptimize(opc);
    skip = op::caches(deop);
    Instr in{static_cast<int>(i) * 2, opc, false, 0};
    if (deop >= op::kHaveArgument) {
      int64_t arg = co.code[i].arg | extended;
      extended = deop == op::EXTENDED_ARG ? (arg << 8) : 0;
      if (extended >= (int64_t{1} << 31)) extended -= int64_t{1} << 32;
      in.has_arg = true;
      in.arg = static_cast<int>(arg);
    } else {
      extended = 0;
    }
    out.push_back(in);
  }
  return out;
}

bool backward(int opcode) {
  const char* n = op::name(opcode);
  return n && std::string(n).find("JUMP_BACKWARD") != std::string::npos;
}

std::string rjust(const std::string& s, size_t w) {
  return s.size() >= w ? s : std::string(w - s.size(), ' ') + s;
}

std::string ljust(const std::string& s, size_t w) {
  return s.size() >= w ? s : s + std::string(w - s.size(), ' ');
}

std::string name_at(const std::vector<std::string>& v, int i) {
  return i >= 0 && static_cast<size_t>(i) < v.size() ? v[i] : std::string("<?>");
}

std::string argrepr(const CodeUnit& co, const Instr& in) {
  int deop = op::deoptimize(in.opcode);
  uint32_t f = op::info(deop).flags;
  int arg = in.arg;
  if (f & op::kUsesConst) {
    // dis resolves only LOAD_CONST's constant (KW_NAMES shows its bare index).
    if (deop != op::LOAD_CONST) return "";
    if (arg >= 0 && static_cast<size_t>(arg) < co.consts.size()) return co.consts[arg].repr();
    return "<?>";
  }
  if (f & op::kUsesName) {
    if (deop == op::LOAD_GLOBAL) {
      std::string n = name_at(co.names, arg >> 1);
      return (arg & 1) ? "NULL + " + n : n;
    }
    return name_at(co.names, arg);
  }
  if (f & op::kJumpRelative) {
    int signed_arg = backward(deop) ? -arg : arg;
    return "to " + std::to_string(in.offset + 2 + signed_arg * 2);
  }
  if (f & op::kJumpAbsolute) return "to " + std::to_string(arg * 2);
  if (f & (op::kUsesLocal | op::kUsesFree)) return name_at(co.localsplus_names, arg);
  if (f & op::kUsesCompare) return arg >= 0 && arg < 6 ? op::kCompareOps[arg] : "<?>";
  if (deop == op::FORMAT_VALUE) {
    static const char* const conv[] = {"", "str", "repr", "ascii"};
    std::string r = conv[arg & 3];
    if (arg & 4) {
      if (!r.empty()) r += ", ";
      r += "with format";
    }
    return r;
  }
  if (deop == op::MAKE_FUNCTION) {
    static const char* const flags[] = {"defaults", "kwdefaults", "annotations", "closure"};
    std::string r;
    for (int i = 0; i < 4; ++i) {
      if (arg & (1 << i)) {
        if (!r.empty()) r += ", ";
        r += flags[i];
      }
    }
    return r;
  }
  if (deop == op::BINARY_OP) return arg >= 0 && arg < 26 ? op::kBinaryOpSymbols[arg] : "<?>";
  return "";
}

}  // namespace

std::string disassemble_one(const CodeUnit& co) {
  std::string out;
  // dis.findlinestarts
  std::map<int, int> linestarts;
  bool have_last = false;
  int lastline = 0;
  for (const LineRange& r : co.lines()) {
    if (r.line >= 0 && (!have_last || r.line != lastline)) {
      lastline = r.line;
      have_last = true;
      linestarts.emplace(r.start, r.line);
    }
  }
  bool show_lineno = !linestarts.empty();
  size_t lineno_width = 0;
  if (show_lineno) {
    int maxline = 0;
    for (auto& [off, line] : linestarts) maxline = std::max(maxline, line);
    lineno_width = maxline >= 1000 ? std::to_string(maxline).size() : 3;
  }
  int maxoffset = static_cast<int>(co.code.size()) * 2 - 2;
  size_t offset_width = maxoffset >= 10000 ? std::to_string(maxoffset).size() : 4;

  std::vector<Instr> instrs = unpack(co);
  std::set<int> labels;
  for (const Instr& in : instrs) {
    if (!in.has_arg) continue;
    uint32_t f = op::info(in.opcode).flags;
    if (f & op::kJumpRelative) {
      int a = backward(in.opcode) ? -in.arg : in.arg;
      labels.insert(in.offset + 2 + a * 2);
    } else if (f & op::kJumpAbsolute) {
      labels.insert(in.arg * 2);
    }
  }
  for (const ExceptionTableEntry& e : co.exception_table)
    if (e.end > e.start) labels.insert(e.target * 2);

  for (const Instr& in : instrs) {
    auto ls = linestarts.find(in.offset);
    bool starts = ls != linestarts.end();
    if (show_lineno && starts && in.offset > 0) out += "\n";
    std::string line;
    if (lineno_width) {
      line += starts ? rjust(std::to_string(ls->second), lineno_width) : std::string(lineno_width, ' ');
      line += ' ';
    }
    line += "   ";
    line += ' ';
    line += labels.count(in.offset) ? ">>" : "  ";
    line += ' ';
    line += rjust(std::to_string(in.offset), offset_width);
    line += ' ';
    const char* n = op::name(in.opcode);
    std::string opname = n ? std::string(n) : std::string("<") + std::to_string(in.opcode) + ">";
    line += ljust(opname, 20);
    if (in.has_arg) {
      line += ' ';
      line += rjust(std::to_string(in.arg), 5);
      std::string r = argrepr(co, in);
      if (!r.empty()) {
        line += ' ';
        line += '(';
        line += r;
        line += ')';
      }
    }
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\n'))
      line.pop_back();
    out += line;
    out += "\n";
  }
  if (!co.exception_table.empty()) {
    out += "ExceptionTable:\n";
    for (const ExceptionTableEntry& e : co.exception_table) {
      out += "  " + std::to_string(e.start * 2) + " to " + std::to_string(e.end * 2 - 2) + " -> " +
             std::to_string(e.target * 2) + " [" + std::to_string(e.depth) + "]" +
             (e.lasti ? " lasti" : "") + "\n";
    }
  }
  return out;
}

std::string disassemble(const CodeUnit& co) {
  std::string out = disassemble_one(co);
  for (const Constant& c : co.consts) {
    if (c.kind() == Constant::Kind::Code) {
      out += "\n";
      out += "Disassembly of " + c.repr() + ":\n";
      out += disassemble(*c.code_unit());
    }
  }
  return out;
}

}  // namespace glasspy
