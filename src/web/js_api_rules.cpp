// js_api_rules.cpp: the rules workbench's calls on the JavaScript API (web/workbench.html,
// docs/workbench.md): lint, plan, test and diff a fund's fragment being edited, as `stapelwijzer
// lint`, `plan`, `test --fragments` and `diff --unsigned --tests` do, against the rules in use with the
// edited fragment in place of the one of the same file name (or added). Thin: the checks are src/rules'
// (load_catalogue, lint_catalogue, lint_municipalities, run_scenario, diff_rules, diff_outcomes) and
// src/bundle's (check_fragment_scope, verify_fund_fragment). Every call takes one JSON request text:
//   {"fragments": [{"name": "mijnfonds.json", "text": "..."}], "scenarios": [{"name", "text"}],
//    "format": "json" | "nl" | "en", "signature": "...", "case": "..."}
// and verify checks a fund's signed fragment against its delegation before it is published.
// Return codes are the CLI's: 0 ok, 1 findings (lint warnings only, a failed test, differences),
// 2 bad input (errors; the output still is the JSON report where there is one), 3 no usable rules.
#include <emscripten.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "bundle/manifest.h"
#include "bundle/manifest_scope.h"
#include "js_api_output.h"
#include "rules/scenario.h"
#include "session/session.h"
#include "stapelwijzer/catalogue_diff.h"
#include "stapelwijzer/engine.h"
#include "stapelwijzer/rules.h"

