// search_notes.cpp: see search_notes.h.
#include "search_notes.h"

#include <nlohmann/json.hpp>

#include "json_object.h"

namespace sw::cli {

bool parse_search_notes(const std::string& path, const std::string& text, const Catalogue& catalogue,
                        SearchNotes& out, std::string& error) {
    nlohmann::json doc;
    if (!parse_json_object(path, text, "must be an object with searched_on, schemes and funds", doc, error))
        return false;
    for (const auto& field : doc.items())
        if (field.key() != "searched_on" && field.key() != "schemes" && field.key() != "funds") {
            error = path + ": " + field.key() + ": unknown field (expected searched_on, schemes, funds)";
            return false;
        }
    const auto on = doc.find("searched_on");
    if (on == doc.end() || !on->is_string() || !parse_iso_date(on->get<std::string>())) {
        error = path + ": searched_on: must be a date as YYYY-MM-DD";
        return false;
    }
    out.searched_on = on->get<std::string>();
    if (auto s = doc.find("schemes"); s != doc.end()) {
        if (!s->is_object()) {
            error = path + ": schemes: must be an object of scheme id -> text";
            return false;
        }
        for (const auto& item : s->items()) {
            if (!catalogue.find_scheme(item.key())) {
                error = path + ": schemes." + item.key() + ": no scheme with this id in the catalogue";
                return false;
            }
            if (!item.value().is_string() || item.value().get<std::string>().empty()) {
                error = path + ": schemes." + item.key() + ": must be a non-empty text";
                return false;
            }
            out.schemes[item.key()] = item.value().get<std::string>();
        }
    }
    if (auto f = doc.find("funds"); f != doc.end()) {
        if (!f->is_array()) {
            error = path + ": funds: must be a list of texts";
            return false;
        }
        for (std::size_t i = 0; i < f->size(); ++i) {
            const auto& v = (*f)[i];
            if (!v.is_string() || v.get<std::string>().empty()) {
                error = path + ": funds[" + std::to_string(i) + "]: must be a non-empty text";
                return false;
            }
            out.funds.push_back(v.get<std::string>());
        }
    }
    return true;
}

}  // namespace sw::cli
