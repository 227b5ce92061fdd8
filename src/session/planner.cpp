// planner.cpp: bundle -> catalogue -> case -> result, the same steps as `stapelwijzer plan`.
#include "session/planner.h"

#include "stapelwijzer/engine.h"

namespace sw::session {

std::vector<BundleFile> builtin_bundle() {
    std::vector<BundleFile> files;
    for (auto& f : builtin_rules_files()) files.push_back({f.name, f.text});
    return files;
}

Planner::Planner(Date today, std::vector<BundleFile> files) {
    // The built-in bytes, or the same release's rules fetched by a page (the web app has only their
    // fingerprint): verified in full by the tests, so the start skips re-hashing each fragment
    // against the manifest (BundleCheck::built_in_bytes).
    if (files.empty()) {
        files = builtin_bundle();
        release_bundle_ = !files.empty();
    } else {
        release_bundle_ = rules_digest(files) == builtin_rules_digest();
    }
    if (files.empty()) {
        refusal_ = kNoRules;
        return;
    }
    BundleCheck check;
    check.today = today;
    check.built_in_bytes = release_bundle_;
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
