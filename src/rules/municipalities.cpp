// municipalities.cpp: reading the dated municipality list and checking a name against it
// (municipalities.h). A name the list has is judged by its dates; a name it lacks is an error only
// when the list is complete or when it is a known name written another way ("Hengelo (O)").
#include "rules/municipalities.h"

#include <algorithm>
#include <cctype>

#include "json/json_read.h"
#include "json/json_value.h"
#include "json_rules_context.h"

namespace sw::rules {

namespace {

using json::Value;

// Lower case, letters and digits only, without a parenthesised part: "Hengelo (O)" -> "hengelo".
std::string folded(std::string_view name) {
    std::string out;
    int depth = 0;
    for (char ch : name) {
        if (ch == '(')
            ++depth;
        else if (ch == ')')
            depth = std::max(0, depth - 1);
        else if (depth == 0 && std::isalnum(static_cast<unsigned char>(ch)))
            out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(ch))));
        else if (depth == 0 && static_cast<unsigned char>(ch) >= 0x80)
            out.push_back(ch);  // keep UTF-8 letters (Súdwest-Fryslân) as they are
    }
    return out;
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = up;
        }
    }
    return row[b.size()];
}

// 'A', 'B' and 'C' (or `last` instead of "and").
std::string quoted_list(const std::vector<std::string>& names, const char* last = " and ") {
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i)
        out += (i == 0 ? "" : i + 1 == names.size() ? last : ", ") + ("'" + names[i] + "'");
    return out;
}

}  // namespace

const Municipality* MunicipalityList::find(std::string_view name) const {
    for (const Municipality& m : entries)
        if (m.name == name) return &m;
    return nullptr;
}

std::optional<MunicipalityList> parse_municipality_list(const std::string& text,
                                                        std::vector<Diagnostic>& out) {
    const std::size_t before = out.size();
    std::string why;
    auto doc = json::parse(text, why);
    if (!doc) {
        out.push_back(Diagnostic{"", "not valid JSON: " + why});
        return std::nullopt;
    }
    json::Errors errors(out, "");
    const Value& root = doc->root();
    MunicipalityList list;
    if (!json::check_object(root, "", {"format", "as_of", "complete", "covers", "sources", "municipalities"},
                            errors))
        return std::nullopt;
    if (auto x = json::required(root, "", "format", errors))
        json::read_enum(*x, "format", {"stapelwijzer-municipalities/1"}, errors);
    if (auto x = json::required(root, "", "as_of", errors))
        if (auto d = json::read_date(*x, "as_of", errors)) list.as_of = *d;
    if (auto x = json::required(root, "", "complete", errors))
        if (auto b = json::read_bool(*x, "complete", errors)) list.complete = *b;
    const Value* sources = json::required(root, "", "sources", errors);
    std::size_t source_count = 0;
    if (sources && (!sources->is_array() || sources->items().empty()))
        errors.add("sources", json::wrong_type("a non-empty list of sources", *sources));
    else if (sources)
        for (std::size_t i = 0; i < sources->items().size(); ++i)
            if (read_source(sources->items()[i], json::item("sources", i), errors)) ++source_count;
    const json::Path list_path("municipalities");  // a Path refers to its parent: keep it alive
    if (auto x = json::required(root, "", "municipalities", errors)) {
        if (!x->is_array())
            errors.add("municipalities", json::wrong_type("a list", *x));
        else
            for (std::size_t i = 0; i < x->items().size(); ++i) {
                const json::Path p = json::item(list_path, i);
                const Value& e = x->items()[i];
                if (!json::check_object(e, p, {"name", "from", "to", "merged_into", "source"}, errors))
                    continue;
                Municipality m;
                if (auto n = json::required(e, p, "name", errors))
                    if (auto s = json::read_string(*n, json::member(p, "name"), errors)) m.name = *s;
                if (auto f = e.find("from"); f && !f->is_null())
                    m.from = json::read_date(*f, json::member(p, "from"), errors);
                if (auto t = e.find("to"); t && !t->is_null())
                    m.to = json::read_date(*t, json::member(p, "to"), errors);
                if (m.from && m.to && *m.to < *m.from) errors.add(p, "is inverted: 'to' is before 'from'");
                if (auto mi = e.find("merged_into")) {
                    if (!mi->is_array())
                        errors.add(json::member(p, "merged_into"), json::wrong_type("a list", *mi));
                    else
                        for (std::size_t j = 0; j < mi->items().size(); ++j)
                            if (auto s = json::read_string(
                                    mi->items()[j], json::item(json::member(p, "merged_into"), j), errors))
                                m.merged_into.push_back(*s);
                    if (!m.to)
                        errors.add(json::member(p, "merged_into"),
                                   "needs 'to' (the last day of the municipality)");
                }
                if (auto s = json::required(e, p, "source", errors))
                    json::read_whole(*s, json::member(p, "source"), errors, 0,
                                     static_cast<std::int64_t>(source_count == 0 ? 0 : source_count - 1));
                if (!m.name.empty() && list.find(m.name))
                    errors.add(json::member(p, "name"), "'" + m.name + "' is listed twice");
                list.entries.push_back(std::move(m));
            }
    }
    for (const Municipality& m : list.entries)
        for (const std::string& target : m.merged_into)
            if (!list.find(target))
                out.push_back(Diagnostic{"municipalities", "'" + m.name + "' merged into '" + target +
                                                               "', which is not in the list"});
    if (out.size() != before) return std::nullopt;
    return list;
}

