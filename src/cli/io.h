// io.h: whole-file reading and writing for the CLI ("-" is stdin / stdout). Output files are
// written in one go after all work succeeded, so a failed run never leaves half a result.
#pragma once

#include <cstdint>
#include <cstdio>
#include <functional>
#include <limits>
#include <string>
#include <string_view>

namespace sw::cli {

// Reads all of `path` ("-": stdin). A file larger than `max_bytes` is refused before it is read.
// On failure returns false and sets `error` ("PATH: cannot read (reason)", "PATH: N bytes, more
// than the limit of M").
bool read_all(const std::string& path, std::string& out, std::string& error,
              std::uint64_t max_bytes = std::numeric_limits<std::uint64_t>::max());
// Writes `text` to `path` ("-": stdout) via a temporary file next to it, then renames, so a
// reader never sees half a file. On failure sets `error` ("PATH: cannot write (reason)").
bool write_all(const std::string& path, const std::string& text, std::string& error);

// Reads `path` ("-": stdin) in chunks of `chunk` bytes, calling `each` for every chunk, so a file
// of any size is read in constant memory (`stapelwijzer batch`). `each` returns false to stop.
bool read_chunks(const std::string& path, std::size_t chunk,
                 const std::function<bool(std::string_view)>& each, std::string& error);

// An output written piece by piece: to stdout at once, or to a temporary file next to `path` that
// commit() renames into place, so a reader never sees half a file and a failed run leaves none.
class StreamOut {
public:
    bool open(const std::string& path, std::string& error);
    bool write(std::string_view text);
    bool flush();                     // what is written so far reaches the reader (a pipe) now
    bool commit(std::string& error);  // flushes; renames the temporary file
    ~StreamOut();                     // not committed: the temporary file is removed

private:
    std::string path_, tmp_;
    std::FILE* file_ = nullptr;
    bool failed_ = false;
};

}  // namespace sw::cli
