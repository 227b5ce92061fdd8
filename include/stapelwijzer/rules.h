// stapelwijzer/rules.h: the JSON side of Stapelwijzer (src/rules/). Reads rules fragments and
// cases, writes results, all per docs/rules-format.md and the JSON contract. Every error names the
// JSON path and the reason; nothing here throws to its caller.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "stapelwijzer/case.h"
#include "stapelwijzer/catalogue.h"
#include "stapelwijzer/result.h"

namespace sw {

// One rules fragment file as text (a catalogue is one or more fragments).
struct RulesFile {
    std::string name;  // file name, used in messages ("national.json: schemes[2].id: ...")
    std::string text;
};

// The signed Dutch bundle compiled into this build (rules-data/nl/bundle/), file by file.
std::vector<RulesFile> builtin_rules_files();

// Parses and validates all fragments, merges them and compiles the catalogue. Reports every
// problem found (not only the first); returns nullptr if there is any error.
std::shared_ptr<const Catalogue> load_catalogue(const std::vector<RulesFile>& files,
                                                std::vector<Diagnostic>& errors);

// Extra checks of `stapelwijzer lint` beyond what loading refuses: schemes no case can make
// eligible, parameter date gaps, schemes without sources, texts missing a language.
std::vector<Diagnostic> lint_catalogue(const Catalogue& catalogue);

// Where the rules came from, for the "rules" block of every result.
struct RulesInfo {
    std::string catalogue;    // "nl"
    std::string version;      // "2026.11.1"
    std::string valid_until;  // ISO date the bundle expires, "" if none
    std::vector<std::string> signers;
    std::vector<Text> warnings;  // e.g. expired rules: shown with every result
};

// Parses one case per the contract. On bad input returns nullopt and sets `error` (path + reason).
std::optional<Case> parse_case_json(const std::string& text, const Catalogue& catalogue, Diagnostic& error);

// The result as contract JSON (UTF-8, keys in contract order, 2-space indent when pretty).
std::string result_to_json(const Result& result, const RulesInfo& rules, bool pretty = true);

}  // namespace sw
