// js_api_bundle.cpp: rules for the JavaScript API. A bundle fetched by the page comes in either as
// JSON [{"name": "manifest.json", "text": "..."}, ...] (sw_api_load_bundle) or file by file as bytes
// (sw_api_bundle_add, then sw_api_bundle_load: the embed page's rules URL and loadBundle with
// `bytes`), and is used only if it verifies against the root keys compiled into this build: a fund
// or region can host newer rules, nobody can host different ones. The engines of the JavaScript API
// carry no bundle: create() hands them the one shipped beside them (sw_api_bundle_start). The
// refusal reason is the verifier's own sentence.
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
    j["release"] = p.release_bundle();  // the bundle this release ships, byte for byte (additive)
    j["state"] = state_name(p.state());
    j["catalogue"] = p.info().catalogue;
    j["version"] = p.info().version;
    j["issued"] = p.bundle().issued;
    j["expires"] = p.bundle().expires;
    j["signers"] = p.info().signers;
    j["refusal"] = p.state() == sw::session::RulesState::Refused ? p.refusal() : sw::session::last_refusal();
    return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// The files added by sw_api_bundle_add since the last sw_api_bundle_load.
std::vector<sw::BundleFile> pending;

int load(std::vector<sw::BundleFile> files, bool shipped = false) {
    namespace api = sw::web::api;
    std::string reason =
        shipped ? sw::session::start_shipped(std::move(files)) : sw::session::load(std::move(files));
    if (!reason.empty()) return api::finish(3, reason);
    return api::finish(0, rules_info_json());
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
    return load(std::move(files));
}

// One file of a bundle as its exact bytes (the signatures cover bytes: no text decoding on the way),
// kept until sw_api_bundle_load; `first` non-zero starts a new bundle (files a failed call left
// behind are dropped). No JSON to build and parse: in a page that was most of the time a rules URL
// took (docs/benchmarks.md, round 5). 0: kept; 2: no name, or no bytes for a size (nothing kept).
EMSCRIPTEN_KEEPALIVE int sw_api_bundle_add(const unsigned char* bytes, int size, const char* name,
                                           int first) {
    namespace api = sw::web::api;
    if (first) pending.clear();
    if (!name || !*name) {
        pending.clear();
        return api::finish(2, "every bundle file needs a name");
    }
    if (size < 0 || (size > 0 && !bytes)) {
        pending.clear();
        return api::finish(2, std::string(name) + ": no bytes given");
    }
    pending.push_back(
        {name, std::string(reinterpret_cast<const char*>(bytes), static_cast<std::size_t>(size))});
    return api::finish(0, "");
}

// The files added since the last call, as one bundle; as sw_api_load_bundle: 0 accepted, output =
// rules info JSON; 3 refused, output = why. The added files are dropped either way.
EMSCRIPTEN_KEEPALIVE int sw_api_bundle_load() {
    std::vector<sw::BundleFile> files = std::move(pending);
    pending.clear();
    return load(std::move(files));
}

// The same for the bundle shipped beside the engine (stapelwijzer-rules.swpack, read by create() in
// web/api/stapelwijzer.js; the engines carry only its fingerprint): accepted, its rules count as the
// build's own ("source": "builtin").
EMSCRIPTEN_KEEPALIVE int sw_api_bundle_start() {
    std::vector<sw::BundleFile> files = std::move(pending);
    pending.clear();
    return load(std::move(files), true);
}

// Always 0; output =
// {"source","release","state","catalogue","version","issued","expires","signers","refusal"}.
EMSCRIPTEN_KEEPALIVE int sw_api_rules_info() { return sw::web::api::finish(0, rules_info_json()); }

}  // extern "C"
