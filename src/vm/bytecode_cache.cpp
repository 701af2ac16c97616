// The bytecode cache of imported modules (see bytecode_cache.h).
#include "vm/bytecode_cache.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <fstream>
#include <iterator>
#include <memory>

#include "compiler/code_unit.h"
#include "objects/abstract.h"
#include "objects/errors.h"
#include "vm/code_object.h"
#include "vm/interpreter.h"
#include "vm/source_compiler.h"

namespace glasspy {

namespace {

constexpr size_t kHeaderSize = 24;

// The binary's modification time and size: a new build, a new stamp.
uint64_t build_stamp() {
  static const uint64_t stamp = [] {
    struct stat st;
    if (::stat("/proc/self/exe", &st) != 0) return uint64_t{0};
    uint64_t ns = static_cast<uint64_t>(st.st_mtim.tv_sec) * 1000000000u +
                  static_cast<uint64_t>(st.st_mtim.tv_nsec);
    return ns ^ (static_cast<uint64_t>(st.st_size) << 1);
  }();
  return stamp;
}

void put_u32(std::string& out, uint32_t v) {
  for (int i = 0; i < 4; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
}

void put_u64(std::string& out, uint64_t v) {
  for (int i = 0; i < 8; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
}

std::string header_for(uint32_t mtime, uint32_t size) {
  std::string h;
  put_u32(h, kBytecodeCacheMagic);
  put_u32(h, 0);
  put_u32(h, mtime);
  put_u32(h, size);
  put_u64(h, build_stamp());
  return h;
}

// A cache moved with its source names the old path: like CPython's
// _imp._fix_co_filename, make every code object name the file it came from.
void fix_filenames(CodeUnit& unit, const std::string& path) {
  if (unit.filename == path) return;
  unit.filename = path;
  for (Constant& c : unit.consts) {
    if (c.is(Constant::Kind::Code) && c.code_unit()) fix_filenames(*c.code_unit(), path);
  }
}

// The cached code, or null (no error set) when there is no valid cache.
Object* read_cache(const std::string& cache_path, const std::string& source_path, const std::string& header) {
  std::ifstream in(cache_path, std::ios::binary);
  if (!in) return nullptr;
  std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad() || data.size() < kHeaderSize || data.compare(0, kHeaderSize, header) != 0) return nullptr;
  std::shared_ptr<CodeUnit> unit;
  std::string error;
  if (!deserialize_code(std::string_view(data).substr(kHeaderSize), unit, error)) return nullptr;
  fix_filenames(*unit, source_path);
  Object* code = code_from_unit(unit);
  if (!code) clear_error();
  return code;
}

bool dont_write_bytecode() {
  Object* flag = sys_get_attr_borrowed("dont_write_bytecode");
  if (!flag) {
    if (error_occurred()) clear_error();
    return false;
  }
  int truth = object_is_true(flag);
  if (truth < 0) {
    clear_error();
    return false;
  }
  return truth != 0;
}

// Writes the cache atomically (a private temporary file renamed over the
// cache, as importlib's _write_atomic), ignoring every failure.
void write_cache(const std::string& cache_path, const std::string& data) {
  std::string dir = cache_path.substr(0, cache_path.rfind('/'));
  if (::mkdir(dir.c_str(), 0777) != 0 && errno != EEXIST) return;
  std::string tmp = cache_path + "." + std::to_string(::getpid()) + ".tmp";
  int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL, 0666);
  if (fd < 0) return;
  size_t done = 0;
  while (done < data.size()) {
    ssize_t n = ::write(fd, data.data() + done, data.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    done += static_cast<size_t>(n);
  }
  bool ok = done == data.size();
  if (::close(fd) != 0) ok = false;
  if (!ok || ::rename(tmp.c_str(), cache_path.c_str()) != 0) ::unlink(tmp.c_str());
}

}  // namespace

std::string cache_path_for_source(const std::string& source_path) {
  size_t slash = source_path.rfind('/');
  std::string dir = slash == std::string::npos ? std::string() : source_path.substr(0, slash + 1);
  std::string base = slash == std::string::npos ? source_path : source_path.substr(slash + 1);
  size_t dot = base.rfind('.');
  std::string stem = dot == std::string::npos ? base : base.substr(0, dot);
  return dir + "__pycache__/" + stem + "." + kCacheTag + ".pyc";
}

Object* module_code_from_source(const std::string& source_path, std::string_view source_bytes) {
  struct stat st;
  if (::stat(source_path.c_str(), &st) != 0) return compile_source(source_bytes, source_path);
  std::string cache_path = cache_path_for_source(source_path);
  std::string header = header_for(static_cast<uint32_t>(st.st_mtime), static_cast<uint32_t>(st.st_size));
  if (Object* cached = read_cache(cache_path, source_path, header)) return cached;
  Object* code = compile_source(source_bytes, source_path);
  if (!code || dont_write_bytecode()) return code;
  // The size recorded is the bytes compiled, as importlib records len(source).
  header = header_for(static_cast<uint32_t>(st.st_mtime), static_cast<uint32_t>(source_bytes.size()));
  write_cache(cache_path, header + serialize_code(code_unit_of(static_cast<CodeObject*>(code))));
  return code;
}

}  // namespace glasspy
