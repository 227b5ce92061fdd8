// plan_explanation_words.cpp: money, percentages and component names as people read them.
#include "plan_explanation_words.h"

namespace sw::engine::stacking {

namespace {

// Whole euros with a thousands separator, then the decimal mark and the cents.
std::string money(Cents c, char thousands, char decimal) {
    const bool negative = c < 0;
    const std::uint64_t v = negative ? static_cast<std::uint64_t>(-(c + 1)) + 1 : static_cast<std::uint64_t>(c);
    std::string euros = std::to_string(v / 100);
    for (int i = static_cast<int>(euros.size()) - 3; i > 0; i -= 3) {
        euros.insert(static_cast<std::size_t>(i), 1, thousands);
    }
    const unsigned cents = static_cast<unsigned>(v % 100);
    std::string out = negative ? "-" : "";
    out += euros;
    out += decimal;
    out += static_cast<char>('0' + cents / 10);
    out += static_cast<char>('0' + cents % 10);
    return out;
}

// Basis points as a percentage without trailing zeros: 5000 -> "50", 4250 -> "42<mark>5".
std::string percent(std::int64_t bp, char decimal) {
    if (bp < 0) bp = 0;
    std::string out = std::to_string(bp / 100);
    std::int64_t frac = bp % 100;
    if (frac != 0) {
        out += decimal;
        out += static_cast<char>('0' + frac / 10);
        if (frac % 10 != 0) out += static_cast<char>('0' + frac % 10);
    }
    return out;
}

}  // namespace

std::string money_nl(Cents c) { return "€ " + money(c, '.', ','); }
std::string money_en(Cents c) { return "€" + money(c, ',', '.'); }
std::string percent_nl(std::int64_t bp) { return percent(bp, ',') + " %"; }
std::string percent_en(std::int64_t bp) { return percent(bp, '.') + "%"; }

Text component_words(Component c) {
    switch (c) {
        case Component::Tuition: return {"lesgeld", "tuition"};
        case Component::Exam: return {"examen", "exam"};
        case Component::Materials: return {"lesmateriaal", "materials"};
        case Component::Vat: return {"btw", "VAT"};
        case Component::Travel: return {"reiskosten", "travel"};
        case Component::WageLoss: return {"verlet (loon tijdens de opleiding)", "wage loss (pay during training)"};
    }
    return {"", ""};
}

}  // namespace sw::engine::stacking
