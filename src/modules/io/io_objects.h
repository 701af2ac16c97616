// The `_io` module's object layouts and the helpers its files share.
//
// Every _io object begins with IOBaseObject (instance __dict__, weak
// references, _IOBase's own closed flag), so a Python class may derive from
// any of them and the generic _IOBase methods can run on all of them.  The
// class families each live in a file of their own: iobase.cpp (the four
// abstract bases), fileio.cpp, bytesio.cpp, stringio.cpp, buffered.cpp,
// textio.cpp (TextIOWrapper and IncrementalNewlineDecoder), io_module.cpp
// (open(), the module object).  Invariant: an object whose `ok` flag is false
// was never initialised (or failed to be) and refuses every operation.
#pragma once

#include <cstdint>
#include <string>

#include "objects/object.h"

namespace glasspy {

struct Buffer;

extern Type IOBaseType;          // _io._IOBase
extern Type RawIOBaseType;       // _io._RawIOBase
extern Type BufferedIOBaseType;  // _io._BufferedIOBase
extern Type TextIOBaseType;      // _io._TextIOBase
extern Type FileIOType;
extern Type BytesIOType;
extern Type StringIOType;
extern Type BufferedReaderType;
extern Type BufferedWriterType;
extern Type BufferedRandomType;
extern Type BufferedRWPairType;
extern Type TextIOWrapperType;
extern Type IncrementalNewlineDecoderType;

constexpr ssize kDefaultBufferSize = 8192;

struct IOBaseObject : Object {
  Object* dict;
  Object* weaklist;
  bool iobase_closed;  // set by _IOBase.close()
};

struct FileIOObject : IOBaseObject {
  int fd;
  bool created, readable, writable, appending;
  signed char seekable;  // -1: not yet known
  bool closefd;
  ssize blksize;
};

struct BytesIOObject : IOBaseObject {
  std::string* buf;  // null once closed
  ssize pos;
  ssize exports;     // live getbuffer() views: no resizing meanwhile
};

struct StringIOObject : IOBaseObject {
  std::u32string* buf;  // null once closed
  ssize pos;
  bool ok;
  bool translate;       // newline=None: "\r\n"/"\r" become "\n" on write
  bool universal;       // newline None or '': readline splits at any ending
  Object* writenl;      // str to write for "\n", or null (no translation)
  Object* readnl;       // the newline argument (str) or null for None
  int seennl;           // kinds of newlines seen (for .newlines), bits CR=1 LF=2 CRLF=4
};

struct BufferedObject : IOBaseObject {
  Object* raw;
  bool ok, detached, readable, writable;
  bool raw_is_fileio;   // raw is an exact FileIO: call it directly
  ssize buffer_size;
  std::string* rbuf;    // read ahead; rbuf[rpos:] not yet consumed
  ssize rpos;
  std::string* wbuf;    // written, not yet sent to raw
  int64_t raw_pos;      // raw stream position, -1 when unknown
};

struct RWPairObject : IOBaseObject {
  Object* reader;
  Object* writer;
};

struct TextIOObject : IOBaseObject {
  Object* buffer;
  Object* encoding;     // str
  Object* errors;       // str
  Object* readnl;       // newline argument (str) or null for None
  Object* writenl_obj;  // str written for "\n", or null
  Object* decoded;      // str decoded and not yet fully consumed, or null
  ssize decoded_pos;
  int codec;            // TextCodec (textio.cpp)
  bool ok, detached;
  bool line_buffering, write_through;
  bool readuniversal, readtranslate, writetranslate;
  bool telling;         // false while iterating: tell() is refused, as in CPython
  bool bom_pending;     // utf-16/utf-8-sig: a BOM is still to be read/written
  bool little_endian;   // utf-16 byte order
  int seennl;
  bool buffer_is_native;  // buffer is an exact Buffered* object of ours
  bool buffer_is_fileio;  // buffer is an exact FileIO (unbuffered standard streams)
  std::string* pending_out;  // encoded output not yet handed to the buffer
  std::string* snapshot;     // the bytes `decoded` came from
  std::string* undecoded;    // bytes read but not decodable yet (partial char)
  int64_t snapshot_pos;      // buffer position where `snapshot` starts (-1: unknown)
  ssize chunk_size;
};

struct NewlineDecoderObject : Object {
  Object* decoder;  // None or an incremental decoder
  bool translate;
  bool pendingcr;
  int seennl;
};

// io.UnsupportedOperation (set up by the module).
extern Object* unsupported_operation;

// Raises UnsupportedOperation(message); returns null.
Object* io_unsupported(const char* message);
// A size argument that may be None (CPython's optional-ssize converter):
// None leaves *out alone, an integer (or __index__) sets it; anything else
// is refused with "argument should be integer or None, not 'T'".
bool io_size_or_none(Object* arg, ssize* out);
// The writable buffer readinto()-style methods fill: 0, or -1 with
// "METHOD() argument must be read-write bytes-like object, not T".
int io_writable_buffer(Object* target, const char* method, Buffer* view);
// ValueError("I/O operation on closed file.") (with the period, as _IOBase words it).
Object* io_closed_error();
// self.closed as a bool: 1, 0, or -1 with an error.
int io_is_closed(Object* self);
// Raises the closed-file ValueError when self.closed; 0 or -1.
int io_check_closed(Object* self);
// Generic deallocation and GC for IOBaseObject-derived objects.
void io_finalize(Object* self);
bool io_finalize_from_dealloc(Object* self);  // false when resurrected
void io_clear_base(IOBaseObject* self);
int io_traverse_base(Object* self, visitproc visit, void* arg);
// tp_iter of the streams: self, after checking it is open.
Object* iobase_iter_self(Object* self);
// Allocation for every _io type's __new__.
Object* io_generic_new(Type* type, Object* args, Object* kwds);

// FileIO internals other files call directly.
Object* fileio_open(Object* file, const char* mode, bool closefd, Object* opener);
int fileio_read_into(FileIOObject* f, char* out, ssize n, ssize* got);  // got -1: EAGAIN
int fileio_write_data(FileIOObject* f, const char* data, ssize n, ssize* written);

// Buffered internals for TextIOWrapper and print's fast path.
int buffered_write_data(Object* self, const char* data, ssize n);
int buffered_flush_native(Object* self);
bool is_native_buffered(Object* o);

// TextIOWrapper internals for print() and the standard streams.
// Whether print() may call textio_write_str directly: an exact, writable
// TextIOWrapper over one of our own buffers or raw files.
bool textio_fast_writable(Object* self);
Object* textio_new_std(Object* buffer, const char* encoding, const char* errors, bool line_buffering,
                       bool write_through);
int textio_write_str(Object* self, Object* text);
int textio_flush(Object* self);

// Module-level: the `_io` module object.
Object* io_module_create();

}  // namespace glasspy
