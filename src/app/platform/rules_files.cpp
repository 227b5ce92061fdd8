#include "platform/rules_files.h"

#include <emscripten.h>

#include <cstdlib>

namespace {

EM_JS(int, js_rules_count, (), { return Module.swRulesFiles ? Module.swRulesFiles.length : 0; });

EM_JS(char*, js_rules_name, (int i), { return allocateUTF8(Module.swRulesFiles[i].name); });

EM_JS(int, js_rules_size, (int i), { return Module.swRulesFiles[i].bytes.length; });

// Bytes, not text: the signatures and hashes cover the exact bytes (a BOM or odd byte must not
// be silently "repaired" by a text decoder).
EM_JS(void, js_rules_copy, (int i, char* out), { HEAPU8.set(Module.swRulesFiles[i].bytes, out); });

}  // namespace

namespace sw::app::rules_files {

std::vector<BundleFile> fetched() {
    std::vector<BundleFile> files;
    const int n = js_rules_count();
    for (int i = 0; i < n; ++i) {
        BundleFile f;
        char* name = js_rules_name(i);
        f.name = name;
        std::free(name);
        f.bytes.resize(static_cast<std::size_t>(js_rules_size(i)));
        if (!f.bytes.empty()) js_rules_copy(i, f.bytes.data());
        files.push_back(std::move(f));
    }
    return files;
}

}  // namespace sw::app::rules_files
