// rules_load.h: load_catalogue() from fragments already parsed into json::Documents, for callers
// that parse the text themselves (bench/bench_json_parsers.cpp measures other JSON parsers feeding
// the same rules reader). Reads, merges and compiles exactly as load_catalogue() does.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "json/json_value.h"
#include "stapelwijzer/catalogue.h"

namespace sw {

struct ParsedRulesFile {
    std::string name;  // the file name, for messages
    json::Document doc;
};

std::shared_ptr<const Catalogue> load_parsed_catalogue(std::vector<ParsedRulesFile> files,
                                                       std::vector<Diagnostic>& errors);

}  // namespace sw
