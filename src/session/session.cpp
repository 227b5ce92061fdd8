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
// The files start_shipped() accepted (own_bundle()).
std::vector<BundleFile> shipped_files;

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

namespace {

// load() and start_shipped(): `files` replace the rules only when they verify; `as_loaded` says
// whether they count as loaded (and may be reused by start()) or as the build's own.
std::string replace_if_verified(std::vector<BundleFile> files, bool as_loaded) {
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
    loaded_files.clear();
    if (as_loaded)
        loaded_files = std::move(kept);
    else
        shipped_files = std::move(kept);
    loaded_today = today;
    from_loaded_bundle = as_loaded;
    refusal.clear();
    return "";
}

}  // namespace

std::string start_shipped(std::vector<BundleFile> files) {
    return replace_if_verified(std::move(files), false);
}

std::string load(std::vector<BundleFile> files) {
    return replace_if_verified(std::move(files), true);
}

const std::vector<BundleFile>& own_bundle() {
    static const std::vector<BundleFile> built_in = builtin_bundle();
    return built_in.empty() ? shipped_files : built_in;
}

bool loaded() {
    return from_loaded_bundle;
}
const std::string& last_refusal() {
    return refusal;
}

}  // namespace sw::session
