// js_api_catalogue.cpp: what the rules in use contain, for a fund building its own form on the
// JavaScript API: the sectors it may put in `person.sector` and every scheme with its names,
// provider, kind and where to apply. Output JSON:
//   {"catalogue","version","sectors":[{"code","name_nl","name_en"}],
//    "schemes":[{"id","name_nl","name_en","provider","kind","fragment","apply_url","valid_from","valid_to"}]}
#include <emscripten.h>

#include <nlohmann/json.hpp>

#include "js_api_output.h"
#include "session/session.h"

extern "C" EMSCRIPTEN_KEEPALIVE int sw_api_catalogue() {
    namespace api = sw::web::api;
    const auto& planner = *sw::session::current();
    if (!planner.catalogue()) return api::finish(3, planner.refusal());
    const sw::CatalogueSpec& spec = planner.catalogue()->spec();
    nlohmann::ordered_json j;
    j["catalogue"] = spec.id;
    j["version"] = spec.version;
    j["sectors"] = nlohmann::ordered_json::array();
    for (const auto& s : spec.sectors)
        j["sectors"].push_back({{"code", s.code}, {"name_nl", s.name.nl}, {"name_en", s.name.en}});
    j["schemes"] = nlohmann::ordered_json::array();
    for (const auto& s : spec.schemes) {
        j["schemes"].push_back({{"id", s.id},
                                {"name_nl", s.name.nl},
                                {"name_en", s.name.en},
                                {"provider", s.provider},
                                {"kind", sw::kind_name(s.kind)},
                                {"fragment", s.fragment},
                                {"apply_url", s.apply_url},
                                {"valid_from", sw::format_iso_date(s.valid_from)},
                                {"valid_to", s.valid_to ? sw::format_iso_date(*s.valid_to) : ""}});
    }
    return api::finish(0, j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}
