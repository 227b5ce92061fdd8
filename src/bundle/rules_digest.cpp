// rules_digest.cpp: a bundle's fingerprint (stapelwijzer/bundle.h), the run-time twin of the one
// cmake/embed_files.cmake writes into every build as builtin_rules_digest().
#include <algorithm>

#include "bundle/manifest.h"
#include "stapelwijzer/bundle.h"

namespace sw {

std::string rules_digest(const std::vector<BundleFile>& files) {
    std::vector<std::string> lines;
    lines.reserve(files.size());
    for (const BundleFile& f : files)
        lines.push_back(f.name + " " + manifest::hash_hex(manifest::HashAlgorithm::Sha256, f.bytes) + "\n");
    std::sort(lines.begin(), lines.end());
    std::string all;
    for (const std::string& line : lines) all += line;
    return manifest::hash_hex(manifest::HashAlgorithm::Sha256, all);
}

}  // namespace sw
