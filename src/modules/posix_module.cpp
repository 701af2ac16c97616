// `posix` (the system calls `os` is built on: files, directories, the
// environment, process facts) and `time` (clocks and sleep), in C++.
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/random.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <string>

#include "modules/posix_module.h"
#include "modules/struct_sequence.h"
#include "objects/abstract.h"
#include "objects/bytes.h"
#include "objects/call.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "vm/gil.h"
#include "vm/module_object.h"

extern char** environ;

namespace glasspy {

namespace {

bool path_arg(Object* o, std::string& out) {
  if (is_str(o)) {
    out = str_to_std(o);
    return true;
  }
  if (is_bytes(o)) {
    out = std::string(bytes_view(o));
    return true;
  }
  Object* fspath = get_attr_cstr(o, "__fspath__");
  if (fspath) {
    Object* r = call_no_args(fspath);
    decref(fspath);
    if (!r) return false;
    bool ok = path_arg(r, out);
    decref(r);
    return ok;
  }
  clear_error();
  format_error(&exc::TypeError, "expected str, bytes or os.PathLike object, not %.200s", o->type->name);
  return false;
}

Object* os_error(Object* path) {
  set_error_from_errno(&exc::OSError, errno, path);
  return nullptr;
}

Object* posix_getcwd(Object* module) {
  char buf[4096];
  if (!::getcwd(buf, sizeof buf)) return os_error(nullptr);
  return str_from_cstr(buf);
}

Object* posix_chdir(Object* module, Object* path) {
  std::string p;
  if (!path_arg(path, p)) return nullptr;
  if (::chdir(p.c_str()) != 0) return os_error(path);
  return newref(None);
}

Object* posix_listdir(Object* module, Object* const* args, ssize nargs) {
  if (!check_positional("listdir", nargs, 0, 1)) return nullptr;
  std::string p = ".";
  Object* path = nargs ? args[0] : nullptr;
  if (path && path != None && !path_arg(path, p)) return nullptr;
  DIR* d = ::opendir(p.c_str());
  if (!d) return os_error(path ? path : nullptr);
  Object* list = list_new(0);
  if (!list) {
    ::closedir(d);
    return nullptr;
  }
  while (struct dirent* e = ::readdir(d)) {
    std::string name = e->d_name;
    if (name == "." || name == "..") continue;
    Object* s = str_from_utf8(name);
    if (!s || list_append(list, s) < 0) {
      xdecref(s);
      decref(list);
      ::closedir(d);
      return nullptr;
    }
    decref(s);
  }
  ::closedir(d);
  return list;
}

Type* stat_result_type = nullptr;

Object* stat_common(Object* path, bool follow) {
  std::string p;
  if (!path_arg(path, p)) return nullptr;
  struct stat st;
  int r = follow ? ::stat(p.c_str(), &st) : ::lstat(p.c_str(), &st);
  if (r != 0) return os_error(path);
  return structseq_new(stat_result_type,
                       {int_from_i64(st.st_mode), int_from_i64(static_cast<int64_t>(st.st_ino)),
                        int_from_i64(static_cast<int64_t>(st.st_dev)), int_from_i64(st.st_nlink),
                        int_from_i64(st.st_uid), int_from_i64(st.st_gid), int_from_i64(st.st_size),
                        float_from_double(static_cast<double>(st.st_atime)),
                        float_from_double(static_cast<double>(st.st_mtime)),
                        float_from_double(static_cast<double>(st.st_ctime))});
}

Object* posix_stat(Object* module, Object* path) { return stat_common(path, true); }
Object* posix_lstat(Object* module, Object* path) { return stat_common(path, false); }

Object* posix_unary(Object* path, int (*fn)(const char*)) {
  std::string p;
  if (!path_arg(path, p)) return nullptr;
  if (fn(p.c_str()) != 0) return os_error(path);
  return newref(None);
}

int do_unlink(const char* p) { return ::unlink(p); }
int do_rmdir(const char* p) { return ::rmdir(p); }

Object* posix_remove(Object* module, Object* path) { return posix_unary(path, do_unlink); }
Object* posix_rmdir(Object* module, Object* path) { return posix_unary(path, do_rmdir); }

Object* posix_mkdir(Object* module, Object* const* args, ssize nargs) {
  if (!check_positional("mkdir", nargs, 1, 2)) return nullptr;
  std::string p;
  if (!path_arg(args[0], p)) return nullptr;
  int mode = 0777;
  if (nargs > 1 && !arg_to_int(args[1], &mode)) return nullptr;
  if (::mkdir(p.c_str(), static_cast<mode_t>(mode)) != 0) return os_error(args[0]);
  return newref(None);
}

Object* posix_rename(Object* module, Object* const* args, ssize nargs) {
  if (!check_positional("rename", nargs, 2, 2)) return nullptr;
  std::string a, b;
  if (!path_arg(args[0], a) || !path_arg(args[1], b)) return nullptr;
  if (::rename(a.c_str(), b.c_str()) != 0) return os_error(args[0]);
  return newref(None);
}

Object* posix_access(Object* module, Object* const* args, ssize nargs) {
  if (!check_positional("access", nargs, 2, 2)) return nullptr;
  std::string p;
  if (!path_arg(args[0], p)) return nullptr;
  int mode;
  if (!arg_to_int(args[1], &mode)) return nullptr;
  return bool_from(::access(p.c_str(), mode) == 0);
}

Object* posix_getpid(Object* module) { return int_from_i64(::getpid()); }

Object* posix_urandom(Object* module, Object* arg) {
  ssize n;
  if (!arg_to_ssize(arg, &n)) return nullptr;
  if (n < 0) {
    set_error(&exc::ValueError, "negative argument not allowed");
    return nullptr;
  }
  Object* b = bytes_new_uninitialized(n);
  if (!b) return nullptr;
  // getrandom(2) blocks only until the kernel's pool is first seeded, as
  // CPython's does; a failure raises OSError instead of handing out
  // uninitialized bytes.
  ssize got = 0;
  while (got < n) {
    ssize_t r = ::getrandom(bytes_data(b) + got, static_cast<size_t>(n - got), 0);
    if (r < 0) {
      if (errno == EINTR) continue;
      decref(b);
      return os_error(nullptr);
    }
    got += r;
  }
  return b;
}

// os.read(fd, length): reads with the GIL released (it may block).
Object* posix_read(Object* module, Object* const* args, ssize nargs) {
  if (!check_positional("read", nargs, 2, 2)) return nullptr;
  int fd;
  ssize length;
  if (!arg_to_int(args[0], &fd) || !arg_to_ssize(args[1], &length)) return nullptr;
  if (length < 0) {
    errno = EINVAL;
    return os_error(nullptr);
  }
  std::string buffer(static_cast<size_t>(length), '\0');
  ssize_t n;
  int err;
  do {
    GilReleased released;
    n = ::read(fd, buffer.data(), buffer.size());
    err = errno;
  } while (n < 0 && err == EINTR);
  if (n < 0) {
    errno = err;
    return os_error(nullptr);
  }
  return bytes_from_data(buffer.data(), static_cast<ssize>(n));
}

// os.write(fd, data): writes with the GIL released, from a private copy of
// the data (another thread may change a bytearray meanwhile).
Object* posix_write(Object* module, Object* const* args, ssize nargs) {
  if (!check_positional("write", nargs, 2, 2)) return nullptr;
  int fd;
  if (!arg_to_int(args[0], &fd)) return nullptr;
  std::string_view view;
  if (!bytes_like_view(args[1], &view)) return nullptr;
  std::string data(view);
  ssize_t n;
  int err;
  do {
    GilReleased released;
    n = ::write(fd, data.data(), data.size());
    err = errno;
  } while (n < 0 && err == EINTR);
  if (n < 0) {
    errno = err;
    return os_error(nullptr);
  }
  return int_from_i64(n);
}

Object* posix_cpu_count(Object* module) {
  long n = ::sysconf(_SC_NPROCESSORS_ONLN);
  if (n < 1) return newref(None);
  return int_from_i64(n);
}

Object* posix_strerror(Object* module, Object* arg) {
  int code;
  if (!arg_to_int(arg, &code)) return nullptr;
  return str_from_cstr(std::strerror(code));
}

Object* posix_exit(Object* module, Object* arg) {
  int code;
  if (!arg_to_int(arg, &code)) return nullptr;
  std::_Exit(code);
}

Object* posix_environ() {
  Object* d = dict_new();
  if (!d) return nullptr;
  for (char** e = environ; e && *e; ++e) {
    std::string entry = *e;
    size_t eq = entry.find('=');
    if (eq == std::string::npos) continue;
    Object* k = str_from_utf8(entry.substr(0, eq));
    Object* v = str_from_utf8(entry.substr(eq + 1));
    if (!k || !v || dict_set_item(d, k, v) < 0) {
      xdecref(k);
      xdecref(v);
      decref(d);
      return nullptr;
    }
    decref(k);
    decref(v);
  }
  return d;
}

MethodDef posix_functions[] = {
    MethodDef("getcwd", static_cast<NoArgsMethod>(posix_getcwd)),
    MethodDef("chdir", static_cast<OneArgMethod>(posix_chdir)),
    MethodDef("listdir", static_cast<FastMethod>(posix_listdir)),
    MethodDef("stat", static_cast<OneArgMethod>(posix_stat)),
    MethodDef("lstat", static_cast<OneArgMethod>(posix_lstat)),
    MethodDef("remove", static_cast<OneArgMethod>(posix_remove)),
    MethodDef("unlink", static_cast<OneArgMethod>(posix_remove)),
    MethodDef("rmdir", static_cast<OneArgMethod>(posix_rmdir)),
    MethodDef("mkdir", static_cast<FastMethod>(posix_mkdir)),
    MethodDef("rename", static_cast<FastMethod>(posix_rename)),
    MethodDef("access", static_cast<FastMethod>(posix_access)),
    MethodDef("getpid", static_cast<NoArgsMethod>(posix_getpid)),
    MethodDef("read", static_cast<FastMethod>(posix_read)),
    MethodDef("write", static_cast<FastMethod>(posix_write)),
    MethodDef("urandom", static_cast<OneArgMethod>(posix_urandom)),
    MethodDef("cpu_count", static_cast<NoArgsMethod>(posix_cpu_count)),
    MethodDef("strerror", static_cast<OneArgMethod>(posix_strerror)),
    MethodDef("_exit", static_cast<OneArgMethod>(posix_exit)),
    {},
};

// ---- time ----------------------------------------------------------------------------

double clock_seconds(clockid_t id) {
  struct timespec ts;
  clock_gettime(id, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

Object* time_time(Object* module) { return float_from_double(clock_seconds(CLOCK_REALTIME)); }
Object* time_time_ns(Object* module) {
  struct timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  return int_from_i64(static_cast<int64_t>(ts.tv_sec) * 1000000000LL + ts.tv_nsec);
}
Object* time_monotonic(Object* module) { return float_from_double(clock_seconds(CLOCK_MONOTONIC)); }
Object* time_monotonic_ns(Object* module) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return int_from_i64(static_cast<int64_t>(ts.tv_sec) * 1000000000LL + ts.tv_nsec);
}
Object* time_process_time(Object* module) { return float_from_double(clock_seconds(CLOCK_PROCESS_CPUTIME_ID)); }

Object* time_sleep(Object* module, Object* arg) {
  double secs = float_as_double(arg);
  if (secs == -1.0 && error_occurred()) return nullptr;
  if (secs < 0) {
    set_error(&exc::ValueError, "sleep length must be non-negative");
    return nullptr;
  }
  struct timespec ts;
  ts.tv_sec = static_cast<time_t>(secs);
  ts.tv_nsec = static_cast<long>((secs - static_cast<double>(ts.tv_sec)) * 1e9);
  {
    GilReleased released;
    while (nanosleep(&ts, &ts) != 0 && errno == EINTR) {
    }
  }
  return newref(None);
}

Type* struct_time_type = nullptr;

Object* make_struct_time(const struct tm& t) {
  return structseq_new(struct_time_type,
                       {int_from_i64(t.tm_year + 1900), int_from_i64(t.tm_mon + 1), int_from_i64(t.tm_mday),
                        int_from_i64(t.tm_hour), int_from_i64(t.tm_min), int_from_i64(t.tm_sec),
                        int_from_i64((t.tm_wday + 6) % 7), int_from_i64(t.tm_yday + 1), int_from_i64(t.tm_isdst)});
}

bool time_arg(Object* const* args, ssize nargs, time_t* out) {
  if (nargs == 0 || args[0] == None) {
    *out = ::time(nullptr);
    return true;
  }
  double d = float_as_double(args[0]);
  if (d == -1.0 && error_occurred()) return false;
  *out = static_cast<time_t>(d);
  return true;
}

Object* time_localtime(Object* module, Object* const* args, ssize nargs) {
  if (!check_positional("localtime", nargs, 0, 1)) return nullptr;
  time_t t;
  if (!time_arg(args, nargs, &t)) return nullptr;
  struct tm tm;
  localtime_r(&t, &tm);
  return make_struct_time(tm);
}

Object* time_gmtime(Object* module, Object* const* args, ssize nargs) {
  if (!check_positional("gmtime", nargs, 0, 1)) return nullptr;
  time_t t;
  if (!time_arg(args, nargs, &t)) return nullptr;
  struct tm tm;
  gmtime_r(&t, &tm);
  return make_struct_time(tm);
}

bool tm_from_tuple(Object* tup, struct tm* tm) {
  Object* t = sequence_tuple(tup);
  if (!t) return false;
  if (tuple_size(t) < 9) {
    decref(t);
    set_error(&exc::TypeError, "function takes exactly 9 arguments");
    return false;
  }
  int v[9];
  for (int i = 0; i < 9; ++i) {
    if (!arg_to_int(tuple_item(t, i), &v[i])) {
      decref(t);
      return false;
    }
  }
  decref(t);
  *tm = {};
  tm->tm_year = v[0] - 1900;
  tm->tm_mon = v[1] - 1;
  tm->tm_mday = v[2];
  tm->tm_hour = v[3];
  tm->tm_min = v[4];
  tm->tm_sec = v[5];
  tm->tm_wday = (v[6] + 1) % 7;
  tm->tm_yday = v[7] - 1;
  tm->tm_isdst = v[8];
  return true;
}

Object* time_strftime(Object* module, Object* const* args, ssize nargs) {
  if (!check_positional("strftime", nargs, 1, 2)) return nullptr;
  if (!is_str(args[0])) {
    return format_error(&exc::TypeError, "strftime() argument 1 must be str, not %.200s", args[0]->type->name);
  }
  struct tm tm;
  if (nargs > 1) {
    if (!tm_from_tuple(args[1], &tm)) return nullptr;
  } else {
    time_t now = ::time(nullptr);
    localtime_r(&now, &tm);
  }
  std::string fmt = str_to_std(args[0]);
  char buf[1024];
  size_t n = std::strftime(buf, sizeof buf, fmt.c_str(), &tm);
  return str_from_utf8(std::string_view(buf, n));
}

Object* time_mktime(Object* module, Object* arg) {
  struct tm tm;
  if (!tm_from_tuple(arg, &tm)) return nullptr;
  return float_from_double(static_cast<double>(::mktime(&tm)));
}

Object* time_ctime(Object* module, Object* const* args, ssize nargs) {
  if (!check_positional("ctime", nargs, 0, 1)) return nullptr;
  time_t t;
  if (!time_arg(args, nargs, &t)) return nullptr;
  struct tm tm;
  localtime_r(&t, &tm);
  char buf[64];
  size_t n = std::strftime(buf, sizeof buf, "%a %b %e %H:%M:%S %Y", &tm);
  return str_from_utf8(std::string_view(buf, n));
}

Object* time_perf_counter_ns(Object* module) { return time_monotonic_ns(module); }

MethodDef time_functions[] = {
    MethodDef("time", static_cast<NoArgsMethod>(time_time)),
    MethodDef("time_ns", static_cast<NoArgsMethod>(time_time_ns)),
    MethodDef("monotonic", static_cast<NoArgsMethod>(time_monotonic)),
    MethodDef("monotonic_ns", static_cast<NoArgsMethod>(time_monotonic_ns)),
    MethodDef("perf_counter", static_cast<NoArgsMethod>(time_monotonic)),
    MethodDef("perf_counter_ns", static_cast<NoArgsMethod>(time_perf_counter_ns)),
    MethodDef("process_time", static_cast<NoArgsMethod>(time_process_time)),
    MethodDef("sleep", static_cast<OneArgMethod>(time_sleep)),
    MethodDef("localtime", static_cast<FastMethod>(time_localtime)),
    MethodDef("gmtime", static_cast<FastMethod>(time_gmtime)),
    MethodDef("strftime", static_cast<FastMethod>(time_strftime)),
    MethodDef("mktime", static_cast<OneArgMethod>(time_mktime)),
    MethodDef("ctime", static_cast<FastMethod>(time_ctime)),
    {},
};

}  // namespace

Object* posix_module_create() {
  if (!stat_result_type) {
    stat_result_type = structseq_new_type(
        "os.stat_result", {"st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime",
                           "st_mtime", "st_ctime"});
    if (!stat_result_type) return nullptr;
  }
  Object* m = module_new_cstr("posix");
  if (!m) return nullptr;
  as_module(m)->md_builtin = true;
  if (module_add_functions(m, posix_functions) < 0) {
    decref(m);
    return nullptr;
  }
  Object* env = posix_environ();
  if (!env || module_add_object(m, "environ", env) < 0 ||
      module_add_object(m, "stat_result", static_cast<Object*>(stat_result_type)) < 0) {
    xdecref(env);
    decref(m);
    return nullptr;
  }
  decref(env);
  return m;
}

Object* time_module_create() {
  if (!struct_time_type) {
    struct_time_type = structseq_new_type(
        "time.struct_time", {"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday",
                             "tm_isdst"});
    if (!struct_time_type) return nullptr;
  }
  Object* m = module_new_cstr("time");
  if (!m) return nullptr;
  as_module(m)->md_builtin = true;
  if (module_add_functions(m, time_functions) < 0 ||
      module_add_object(m, "struct_time", static_cast<Object*>(struct_time_type)) < 0) {
    decref(m);
    return nullptr;
  }
  // The local time zone as CPython's init_timezone finds it: the offsets
  // (seconds west of UTC) and names of January and July of this year.
  {
    ::tzset();
    std::time_t now = std::time(nullptr);
    struct tm here;
    ::localtime_r(&now, &here);
    int year = here.tm_year;
    struct tm jan{}, jul{};
    jan.tm_year = year;
    jan.tm_mday = 1;
    jul.tm_year = year;
    jul.tm_mon = 6;
    jul.tm_mday = 1;
    std::time_t jan_t = ::timegm(&jan);
    std::time_t jul_t = ::timegm(&jul);
    struct tm jan_local, jul_local;
    ::localtime_r(&jan_t, &jan_local);
    ::localtime_r(&jul_t, &jul_local);
    long jan_west = -jan_local.tm_gmtoff;
    long jul_west = -jul_local.tm_gmtoff;
    const char* jan_name = jan_local.tm_zone ? jan_local.tm_zone : "";
    const char* jul_name = jul_local.tm_zone ? jul_local.tm_zone : "";
    long timezone_v, altzone_v;
    const char* std_name;
    const char* dst_name;
    if (jan_west < jul_west) {  // southern hemisphere: DST in January
      timezone_v = jul_west;
      altzone_v = jan_west;
      std_name = jul_name;
      dst_name = jan_name;
    } else {
      timezone_v = jan_west;
      altzone_v = jul_west;
      std_name = jan_name;
      dst_name = jul_name;
    }
    Object* names = tuple_new(2);
    Object* n0 = str_from_cstr(std_name);
    Object* n1 = str_from_cstr(dst_name);
    bool ok = names && n0 && n1;
    if (ok) {
      tuple_set_item(names, 0, n0);
      tuple_set_item(names, 1, n1);
    } else {
      xdecref(n0);
      xdecref(n1);
    }
    Object* tz = ok ? int_from_i64(timezone_v) : nullptr;
    Object* alt = ok ? int_from_i64(altzone_v) : nullptr;
    Object* daylight = ok ? int_from_i64(jan_west != jul_west ? 1 : 0) : nullptr;
    ok = ok && tz && alt && daylight && module_add_object(m, "timezone", tz) == 0 &&
         module_add_object(m, "altzone", alt) == 0 && module_add_object(m, "daylight", daylight) == 0 &&
         module_add_object(m, "tzname", names) == 0;
    xdecref(tz);
    xdecref(alt);
    xdecref(daylight);
    xdecref(names);
    if (!ok) {
      decref(m);
      return nullptr;
    }
  }
  return m;
}

}  // namespace glasspy
