// rule_fragments.cpp: picks a bundle's catalogue fragments (stapelwijzer/bundle.h).
#include <algorithm>

#include "manifest.h"
#include "stapelwijzer/bundle.h"

namespace sw {

std::vector<RulesFile> rule_fragments(std::vector<RulesFile> bundle_files) {
    auto is_fragment = [](const RulesFile& f) {
        const std::string& n = f.name;
        return n.size() > 5 && n.compare(n.size() - 5, 5, ".json") == 0 && n != manifest::kFileName;
    };
    bundle_files.erase(std::remove_if(bundle_files.begin(), bundle_files.end(),
                                      [&](const RulesFile& f) { return !is_fragment(f); }),
                       bundle_files.end());
    return bundle_files;
}

}  // namespace sw
