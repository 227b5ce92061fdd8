// libFuzzer target: load_catalogue() on arbitrary bytes, as one fragment and split into two
// fragments (so merging and cross-file references are fuzzed too). It must never crash, leak or
// trip a sanitizer, and must either return a catalogue or at least one diagnostic. If a catalogue
// loads, lint_catalogue() and lint_municipalities() run on it as well.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "stapelwijzer/rules.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    std::vector<std::vector<sw::RulesFile>> inputs = {{sw::RulesFile{"a.json", text}}};
    // A NUL byte splits the input into two fragments.
    if (auto cut = text.find('\0'); cut != std::string::npos)
        inputs.push_back(
            {sw::RulesFile{"a.json", text.substr(0, cut)}, sw::RulesFile{"b.json", text.substr(cut + 1)}});
    for (const auto& files : inputs) {
        std::vector<sw::Diagnostic> errors;
        auto catalogue = sw::load_catalogue(files, errors);
        if (!catalogue && errors.empty()) std::abort();  // refused without saying why
        if (catalogue && !errors.empty()) std::abort();  // loaded despite errors
        if (catalogue) {
            (void)sw::lint_catalogue(*catalogue);
            std::vector<sw::Diagnostic> lint_errors, lint_warnings;
            sw::lint_municipalities(*catalogue, lint_errors, lint_warnings);
        }
    }
    return 0;
}
