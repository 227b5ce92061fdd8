// planner.h: the single place where the wasm builds (the app and the JS API) call the rules
// side and the engine: bundle -> verified -> catalogue -> case -> result, the steps of
// `stapelwijzer plan`. It verifies a signed bundle once, keeps the catalogue, and turns a case
// (contract JSON) into a result, both as structs and as contract JSON (the bytes the CLI prints).
// The wasm builds hold one Planner, in the session (session.h).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "stapelwijzer/bundle.h"
#include "stapelwijzer/case.h"
#include "stapelwijzer/catalogue.h"
#include "stapelwijzer/result.h"
#include "stapelwijzer/rules.h"

namespace sw::session {

// What happened to the rules when the planner started.
enum class RulesState { Ok, Expired, Refused };

struct PlanOutcome {
    bool ok = false;
    std::string error;  // bad case: "path: reason" (the contract's exit code 2 message)
    Result result;
    std::string json;  // contract JSON, pretty, as the CLI prints it (plan(case_json) only)
};

class Planner {
public:
    // Verifies `files` (the built-in bundle when empty) against the clock's date `today`.
    // Expired rules are used with a warning, as the CLI does with --allow-expired. No files in a
    // build without the bundle's bytes (the web app): refused, kNoRules says why.
    explicit Planner(Date today, std::vector<BundleFile> files = {});

    RulesState state() const { return state_; }
    const std::string& refusal() const { return refusal_; }  // why the rules were refused
    const Catalogue* catalogue() const { return catalogue_.get(); }
    const RulesInfo& info() const { return bundle_.info; }
    const VerifiedBundle& bundle() const { return bundle_; }
    // The files were the bundle this release ships, byte for byte (builtin_rules_digest()).
    bool release_bundle() const { return release_bundle_; }

    // A case as contract JSON: parsed and checked as `stapelwijzer plan` does, evaluated, and the
    // result written as contract JSON too (the JavaScript API).
    PlanOutcome plan(const std::string& case_json) const;
    // A case as the engine reads it (the app): check_case, then evaluate; no JSON either way.
    PlanOutcome plan(const Case& c) const;
    // `result` as contract JSON, byte for byte what `stapelwijzer plan` prints (final newline too).
    std::string result_json(const Result& result) const;

private:
    RulesState state_ = RulesState::Refused;
    std::string refusal_;
    VerifiedBundle bundle_;
    std::shared_ptr<const Catalogue> catalogue_;
    bool release_bundle_ = false;
};

// The refusal when there are no files at all: none given, and this build has no bytes compiled in.
inline constexpr const char* kNoRules = "no rules bundle: none could be fetched and this build carries none";

// The built-in bundle as BundleFile values (rules-data/nl/bundle, compiled in; empty in the web app).
std::vector<BundleFile> builtin_bundle();

}  // namespace sw::session
