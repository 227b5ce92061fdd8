// libFuzzer target: parse_euro(), what the app makes of an amount someone types ("1.250,50",
// "€ 99,95", "1,250.50"). It must never crash or trip a sanitizer, and an amount it accepts must be
// whole cents from 0 up to twelve euro digits, and must come back unchanged from each way the app
// writes it: euro() and euro_input(), in Dutch and in English.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "app/format.h"
#include "app/string_table.h"

namespace {

void must_read_back(const std::string& written, sw::Cents cents) {
    const auto again = sw::app::parse_euro(written);
    if (!again || *again != cents) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    const auto cents = sw::app::parse_euro(text);
    if (!cents) return 0;
    if (*cents < 0 || *cents >= sw::Cents{100'000'000'000'000}) std::abort();
    for (const auto lang : {sw::app::Lang::Nl, sw::app::Lang::En}) {
        sw::app::set_language(lang);
        must_read_back(sw::app::euro(*cents), *cents);
        must_read_back(sw::app::euro_input(*cents), *cents);
    }
    return 0;
}
