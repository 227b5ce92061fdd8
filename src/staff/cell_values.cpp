// cell_values.cpp: cell_to_json (staff_import.h): one cell of a staff list as the JSON value of
// its contract path. Amounts go through the shared reader (src/text/euro_text.h) so the app and
// the import read "€ 1.250,50" alike; the kinds come from the engine's fact table.
#include <cctype>
#include <nlohmann/json.hpp>

#include "cell_text.h"
#include "staff_import.h"
#include "stapelwijzer/facts.h"
#include "text/date_text.h"
#include "value_names.h"

namespace sw::staff {

namespace {

// Cents as the decimal text of euros: 125050 -> "1250.50", 4200 -> "42".
std::string euros_literal(Cents cents) {
    std::string s = std::to_string(cents / 100);
    if (cents % 100) {
        const int frac = static_cast<int>(cents % 100);
        s += '.';
        s += static_cast<char>('0' + frac / 10);
        s += static_cast<char>('0' + frac % 10);
    }
    return s;
}

std::string money_reason(const text::MoneyRead& r, bool money) {
    using text::MoneyError;
    const char* what = money ? "an amount in euros" : "a number";
    switch (r.error) {
        case MoneyError::Negative:
            return std::string("must not be negative");
        case MoneyError::TooManyDecimals:
            return std::string("must be ") + what + " with at most two decimals";
        case MoneyError::Ambiguous:
            return std::string("is unclear: three digits after the separator (") +
                   euros_literal(r.as_thousands) + " or " + euros_literal(r.as_decimals) +
                   "?); write at most two decimals and no thousands separator";
        case MoneyError::BadGrouping:
            return std::string("must be ") + what + " (thousands grouped in threes)";
        case MoneyError::TooLarge:
            return std::string("is too large");
        default:
            return std::string("must be ") + what;
    }
}

bool amount(const std::string& cell, text::NumberStyle style, bool money, bool whole, std::string& json,
            std::string& error) {
    if (!money && cell.find("\xE2\x82\xAC") != std::string::npos) {
        error = "must be a number, got '" + cell + "'";
        return false;
    }
    const text::MoneyRead r = text::read_euro(cell, style);
    if (!r.cents) {
        error = money_reason(r, money) + ", got '" + cell + "'";
        return false;
    }
    if (whole && *r.cents % 100 != 0) {
        error = "must be a whole number, got '" + cell + "'";
        return false;
    }
    json = euros_literal(*r.cents);
    return true;
}

// An enumerated value: the contract's own value (any case) or a known name for it.
bool enum_value(const FactInfo& info, const std::string& cell, std::string& value, std::string& error) {
    const std::string word = lower(cell);
    for (const std::string& v : info.values)
        if (lower(v) == word) {
            value = v;
            return true;
        }
    if (auto v = value_of_name(info.path, word)) {
        value = *v;
        return true;
    }
    error = "unknown value '" + cell + "' (one of:";
    for (const std::string& v : info.values) error += " " + v;
    error += ")";
    return false;
}

bool date_value(const std::string& cell, std::string& json, std::string& error) {
    const text::DateRead r = text::read_date(cell);
    if (!r.date) {
        error = r.error == text::DateError::DoesNotExist
                    ? "must be a date that exists, got '" + cell + "'"
                    : "must be a date like 01-03-2026, got '" + cell + "'";
        return false;
    }
    json = json_text(text::iso_date(*r.date));
    return true;
}

// The items of a set cell: "ocw;nrto", "ocw, nrto", "OCW en NRTO", "ocw/nrto".
std::vector<std::string> set_items(const std::string& cell) {
    std::string s = lower(cell);
    for (const char* word : {" en ", " and "})
        for (std::size_t at; (at = s.find(word)) != std::string::npos;)
            s.replace(at, std::string(word).size(), ",");
    std::vector<std::string> out;
    std::string item;
    for (char c : s + ",") {
        if (c == ';' || c == ',' || c == '/' || c == '+') {
            if (!trim(item).empty()) out.push_back(trim(item));
            item.clear();
        } else {
            item += c;
        }
    }
    return out;
}

}  // namespace

std::string json_text(const std::string& s) {
    return nlohmann::json(s).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

bool cell_to_json(const std::string& path, const std::string& raw, text::NumberStyle style, std::string& json,
                  std::string& error) {
    const std::string cell = trim(raw);
    if (path.rfind("course.costs.", 0) == 0 || path.rfind("person.used.", 0) == 0)
        return amount(cell, style, true, false, json, error);
    if (path == "contract") return amount(cell, style, false, true, json, error);
    if (path == "person.birth_date") return date_value(cell, json, error);
    const auto fact = fact_from_path(path);
    if (!fact) {
        error = "not a field a column can fill";
        return false;
    }
    const FactInfo& info = fact_info(*fact);
    switch (info.type) {
        case FactType::Integer:
            return amount(cell, style, false, true, json, error);
        case FactType::Number:
            return amount(cell, style, false, false, json, error);
        case FactType::Boolean: {
            const auto b = boolean_of_word(lower(cell));
            if (!b) {
                error = "must be ja or nee (yes or no), got '" + cell + "'";
                return false;
            }
            json = *b ? "true" : "false";
            return true;
        }
        case FactType::Enum: {
            std::string value;
            if (!enum_value(info, cell, value, error)) return false;
            json = json_text(value);
            return true;
        }
        case FactType::Set: {
            json = "[";
            const std::string w = lower(cell);
            if (w != "geen" && w != "none")
                for (const std::string& item : set_items(cell)) {
                    std::string value;
                    if (!enum_value(info, item, value, error)) return false;
                    json += (json.size() > 1 ? "," : "") + json_text(value);
                }
            json += "]";
            return true;
        }
        case FactType::Date:
            return date_value(cell, json, error);
        case FactType::Vocabulary:
            json = json_text(lower(cell));  // sector codes are lower case; check_case() knows them
            return true;
        default:
            json = json_text(cell);
            return true;
    }
}

}  // namespace sw::staff
