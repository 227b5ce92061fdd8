// js_api_session.cpp: the JavaScript API's rules (see js_api_session.h) and sw_api_output().
#include "js_api_session.h"

#include <emscripten.h>

#include <ctime>
#include <memory>

namespace sw::web::api {
namespace {

std::unique_ptr<Planner> active;
std::vector<BundleFile> accepted_files;
std::string refusal;
std::string output;

}  // namespace

Date clock_today() {
    std::time_t now = std::time(nullptr);
    std::tm utc{};
    gmtime_r(&now, &utc);
    return date_from_ymd(utc.tm_year + 1900, utc.tm_mon + 1, utc.tm_mday);
}

const Planner& session() {
    if (!active) active = std::make_unique<Planner>(clock_today());
    return *active;
}

std::string load(std::vector<BundleFile> files) {
    if (files.empty()) {
        refusal = "the bundle has no files";
        return refusal;
    }
    auto candidate = std::make_unique<Planner>(clock_today(), files);
    if (candidate->state() == RulesState::Refused) {
        refusal = candidate->refusal();
        return refusal;
    }
    active = std::move(candidate);
    accepted_files = std::move(files);
    refusal.clear();
    return "";
}

const std::vector<BundleFile>& loaded_files() { return accepted_files; }
const std::string& last_refusal() { return refusal; }

int finish(int code, std::string text) {
    output = std::move(text);
    return code;
}

const std::string& output_text() { return output; }

}  // namespace sw::web::api

extern "C" {

// The text the last sw_api_* call produced: a result, an error message or JSON Lines.
EMSCRIPTEN_KEEPALIVE const char* sw_api_output() { return sw::web::api::output_text().c_str(); }

}  // extern "C"
