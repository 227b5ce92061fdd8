// Compiled-in root keys (see root_keys.h). The development keys below have their secret keys in
// rules-data/dev-keys/ for anyone to use: they prove nothing about who wrote the rules.
#include "root_keys.h"

namespace sw::root_keys {
namespace {

// rules-data/dev-keys/root-{1,2,3}.pub (development only).
const char* const kDevelopmentKeys[] = {
    "RWQKW2bX6jRaYQquvSFjxW102vMnn0XanLPP27kI9YUi7VH3rfpwsZGU",
    "RWSqYidevI3D8vu05ZM/RhIf7kDhB8b8pytBaHdFO69W8MtugygM4M3/",
    "RWSJex5Chc+3duK6U0WxwpYxQgnrRQssvstoTWV1C+08N8V8D/cn8ERB",
};

// Set from the CMake cache (src/rules/CMakeLists.txt): comma-separated key lines.
#ifndef SW_ROOT_KEYS
#define SW_ROOT_KEYS ""
#endif
#ifndef SW_ROOT_THRESHOLD
#define SW_ROOT_THRESHOLD 2
#endif
#ifndef SW_MIN_RULES_VERSION
#define SW_MIN_RULES_VERSION "2026.11.1"
#endif

}  // namespace

bool development() { return std::string(SW_ROOT_KEYS).empty(); }

std::vector<std::string> keys() {
    if (development()) return {std::begin(kDevelopmentKeys), std::end(kDevelopmentKeys)};
    std::vector<std::string> out;
    const std::string list = SW_ROOT_KEYS;
    std::size_t start = 0;
    while (start <= list.size()) {
        const std::size_t comma = list.find(',', start);
        const std::string key = list.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
        if (!key.empty()) out.push_back(key);
        if (comma == std::string::npos) break;
        start = comma + 1;
    }
    return out;
}

int threshold() { return SW_ROOT_THRESHOLD; }

std::string min_bundle_version() { return SW_MIN_RULES_VERSION; }

}  // namespace sw::root_keys
