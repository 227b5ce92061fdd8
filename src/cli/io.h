// io.h: whole-file reading and writing for the CLI ("-" is stdin / stdout). Output files are
// written in one go after all work succeeded, so a failed run never leaves half a result.
#pragma once

#include <cstdint>
#include <limits>
#include <string>

namespace sw::cli {

// Reads all of `path` ("-": stdin). A file larger than `max_bytes` is refused before it is read.
// On failure returns false and sets `error` ("PATH: cannot read (reason)", "PATH: N bytes, more
// than the limit of M").
bool read_all(const std::string& path, std::string& out, std::string& error,
              std::uint64_t max_bytes = std::numeric_limits<std::uint64_t>::max());
// Writes `text` to `path` ("-": stdout) via a temporary file next to it, then renames, so a
// reader never sees half a file. On failure sets `error` ("PATH: cannot write (reason)").
bool write_all(const std::string& path, const std::string& text, std::string& error);

}  // namespace sw::cli