namespace {

namespace api = sw::web::api;
using Json = nlohmann::ordered_json;

std::string dump(const Json& j) {
    return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

struct Request {
    std::vector<sw::RulesFile> fragments;  // the edited ones
    std::vector<sw::ScenarioFile> scenarios;
    std::string format = "json";
    std::string signature;
    std::string case_json;
};

// The request's {name, text} lists; "" or the reason it cannot be read.
std::string read_files(const nlohmann::json& j, const char* key,
                       std::vector<std::pair<std::string, std::string>>& out) {
    if (!j.contains(key)) return "";
    if (!j[key].is_array()) return std::string(key) + ": must be a list of {name, text}";
    for (std::size_t i = 0; i < j[key].size(); ++i) {
        const auto& f = j[key][i];
        if (!f.is_object() || !f.contains("name") || !f["name"].is_string() || !f.contains("text") ||
            !f["text"].is_string())
            return std::string(key) + "[" + std::to_string(i) + "]: needs a name and a text";
        out.emplace_back(f["name"].get<std::string>(), f["text"].get<std::string>());
    }
    return "";
}

std::optional<Request> parse_request(const char* text, std::string& error) {
    const auto j = nlohmann::json::parse(text ? text : "", nullptr, false);
    if (!j.is_object()) {
        error = "the request must be a JSON object";
        return std::nullopt;
    }
    Request r;
    std::vector<std::pair<std::string, std::string>> frags, tests;
    if (error = read_files(j, "fragments", frags); !error.empty()) return std::nullopt;
    if (error = read_files(j, "scenarios", tests); !error.empty()) return std::nullopt;
    for (auto& [n, t] : frags) r.fragments.push_back({n, t});
    for (auto& [n, t] : tests) r.scenarios.push_back({n, t});
    if (j.contains("format") && j["format"].is_string()) r.format = j["format"].get<std::string>();
    if (j.contains("signature") && j["signature"].is_string())
        r.signature = j["signature"].get<std::string>();
    if (j.contains("case") && j["case"].is_string()) r.case_json = j["case"].get<std::string>();
    return r;
}

// The fragments of the rules in use, each edited one in place of the file of the same name.
std::vector<sw::RulesFile> swapped(const std::vector<sw::RulesFile>& base,
                                   const std::vector<sw::RulesFile>& edited) {
    std::vector<sw::RulesFile> out = base;
    for (const sw::RulesFile& e : edited) {
        auto it =
            std::find_if(out.begin(), out.end(), [&](const sw::RulesFile& f) { return f.name == e.name; });
        if (it != out.end())
            it->text = e.text;
        else
            out.push_back(e);
    }
    return out;
}

// The manifest this build ships (compiled in, or started from the shipped pack): its delegations
// are the scope each fund's fragment must keep.
std::optional<sw::manifest::Manifest> builtin_manifest() {
    for (const sw::BundleFile& f : sw::session::own_bundle()) {
        if (f.name != sw::manifest::kFileName) continue;
        std::string error;
        return sw::manifest::parse(f.bytes, error);
    }
    return std::nullopt;
}

// "oom.json: schemes[0].id" -> file "oom.json", path "schemes[0].id" when the prefix is a file
// given; lint_municipalities names the fragment ("oom: ...") instead of the file.
Json finding(const sw::Diagnostic& d, const std::vector<sw::RulesFile>& files) {
    std::string file, path = d.path;
    const std::size_t colon = d.path.find(": ");
    const std::string head = colon == std::string::npos ? d.path : d.path.substr(0, colon);
    for (const sw::RulesFile& f : files) {
        const std::string stem = f.name.size() > 5 ? f.name.substr(0, f.name.size() - 5) : f.name;
        if (head == f.name || head == stem) {
            file = f.name;
            path = colon == std::string::npos ? "" : d.path.substr(colon + 2);
        }
    }
    return Json{{"file", file}, {"path", path}, {"message", d.message}};
}

// check_fragment_scope() names the place inside its sentence: "scheme id 'x' (schemes[0].id) is
// outside ...". The first parenthesised JSON path, so the page can point at it.
std::string path_in(const std::string& message) {
    for (std::size_t open = message.find('('); open != std::string::npos;
         open = message.find('(', open + 1)) {
        const std::size_t close = message.find(')', open);
        if (close == std::string::npos) break;
        const std::string inside = message.substr(open + 1, close - open - 1);
        const bool pathlike =
            !inside.empty() &&
            inside.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789_-.[]") == std::string::npos;
        if (pathlike && inside.find_first_of(".[") != std::string::npos) return inside;
    }
    return "";
}

// A request read, with the rules in use (`base`) and the same with the edited fragments in
// (`files`). `code` != 0: answer with it and `error` (2 bad request, 3 no usable rules).
struct Prepared {
    Request req;
    const std::vector<sw::RulesFile>* base = nullptr;
    std::vector<sw::RulesFile> files;
    int code = 0;
    std::string error;
};

Prepared prepare(const char* request) {
    Prepared p;
    auto req = parse_request(request, p.error);
    if (!req) {
        p.code = 2;
        return p;
    }
    p.req = std::move(*req);
    const auto& planner = *sw::session::current();
    if (!planner.catalogue()) {
        p.code = 3;
        p.error = planner.refusal();
        return p;
    }
    p.base = &planner.bundle().fragments;
    p.files = swapped(*p.base, p.req.fragments);
    return p;
}

}  // namespace

extern "C" {

// Lint: {"loads", "errors": [{file, path, message}], "warnings": [...], "language": "en"}.
// 0 nothing found, 1 warnings only, 2 errors (or a bad request: the output is the reason).
EMSCRIPTEN_KEEPALIVE int sw_api_rules_lint(const char* request) {
    const Prepared p = prepare(request);
    if (p.code) return api::finish(p.code, p.error);
    const auto* req = &p.req;
    const auto& files = p.files;
    std::vector<sw::Diagnostic> errors, warnings;
    const auto catalogue = sw::load_catalogue(files, errors);
    // The delegation scope signing applies, as `lint --delegations` with the published delegations.
    if (const auto m = builtin_manifest()) {
        for (const sw::RulesFile& f : req->fragments) {
            const auto entry = std::find_if(m->fragments.begin(), m->fragments.end(),
                                            [&](const auto& x) { return x.file == f.name; });
            if (entry == m->fragments.end() || entry->fund.empty()) continue;
            const auto d = std::find_if(m->delegations.begin(), m->delegations.end(),
                                        [&](const auto& x) { return x.fund == entry->fund; });
            const auto doc = nlohmann::json::parse(f.text, nullptr, false);
            if (d == m->delegations.end() || !doc.is_object()) continue;  // loading reports it
            const std::string why = sw::manifest::check_fragment_scope(
                f.text, &*d, doc.value("catalogue", ""), doc.value("version", ""));
            if (!why.empty())
                errors.push_back(
                    {f.name + ": " + path_in(why), why + " (signing would refuse this fragment)"});
        }
    }
    if (catalogue) {
        warnings = sw::lint_catalogue(*catalogue);
        sw::lint_municipalities(*catalogue, errors, warnings);
    }
    Json j{{"loads", catalogue != nullptr}, {"language", "en"}};
    j["errors"] = Json::array();
    j["warnings"] = Json::array();
    for (const auto& d : errors) j["errors"].push_back(finding(d, files));
    for (const auto& d : warnings) j["warnings"].push_back(finding(d, files));
    const int code = !catalogue || !errors.empty() ? 2 : warnings.empty() ? 0 : 1;
    return api::finish(code, dump(j));
}

// Plan: one case (`case`, contract JSON text) against the rules with the edited fragments in, the
// result as `stapelwijzer plan --fragments` would print it, with a warning that these rules are
// unsigned. 0 ok, 2 a bad case ("path: reason") or fragments that do not load.
EMSCRIPTEN_KEEPALIVE int sw_api_rules_plan(const char* request) {
    const Prepared p = prepare(request);
    if (p.code) return api::finish(p.code, p.error);
    std::vector<sw::Diagnostic> errors;
    const auto catalogue = sw::load_catalogue(p.files, errors);
    if (!catalogue)
        return api::finish(
            2, "the rules do not load: run lint (" + std::to_string(errors.size()) + " error(s))");
    sw::Diagnostic bad;
    const auto c = sw::parse_case_json(p.req.case_json, *catalogue, bad);  // check_case included
    if (!c) return api::finish(2, bad.path.empty() ? bad.message : bad.path + ": " + bad.message);
    sw::RulesInfo info = sw::session::current()->info();
    info.warnings.push_back({"Proefberekening met niet-ondertekende regels uit de werkbank.",
                             "Trial calculation with unsigned rules from the workbench."});
    return api::finish(0, sw::result_to_json(sw::evaluate(*catalogue, *c), info, true) + "\n");
}

// Test: every scenario against the rules with the edited fragments in:
// {"results": [{file, name, passed, problems}], "passed", "failed"}; 0 all passed, 1 a failure,
// 2 the rules do not load ({"errors": [...]}) or a bad request.
EMSCRIPTEN_KEEPALIVE int sw_api_rules_test(const char* request) {
    const Prepared p = prepare(request);
    if (p.code) return api::finish(p.code, p.error);
    const auto* req = &p.req;
    const auto& files = p.files;
    std::vector<sw::Diagnostic> errors;
    const auto catalogue = sw::load_catalogue(files, errors);
    if (!catalogue) {
        Json j{{"errors", Json::array()}};
        for (const auto& d : errors) j["errors"].push_back(finding(d, files));
        return api::finish(2, dump(j));
    }
    Json j{{"results", Json::array()}};
    int passed = 0, failed = 0;
    for (const sw::ScenarioFile& s : req->scenarios) {
        const sw::ScenarioOutcome o = sw::run_scenario(*catalogue, s.text);
        j["results"].push_back(
            {{"file", s.name}, {"name", o.name}, {"passed", o.passed}, {"problems", o.problems}});
        (o.passed ? passed : failed)++;
    }
    j["passed"] = passed;
    j["failed"] = failed;
    return api::finish(failed == 0 ? 0 : 1, dump(j));
}

// Diff: the rules in use (OLD) against the same with the edited fragments in (NEW), with the
// scenarios run on both: `format` "json" gives what `stapelwijzer diff --format json` prints, "nl"
// or "en" its text. 0 no differences, 1 differences, 2 NEW does not load or a bad scenario.
EMSCRIPTEN_KEEPALIVE int sw_api_rules_diff(const char* request) {
    const Prepared p = prepare(request);
    if (p.code) return api::finish(p.code, p.error);
    const auto* req = &p.req;
    const auto& files = p.files;
    const auto* base = p.base;
    if (req->format != "json" && req->format != "nl" && req->format != "en")
        return api::finish(2, "format: must be json, nl or en");
    std::string error;
    std::vector<sw::Diagnostic> errors;
    const auto new_catalogue = sw::load_catalogue(files, errors);
    if (!new_catalogue) {
        std::string list;
        for (const auto& d : errors) list += "\n  " + d.path + (d.path.empty() ? "" : ": ") + d.message;
        return api::finish(
            2, "NEW: the rules do not load (" + std::to_string(errors.size()) + " error(s)):" + list);
    }
    const auto& planner = *sw::session::current();
    sw::CatalogueDiff diff;
    // The report's one language is the caller's; the labels say it in both.
    diff.old_label = planner.info().catalogue + " " + planner.info().version + " (in gebruik / in use)";
    for (const sw::RulesFile& f : req->fragments) diff.new_label += f.name + " ";
    diff.new_label += "(werkbank, niet ondertekend / workbench, unsigned)";
    auto definitions = sw::diff_rules(*base, files, error);
    if (!definitions) return api::finish(2, error);
    diff.definitions = std::move(*definitions);
    if (!req->scenarios.empty()) {
        auto outcomes =
            sw::diff_outcomes(*planner.catalogue(), *new_catalogue, files, *base, req->scenarios, error);
        if (!outcomes) return api::finish(2, "scenarios: " + error);
        diff.tests_run = true;
        diff.test_count = req->scenarios.size();
        diff.outcomes = std::move(*outcomes);
    }
    const std::string out =
        req->format == "json" ? sw::catalogue_diff_json(diff) : sw::catalogue_diff_text(diff, req->format);
    return api::finish(diff.empty() ? 0 : 1, out);
}

// Verify: the first fragment with `signature` (its .minisig text) against the delegation of the
// built-in manifest, before the maintainers publish it: {"file", "fund", "signed_by": [key ids]};
// 3 refused (the output is the reason), 2 a bad request.
EMSCRIPTEN_KEEPALIVE int sw_api_rules_verify(const char* request) {
    std::string error;
    const auto req = parse_request(request, error);
    if (!req) return api::finish(2, error);
    if (req->fragments.size() != 1) return api::finish(2, "fragments: give exactly one fragment");
    const sw::RulesFile& f = req->fragments.front();
    std::string manifest_text;
    for (const sw::BundleFile& b : sw::session::own_bundle())
        if (b.name == sw::manifest::kFileName) manifest_text = b.bytes;
    const auto signers = sw::verify_fund_fragment(manifest_text, f.name, f.text, req->signature, error);
    if (!signers) return api::finish(3, error);
    std::string fund;
    if (const auto m = builtin_manifest())
        for (const auto& x : m->fragments)
            if (x.file == f.name) fund = x.fund;
    return api::finish(0, dump(Json{{"file", f.name}, {"fund", fund}, {"signed_by", *signers}}));
}

// Facts: the engine's fact table for the condition tree editor: {"facts": [{path, type, values,
// min, max, label_nl, label_en, ops}]}, every fact a condition may name (not the ones only
// use_limit and budget set), with the operators loading accepts for it; a vocabulary fact's values
// are the codes of the rules in use (the sectors).
EMSCRIPTEN_KEEPALIVE int sw_api_rules_facts() {
    static const char* const kTypes[] = {"integer",    "number", "boolean", "enum",
                                         "vocabulary", "text",   "set",     "date"};
    const auto& planner = *sw::session::current();
    if (!planner.catalogue()) return api::finish(3, planner.refusal());
    Json facts = Json::array();
    for (int i = 0; i < sw::kFactCount; ++i) {
        const sw::FactInfo& info = sw::fact_info(static_cast<sw::Fact>(i));
        if (info.internal) continue;
        Json f{{"path", info.path}, {"type", kTypes[static_cast<int>(info.type)]}, {"values", info.values}};
        if (info.type == sw::FactType::Vocabulary)
            for (const auto& s : planner.catalogue()->spec().sectors) f["values"].push_back(s.code);
        if (info.min) f["min"] = *info.min;
        if (info.max) f["max"] = *info.max;
        f["label_nl"] = info.label.nl;
        f["label_en"] = info.label.en;
        f["ops"] = Json::array();
        for (const char* name : {"=", "!=", "<", "<=", ">", ">=", "in", "not_in", "between"})
            if (sw::op_allowed(info.type, *sw::op_from_name(name))) f["ops"].push_back(name);
        facts.push_back(std::move(f));
    }
    return api::finish(0, dump(Json{{"facts", std::move(facts)}}));
}

}  // extern "C"
