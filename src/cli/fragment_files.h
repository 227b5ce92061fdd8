// fragment_files.h: unsigned rules fragments and scenario files straight from a folder, for the
// commands that work on rules being edited (`test --fragments`, `diff --unsigned`).
#pragma once

#include <string>
#include <vector>

#include "stapelwijzer/bundle.h"

namespace sw::cli {

// The *.json files directly in `dir`, sorted by name, without manifest.json (never a scenario or a
// fragment). False and `error` ("'DIR' is not a directory") when `dir` cannot be listed.
bool json_files(const std::string& dir, std::vector<std::string>& out, std::string& error);

// Every fragment of `dir` (json_files) read, named by its file name. False and `error` naming the
// file that could not be read.
bool read_fragment_dir(const std::string& dir, std::vector<RulesFile>& out, std::string& error);

}  // namespace sw::cli
