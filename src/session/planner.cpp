// planner.cpp: bundle -> catalogue -> case -> result, the same steps as `stapelwijzer plan`.
#include "session/planner.h"

#include <map>
#include <string_view>

#include "stapelwijzer/engine.h"

namespace sw::session {

std::vector<BundleFile> builtin_bundle() {
    std::vector<BundleFile> files;
    for (auto& f : builtin_rules_files()) files.push_back({f.name, f.text});
    return files;
}

namespace {

// Byte for byte the bundle compiled in (names and bytes, in any order, each name once).
bool is_built_in(const std::vector<BundleFile>& files, const std::vector<BundleFile>& built_in) {
    if (files.size() != built_in.size()) return false;
    std::map<std::string_view, std::string_view> bytes;
    for (const auto& f : built_in) bytes.emplace(f.name, f.bytes);
    for (const auto& f : files) {
        auto it = bytes.find(f.name);
        if (it == bytes.end() || it->second != f.bytes) return false;
        bytes.erase(it);  // a name given twice does not match
    }
    return true;
}

}  // namespace

Planner::Planner(Date today, std::vector<BundleFile> files) {
    const std::vector<BundleFile> built_in = builtin_bundle();
    if (files.empty()) files = built_in;
    BundleCheck check;
    check.today = today;
    // The built-in bytes (also when a page serves the same release's rules): verified in full by
    // the tests, so the start skips re-hashing them (BundleCheck::built_in_bytes).
    check.built_in_bytes = is_built_in(files, built_in);
    check.allow_expired = true;  // expired rules are shown with a warning bar, as the CLI does
    std::string reason;
    auto verified = verify_bundle(files, check, reason);
    if (!verified) {
        refusal_ = reason.empty() ? "the rules bundle could not be verified" : reason;
        return;
    }
    bundle_ = std::move(*verified);
    std::vector<Diagnostic> errors;
    catalogue_ = load_catalogue(bundle_.fragments, errors);
    if (!catalogue_) {
        refusal_ = errors.empty() ? "the rules could not be loaded"
                                  : errors.front().path + ": " + errors.front().message;
        return;
    }
    state_ = bundle_.expired ? RulesState::Expired : RulesState::Ok;
}

namespace {

std::string message(const Diagnostic& d) {
    return d.path.empty() ? d.message : d.path + ": " + d.message;
}

}  // namespace

PlanOutcome Planner::plan(const std::string& case_json) const {
    PlanOutcome out;
    if (!catalogue_) {
        out.error = refusal_;
        return out;
    }
    Diagnostic error;
    // parse_case_json also runs the engine's check_case, as for `stapelwijzer plan`.
    auto c = parse_case_json(case_json, *catalogue_, error);
    if (!c) {
        out.error = message(error);
        return out;
    }
    out.result = evaluate(*catalogue_, *c);
    out.json = result_json(out.result);
    out.ok = true;
    return out;
}

PlanOutcome Planner::plan(const Case& c) const {
    PlanOutcome out;
    if (!catalogue_) {
        out.error = refusal_;
        return out;
    }
    if (auto bad = check_case(*catalogue_, c)) {
        out.error = message(*bad);
        return out;
    }
    out.result = evaluate(*catalogue_, c);
    out.ok = true;
    return out;
}

std::string Planner::result_json(const Result& result) const {
    return result_to_json(result, bundle_.info, true) + "\n";  // byte for byte what the CLI prints
}

}  // namespace sw::session
