// libFuzzer target: read_euro(), what the app makes of an amount someone types ("1.250,50",
// "€ 99,95", "1,250.50", "€ 2.500,-"). It must never crash or trip a sanitizer, and:
// - an amount it accepts is whole cents from 0 up to twelve euro digits, with no error set, and
//   comes back unchanged from each way the app writes it: euro() and euro_input(), Dutch and English;
// - a refused text has a reason and a message that names the field; an ambiguous one gives two
//   different readings;
// - no text is read as two different amounts by the two languages;
// - the euro sign, surrounding spaces and (for plain digits) the ending ",-" change nothing.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "app/format.h"
#include "app/string_table.h"

namespace {

using sw::app::Lang;
using sw::app::MoneyError;
using sw::app::read_euro;

void must_read_back(const std::string& written, Lang lang, sw::Cents cents) {
    const auto again = read_euro(written, lang);
    if (!again.cents || *again.cents != cents) std::abort();
}

void check_one_language(const std::string& text, Lang lang) {
    const auto r = read_euro(text, lang);
    if (r.cents.has_value() != (r.error == MoneyError::None)) std::abort();
    sw::app::set_language(lang);
    if (!r.cents) {
        const std::string msg = sw::app::money_error_message("FIELD", r);
        if (msg.rfind("FIELD: ", 0) != 0) std::abort();
        if (r.error == MoneyError::Ambiguous && r.as_thousands == r.as_decimals) std::abort();
        return;
    }
    const sw::Cents cents = *r.cents;
    if (cents < 0 || cents >= sw::Cents{100'000'000'000'000}) std::abort();
    for (const auto write_lang : {Lang::Nl, Lang::En}) {
        sw::app::set_language(write_lang);
        must_read_back(sw::app::euro(cents), write_lang, cents);
        must_read_back(sw::app::euro_input(cents), write_lang, cents);
    }
    // Decoration changes nothing.
    const auto with_sign = read_euro("\xE2\x82\xAC " + text + " ", lang);
    if (!with_sign.cents || *with_sign.cents != cents) std::abort();
    if (!text.empty() && text.size() <= 12 && text.find_first_not_of("0123456789") == std::string::npos) {
        const auto whole = read_euro(text + ",-", lang);
        if (!whole.cents || *whole.cents != cents) std::abort();
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    check_one_language(text, Lang::Nl);
    check_one_language(text, Lang::En);
    const auto nl = read_euro(text, Lang::Nl), en = read_euro(text, Lang::En);
    if (nl.cents && en.cents && *nl.cents != *en.cents) std::abort();
    return 0;
}
