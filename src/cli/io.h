// io.h: whole-file reading and writing for the CLI ("-" is stdin / stdout). Output files are
// written in one go after all work succeeded, so a failed run never leaves half a result.
#pragma once

#include <string>

namespace sw::cli {

// Reads all of `path` ("-": stdin). On failure returns false and sets `error` (with the reason).
bool read_all(const std::string& path, std::string& out, std::string& error);
// Writes `text` to `path` ("-": stdout) via a temporary file next to it, then renames.
bool write_all(const std::string& path, const std::string& text, std::string& error);

}  // namespace sw::cli
