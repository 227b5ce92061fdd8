// planner.h: the single place where the wasm builds (the app and the JS API) call the rules
// side and the engine. It verifies the built-in signed bundle once, keeps the catalogue, and
// turns a case (contract JSON) into a result, both as structs (for the app's views) and as
// contract JSON (the same bytes the CLI prints).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "stapelwijzer/bundle.h"
#include "stapelwijzer/catalogue.h"
#include "stapelwijzer/result.h"
#include "stapelwijzer/rules.h"

namespace sw::web {

// What happened to the rules when the planner started.
enum class RulesState { Ok, Expired, Refused };

struct PlanOutcome {
    bool ok = false;
    std::string error;  // bad case: "path: reason" (the contract's exit code 2 message)
    Result result;
    std::string json;   // contract JSON, pretty, as the CLI prints it
};

class Planner {
public:
    // Verifies `files` (the built-in bundle when empty) against the clock's date `today`.
    // Expired rules are used with a warning, as the CLI does with --allow-expired.
    explicit Planner(Date today, std::vector<BundleFile> files = {});

    RulesState state() const { return state_; }
    const std::string& refusal() const { return refusal_; }  // why the rules were refused
    const Catalogue* catalogue() const { return catalogue_.get(); }
    const RulesInfo& info() const { return bundle_.info; }
    const VerifiedBundle& bundle() const { return bundle_; }

    PlanOutcome plan(const std::string& case_json) const;

private:
    RulesState state_ = RulesState::Refused;
    std::string refusal_;
    VerifiedBundle bundle_;
    std::shared_ptr<const Catalogue> catalogue_;
};

// The built-in bundle as BundleFile values (rules-data/nl/bundle, compiled in).
std::vector<BundleFile> builtin_bundle();

}  // namespace sw::web