const MunicipalityList& dutch_municipalities() {
    static const MunicipalityList list = [] {
        std::vector<Diagnostic> errors;
        auto parsed = parse_municipality_list(std::string(dutch_municipalities_json()), errors);
        // The build checks the file (tests/rules/unit-municipalities.cpp); an empty list judges nothing.
        return parsed ? *parsed : MunicipalityList{};
    }();
    return list;
}

std::optional<MunicipalityFinding> check_municipality(const MunicipalityList& list, const std::string& name,
                                                      Date from, std::optional<Date> to) {
    if (list.entries.empty()) return std::nullopt;
    if (const Municipality* m = list.find(name)) {
        if (m->from && from < *m->from)
            return MunicipalityFinding{true, "'" + name + "' is not a municipality on " +
                                                 format_iso_date(from) + ": it exists from " +
                                                 format_iso_date(*m->from)};
        if (m->to && (!to || *to > *m->to)) {
            // The first day of the window on which it is gone (the window may start after that).
            const Date gone{m->to->days + 1};
            std::string why = "'" + name + "' is not a municipality on " + format_iso_date(std::max(from, gone));
            if (!m->merged_into.empty())
                why += ": since " + format_iso_date(gone) + " it is part of " + quoted_list(m->merged_into);
            else
                why += ": it ended on " + format_iso_date(*m->to);
            return MunicipalityFinding{true, why};
        }
        return std::nullopt;
    }
    // Not in the list: a known name written another way is a mistake whatever the list covers.
    // Every name at the smallest distance is suggested: "Bergen" is both "Bergen (L)" and "Bergen (NH)".
    const std::string key = folded(name);
    std::vector<std::string> nearest;
    std::size_t best = 3;  // suggest within two edits only
    for (const Municipality& m : list.entries) {
        const std::string other = folded(m.name);
        const std::size_t d = !key.empty() && other == key ? 0 : edit_distance(key, other);
        if (d < best) {
            best = d;
            nearest.clear();
        }
        if (d == best && d < 3) nearest.push_back(m.name);
    }
    const bool error = list.complete || best == 0;
    std::string why =
        list.complete || best == 0
            ? "'" + name + "' is not a municipality on " + format_iso_date(from) +
                  " (not in the list of Dutch municipalities of " + format_iso_date(list.as_of) + ")"
            : "'" + name + "' is not in the list of Dutch municipalities of " + format_iso_date(list.as_of) +
                  " (rules-data/nl/municipalities.json covers only part of them): check the name";
    if (!nearest.empty()) why += "; did you mean " + quoted_list(nearest, " or ") + "?";
    return MunicipalityFinding{error, why};
}

}  // namespace sw::rules
