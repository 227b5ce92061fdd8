// delegations.cpp: see delegations.h.
#include "delegations.h"

#include <nlohmann/json.hpp>

#include "json_object.h"

namespace sw::cli {

bool parse_delegations(const std::string& path, const std::string& text, Delegations& out,
                       std::string& error) {
    nlohmann::json doc;
    if (!parse_json_object(path, text, "must be an object of fund name -> delegation", doc, error))
        return false;
    for (const auto& item : doc.items()) {
        const std::string at = path + ": " + item.key();
        const auto& v = item.value();
        if (!v.is_object()) {
            error = at + ": must be an object";
            return false;
        }
        for (const auto& field : v.items()) {
            if (field.key() != "keys" && field.key() != "threshold" && field.key() != "prefixes" &&
                field.key() != "files") {
                error = at + "." + field.key() + ": unknown field";
                return false;
            }
        }
        manifest::Delegation d;
        d.fund = item.key();
        try {
            d.keys = v.at("keys").get<std::vector<std::string>>();
            d.threshold = v.at("threshold").get<int>();
            d.prefixes = v.at("prefixes").get<std::vector<std::string>>();
            for (const auto& f : v.at("files").get<std::vector<std::string>>()) {
                if (!out.fund_of.emplace(f, d.fund).second) {
                    error = at + ".files: " + f + " is delegated twice";
                    return false;
                }
            }
        } catch (const nlohmann::json::exception& e) {
            error = at + ": needs keys (strings), threshold (number), prefixes (strings), files (strings): " +
                    e.what();
            return false;
        }
        out.funds.push_back(std::move(d));
    }
    return true;
}

}  // namespace sw::cli
