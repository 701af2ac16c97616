// File objects: the standard streams and what open() returns, behaving as
// CPython's io classes do for the operations programs use.
//
//  - Text files (`_io.TextIOWrapper`): str in and out, UTF-8, universal
//    newlines when reading ("\r\n" and "\r" read as "\n").  sys.stdout is
//    block-buffered unless it is a terminal (as CPython's is when it writes
//    to a pipe); sys.stderr is written through, with backslashreplace for
//    what UTF-8 cannot encode.
//  - Binary files (`_io.BufferedReader` / `BufferedWriter` /
//    `BufferedRandom`): bytes in and out.
// Output is kept in out_buffer until flushed (at 8 KiB, a newline when
// line-buffered, flush(), close(), seek() or deallocation); input read
// ahead waits in in_buffer.
#pragma once

#include <string>
#include <string_view>

#include "objects/object.h"

namespace glasspy {

extern Type TextStreamType;
extern Type BufferedReaderType;
extern Type BufferedWriterType;
extern Type BufferedRandomType;

struct TextStreamObject : Object {
  int fd;
  bool readable;
  bool writable;
  bool line_buffering;
  bool write_through;  // every write goes straight to the descriptor (PYTHONUNBUFFERED)
  bool closed;
  bool backslashreplace;
  bool binary;
  bool owns_fd;       // close() closes the descriptor
  bool universal;     // translate "\r\n" and "\r" when reading text
  bool pending_cr;    // a "\r" ended the last chunk read (may pair with "\n")
  Object* name;       // str (or int for a descriptor)
  std::string* mode;
  std::string* encoding;
  std::string* out_buffer;
  std::string* in_buffer;
  bool eof;
  Object* dict;
};

inline bool is_text_stream(Object* o) { return o->type == &TextStreamType; }
bool is_file_object(Object* o);

// A text stream over a descriptor the process already has (the standard
// streams).  New reference.
Object* text_stream_new(int fd, const char* name, bool readable, bool writable, bool line_buffering,
                        bool backslashreplace);

// open(file, mode, ..., encoding, ...): new reference or null with OSError /
// ValueError set as CPython's.
Object* file_open(Object* file, Object* mode, Object* encoding, Object* newline);

// Appends UTF-8 text (already encoded) to the stream's output.  0 or -1.
int text_stream_write_utf8(Object* stream, std::string_view text);
// Writes a str object (encoding it).  0 or -1.
int text_stream_write_str(Object* stream, Object* str);
// Sends pending output to the descriptor.  0 or -1 (OSError set).
int text_stream_flush(Object* stream);
// One line (with its newline) or "" at end of file; new reference.
Object* text_stream_readline(Object* stream);

}  // namespace glasspy
