// batch_columns.cpp: see batch_columns.h.
#include "batch_columns.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <nlohmann/json.hpp>

#include "stapelwijzer/facts.h"
#include "stapelwijzer/types.h"

namespace sw::cli {

namespace {

CellKind cell_kind(FactType type) {
    switch (type) {
        case FactType::Integer:
        case FactType::Number:
            return CellKind::Number;
        case FactType::Boolean:
            return CellKind::Boolean;
        case FactType::Set:
            return CellKind::List;
        default:
            return CellKind::String;  // enums, vocabularies, texts and dates are written as text
    }
}

// The columns besides course.costs.* and person.used.*: every fact of the engine's fact table
// (stapelwijzer/facts.h) by its contract path, plus the two case fields that are not facts.
const std::map<std::string, CellKind>& fixed_columns() {
    static const std::map<std::string, CellKind> m = [] {
        std::map<std::string, CellKind> out = {
            {"contract", CellKind::Number},
            {"person.birth_date", CellKind::String},  // the age is computed from it (docs/contract.md)
        };
        for (int i = 0; i < kFactCount; ++i) {
            const Fact f = static_cast<Fact>(i);
            // Per-scheme and per-list answers (uses, budget_left, on_course_list) and the weeks
            // in the sector (given per year as person.weeks_in_sector) are objects: JSON Lines only.
            if (is_keyed(f) || f == Fact::PersonMinWeeksInSector5y) continue;
            const FactInfo& info = fact_info(f);
            out[info.path] = cell_kind(info.type);
        }
        return out;
    }();
    return m;
}

std::string trim(const std::string& s) {
    const auto a = s.find_first_not_of(" \t");
    if (a == std::string::npos) return "";
    return s.substr(a, s.find_last_not_of(" \t") - a + 1);
}

// JSON number grammar, so the literal goes into the case text unchanged (money is judged on it).
bool is_json_number(const std::string& s) {
    std::size_t i = 0, n = s.size();
    auto digits = [&] {
        std::size_t start = i;
        while (i < n && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
        return i > start;
    };
    if (i < n && s[i] == '-') ++i;
    if (i < n && s[i] == '0') ++i;
    else if (!digits()) return false;
    if (i < n && s[i] == '.') {
        ++i;
        if (!digits()) return false;
    }
    if (i < n && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        if (i < n && (s[i] == '+' || s[i] == '-')) ++i;
        if (!digits()) return false;
    }
    return i == n;
}

std::string quoted(const std::string& s) { return nlohmann::json(s).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace); }

}  // namespace

bool read_header(const std::vector<std::string>& header, std::vector<Column>& columns, std::string& error) {
    bool has_cost = false;
    for (std::size_t i = 0; i < header.size(); ++i) {
        const std::string name = trim(header[i]);
        const std::string where = "header, column " + std::to_string(i + 1) + " '" + name + "'";
        Column col{name, CellKind::String};
        if (auto it = fixed_columns().find(name); it != fixed_columns().end()) {
            col.kind = it->second;
        } else if (name.rfind("course.costs.", 0) == 0 && component_from_name(name.substr(13))) {
            col.kind = CellKind::Number;
            has_cost = true;
        } else if (name.rfind("person.used.", 0) == 0 && name.size() > 12) {
            col.kind = CellKind::Number;  // the id itself is checked against the catalogue per row
        } else {
            error = where + ": unknown column (use the contract's paths, e.g. person.age, course.costs.tuition)";
            return false;
        }
        for (const Column& c : columns)
            if (c.path == name) {
                error = where + ": the column appears twice";
                return false;
            }
        columns.push_back(col);
    }
    if (!has_cost) {
        error = "header: no course.costs column (e.g. course.costs.tuition); the course cost is required";
        return false;
    }
    return true;
}

bool row_to_case_json(const std::vector<Column>& columns, const std::vector<std::string>& cells, std::string& json,
                      std::string& error) {
    // Members per JSON object, in column order.
    std::vector<std::string> top, person, used, course, costs;
    bool has_contract = false;
    for (std::size_t i = 0; i < columns.size(); ++i) {
        const Column& col = columns[i];
        const std::string cell = trim(cells[i]);
        if (cell.empty()) continue;
        std::string value;
        switch (col.kind) {
            case CellKind::Number:
                if (!is_json_number(cell)) {
                    const bool comma = cell.find(',') != std::string::npos && is_json_number([&] {
                        std::string c = cell;
                        std::replace(c.begin(), c.end(), ',', '.');
                        return c;
                    }());
                    error = col.path + ": must be a number" +
                            (comma ? std::string(" with a decimal point (100.50, not 100,50)") : std::string()) +
                            ", got '" + cell + "'";
                    return false;
                }
                value = cell;
                break;
            case CellKind::Boolean:
                if (cell != "true" && cell != "false") {
                    error = col.path + ": must be true or false, got '" + cell + "'";
                    return false;
                }
                value = cell;
                break;
            case CellKind::String: value = quoted(cell); break;
            case CellKind::List: {
                value = "[";
                std::size_t start = 0;
                for (;;) {
                    const std::size_t semi = cell.find(';', start);
                    const std::string item = trim(cell.substr(start, semi == std::string::npos ? semi : semi - start));
                    if (!item.empty()) value += (value.size() > 1 ? "," : "") + quoted(item);
                    if (semi == std::string::npos) break;
                    start = semi + 1;
                }
                value += "]";
                break;
            }
        }
        const std::string& p = col.path;
        auto member = [&](std::size_t prefix) { return quoted(p.substr(prefix)) + ":" + value; };
        if (p.rfind("person.used.", 0) == 0) used.push_back(member(12));
        else if (p.rfind("person.", 0) == 0) person.push_back(member(7));
        else if (p.rfind("course.costs.", 0) == 0) costs.push_back(member(13));
        else if (p.rfind("course.", 0) == 0) course.push_back(member(7));
        else {
            has_contract = has_contract || p == "contract";
            top.push_back(member(0));
        }
    }
    auto object = [](const std::vector<std::string>& members) {
        std::string s = "{";
        for (std::size_t i = 0; i < members.size(); ++i) s += (i ? "," : "") + members[i];
        return s + "}";
    };
    if (!has_contract) top.insert(top.begin(), "\"contract\":1");
    if (!used.empty()) person.push_back("\"used\":" + object(used));
    course.insert(course.begin(), "\"costs\":" + object(costs));
    top.push_back("\"person\":" + object(person));
    top.push_back("\"course\":" + object(course));
    json = object(top);
    return true;
}

}  // namespace sw::cli
