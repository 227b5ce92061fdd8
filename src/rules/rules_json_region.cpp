// rules_json_region.cpp: one entry of a fragment's `regions` list (docs/rules-format.md "Regions"):
// a named, dated set of municipalities that any fragment's leaf on person.municipality may use;
// and the `valid` object it shares with schemes.
#include <set>

#include "json_rules_context.h"

namespace sw::rules {

using json::Value;

void read_valid(const Value& v, const json::Path& path, json::Errors& errors, Date& from,
                std::optional<Date>& to) {
    if (!json::check_object(v, path, {"from", "to"}, errors)) return;
    if (auto f = json::required(v, path, "from", errors))
        if (auto d = json::read_date(*f, json::member(path, "from"), errors)) from = *d;
    if (auto t = v.find("to"); t && !t->is_null())
        if (auto d = json::read_date(*t, json::member(path, "to"), errors)) {
            to = *d;
            if (*d < from) errors.add(json::member(path, "to"), "is before valid.from");
        }
}

std::optional<Region> read_region(const Value& v, const json::Path& path, json::Errors& errors) {
    const std::size_t errors_before = errors.count();
    if (!json::check_object(v, path, {"id", "name", "valid", "municipalities", "sources"}, errors))
        return std::nullopt;
    auto field = [&](const char* key) { return json::member(path, key); };
    Region r;
    if (auto x = json::required(v, path, "id", errors))
        if (auto id = json::read_id(*x, field("id"), errors)) r.id = *id;
    if (auto x = json::required(v, path, "name", errors))
        if (auto t = json::read_text(*x, field("name"), errors, true)) r.name = *t;
    if (auto x = json::required(v, path, "valid", errors))
        read_valid(*x, field("valid"), errors, r.valid_from, r.valid_to);
    if (auto x = json::required(v, path, "municipalities", errors)) {
        const json::Path p = field("municipalities");
        if (!x->is_array() || x->items().empty()) {
            errors.add(p, json::wrong_type("a non-empty list of municipality names", *x));
        } else {
            std::set<std::string, std::less<>> seen;
            for (std::size_t i = 0; i < x->items().size(); ++i) {
                auto name = json::read_string(x->items()[i], json::item(p, i), errors);
                if (!name) continue;
                if (!seen.insert(*name).second)
                    errors.add(json::item(p, i), "'" + *name + "' is listed twice");
                else
                    r.municipalities.push_back(std::move(*name));
            }
        }
    }
    const Value* sources = v.find("sources");
    if (!sources) {
        errors.add(field("sources"), "required field is missing (every region names at least one source)");
    } else if (!sources->is_array() || sources->items().empty()) {
        errors.add(field("sources"), json::wrong_type("a non-empty list of sources", *sources));
    } else {
        for (std::size_t i = 0; i < sources->items().size(); ++i)
            if (auto s = read_source(sources->items()[i], json::item(field("sources"), i), errors))
                r.sources.push_back(std::move(*s));
    }
    if (errors.count() != errors_before) return std::nullopt;
    return r;
}

}  // namespace sw::rules
