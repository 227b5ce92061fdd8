// js_api_bundle.cpp: rules for the JavaScript API. A bundle fetched by the page (web/api/
// bundle-fetch.js) comes in as JSON [{"name": "manifest.json", "text": "..."}, ...] and is used only
// if it verifies against the root keys compiled into this build: a fund or region can host newer
// rules, nobody can host different ones. The refusal reason is the verifier's own sentence.
#include <emscripten.h>

#include <nlohmann/json.hpp>

#include "js_api_output.h"
#include "session/session.h"

namespace {

const char* state_name(sw::session::RulesState s) {
    switch (s) {
        case sw::session::RulesState::Ok: return "ok";
        case sw::session::RulesState::Expired: return "expired";
        case sw::session::RulesState::Refused: break;
    }
    return "refused";
}

// Which rules the session computes with, and the last refused bundle's reason.
std::string rules_info_json() {
    namespace api = sw::web::api;
    const auto& p = *sw::session::current();
    nlohmann::json j;
    j["source"] = sw::session::loaded() ? "loaded" : "builtin";
    j["state"] = state_name(p.state());
    j["catalogue"] = p.info().catalogue;
    j["version"] = p.info().version;
    j["issued"] = p.bundle().issued;
    j["expires"] = p.bundle().expires;
    j["signers"] = p.info().signers;
    j["refusal"] = p.state() == sw::session::RulesState::Refused ? p.refusal() : sw::session::last_refusal();
    return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace

extern "C" {

// 0: accepted, output = rules info JSON; 3: refused, output = why; 2: `files_json` unreadable.
EMSCRIPTEN_KEEPALIVE int sw_api_load_bundle(const char* files_json) {
    namespace api = sw::web::api;
    std::vector<sw::BundleFile> files;
    auto j = nlohmann::json::parse(files_json ? files_json : "", nullptr, false);
    if (!j.is_array()) return api::finish(2, "the bundle must be a list of {name, text} files");
    for (const auto& f : j) {
        if (!f.is_object() || !f.contains("name") || !f["name"].is_string() || !f.contains("text") ||
            !f["text"].is_string())
            return api::finish(2, "every bundle file needs a name and a text");
        files.push_back({f["name"].get<std::string>(), f["text"].get<std::string>()});
    }
    std::string reason = sw::session::load(std::move(files));
    if (!reason.empty()) return api::finish(3, reason);
    return api::finish(0, rules_info_json());
}

// Always 0; output = {"source","state","catalogue","version","issued","expires","signers","refusal"}.
EMSCRIPTEN_KEEPALIVE int sw_api_rules_info() { return sw::web::api::finish(0, rules_info_json()); }

}  // extern "C"
