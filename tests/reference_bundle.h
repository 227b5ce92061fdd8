// reference_bundle.h: the frozen reference bundle (rules-data/reference/bundle, the 18 schemes of
// the reference catalogue) for tests that assert exact plans, questions, reasons or scheme lists.
// Growing the real Dutch catalogue (rules-data/nl) never changes it, so those tests stay put.
// Loaded as fragments without the signature check (signing has its own tests), file by file in
// name order, as the built-in bundle is (cmake/embed_files.cmake).
#pragma once

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "stapelwijzer/rules.h"

namespace sw_test {

inline std::string reference_dir(const char* sub) {
    return std::string(SW_SOURCE_DIR) + "/rules-data/reference/" + sub;
}

// Every file of the signed reference bundle (fragments, manifest, signatures), sorted by name.
inline std::vector<sw::RulesFile> reference_bundle_files() {
    std::vector<std::filesystem::path> paths;
    for (const auto& e : std::filesystem::directory_iterator(reference_dir("bundle")))
        paths.push_back(e.path());
    std::sort(paths.begin(), paths.end());
    std::vector<sw::RulesFile> files;
    for (const auto& p : paths) {
        std::ifstream in(p, std::ios::binary);
        std::stringstream text;
        text << in.rdbuf();
        files.push_back({p.filename().string(), text.str()});
    }
    return files;
}

// The reference catalogue, compiled; nullptr (with `errors`) if it does not load.
inline std::shared_ptr<const sw::Catalogue> load_reference_catalogue(std::vector<sw::Diagnostic>& errors) {
    return sw::load_catalogue(sw::rule_fragments(reference_bundle_files()), errors);
}

}  // namespace sw_test
