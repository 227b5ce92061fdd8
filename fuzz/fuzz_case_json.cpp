// libFuzzer target: parse_case_json() on arbitrary bytes against the built-in Dutch catalogue,
// then evaluate() and result_to_json() on every case it accepts. It must never crash or trip a
// sanitizer; a refused case must name a reason; an accepted case must pass check_case().
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "builtin_catalogue.h"
#include "stapelwijzer/engine.h"
#include "stapelwijzer/rules.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    sw::Diagnostic error;
    auto c = sw::parse_case_json(text, swfuzz::builtin_catalogue(), error);
    if (!c) {
        if (error.message.empty()) std::abort();
        return 0;
    }
    if (sw::check_case(swfuzz::builtin_catalogue(), *c)) std::abort();
    sw::EvaluateOptions fast{false, false};  // keep each run short; the best case is fuzzed elsewhere
    const sw::Result r = sw::evaluate(swfuzz::builtin_catalogue(), *c, fast);
    (void)sw::result_to_json(r, sw::RulesInfo{}, false);
    return 0;
}
