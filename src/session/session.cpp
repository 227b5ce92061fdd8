// session.cpp: see session.h.
#include "session/session.h"

#include "bundle/clock.h"

namespace sw::session {
namespace {

std::shared_ptr<const Planner> active;
bool from_loaded_bundle = false;
std::string refusal;

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
    from_loaded_bundle = !files.empty();
    active = std::make_shared<const Planner>(today, std::move(files));
    return active;
}

std::string load(std::vector<BundleFile> files) {
    if (files.empty()) {
        refusal = "the bundle has no files";
        return refusal;
    }
    auto candidate = std::make_shared<const Planner>(clock_date(), std::move(files));
    if (candidate->state() == RulesState::Refused) {
        refusal = candidate->refusal();
        return refusal;
    }
    active = std::move(candidate);
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
