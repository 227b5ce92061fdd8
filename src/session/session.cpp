// session.cpp: see session.h.
#include "session/session.h"

#include "bundle/clock.h"

namespace sw::session {
namespace {

std::shared_ptr<const Planner> active;
bool from_loaded_bundle = false;
std::string refusal;
// The files and date of the planner load() accepted: start() with the same bytes and date reuses it
// instead of verifying and loading them twice (the embed page's rules URL and the offline file hand
// the app the bundle the JavaScript API has just verified).
std::vector<BundleFile> loaded_files;
Date loaded_today;

bool same_files(const std::vector<BundleFile>& a, const std::vector<BundleFile>& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i].name != b[i].name || a[i].bytes != b[i].bytes) return false;
    return true;
}

Date clock_date() {
    std::string error;  // only STAPELWIJZER_TODAY can be unreadable, and a wasm build has none
    return clock_today(error).value_or(Date{});
}

}  // namespace

const std::shared_ptr<const Planner>& current() {
    if (!active) active = std::make_shared<const Planner>(clock_date());
    return active;
}

const std::shared_ptr<const Planner>& start(Date today, std::vector<BundleFile> files) {
    if (from_loaded_bundle && active && !files.empty() && today == loaded_today &&
        same_files(files, loaded_files))
        return active;
    loaded_files.clear();
    from_loaded_bundle = !files.empty();
    active = std::make_shared<const Planner>(today, std::move(files));
    return active;
}

std::string load(std::vector<BundleFile> files) {
    if (files.empty()) {
        refusal = "the bundle has no files";
        return refusal;
    }
    const Date today = clock_date();
    std::vector<BundleFile> kept = files;
    auto candidate = std::make_shared<const Planner>(today, std::move(files));
    if (candidate->state() == RulesState::Refused) {
        refusal = candidate->refusal();
        return refusal;
    }
    active = std::move(candidate);
    loaded_files = std::move(kept);
    loaded_today = today;
    from_loaded_bundle = true;
    refusal.clear();
    return "";
}

bool loaded() {
    return from_loaded_bundle;
}
const std::string& last_refusal() {
    return refusal;
}

}  // namespace sw::session
