// unit-rules-json-fixture.h: a small valid rules fragment for the rules/case/result JSON tests,
// which each test changes in one place to provoke one error. Helpers find a diagnostic by path.
#pragma once

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "stapelwijzer/rules.h"

namespace rulesio_test {

using J = nlohmann::ordered_json;

inline J text(const char* nl, const char* en) { return J{{"nl", nl}, {"en", en}}; }

inline J leaf(const char* fact, const char* op, J value) {
    return J{{"fact", fact}, {"op", op}, {"value", std::move(value)}, {"explain", text("Uitleg.", "Explanation.")}};
}

inline J scheme(const char* id) {
    return J{{"id", id},
             {"name", text("Regeling", "Scheme")},
             {"description", text("Een regeling.", "A scheme.")},
             {"provider", "Fonds"},
             {"kind", "gift"},
             {"applicant", "person"},
             {"apply_url", "https://example.org/aanvragen"},
             {"valid", J{{"from", "2020-01-01"}, {"to", nullptr}}},
             {"confidence", "confirmed"},
             {"condition", J{{"all", J::array({leaf("person.age", "<=", J{{"param", "max-age"}}),
                                               leaf("person.sector", "=", "metaal")})}}},
             {"covers", J::array({"tuition", "exam"})},
             {"formula", J{{"type", "percentage"}, {"percent", 50}, {"base", "gross"},
                           {"cap", J{{"amount", 800}, {"per", "course"}}}}},
             {"priority", 100},
             {"sources", J::array({J{{"url", "https://example.org/regels"}, {"title", "Regels"}, {"checked", "2026-11-01"}}})}};
}

inline J fragment(const char* name = "base") {
    return J{{"format", "stapelwijzer-rules/1"},
             {"catalogue", "t"},
             {"version", "2026.1"},
             {"fragment", name},
             {"sectors", J::array({J{{"code", "metaal"}, {"name", text("Metaal", "Metal")}},
                                   J{{"code", "zorg"}, {"name", text("Zorg", "Care")}}})},
             {"sets", J{{"regio", J::array({"Almelo", "Borne"})}}},
             {"parameters", J{{"max-age", J::array({J{{"from", "2020-01-01"}, {"to", "2022-12-31"}, {"value", 55}},
                                                    J{{"from", "2023-01-01"}, {"value", 56}}})}}},
             {"schemes", J::array({scheme("s-gift")})},
             {"notes", J::array({J{{"id", "n-note"},
                                   {"text", text("Let op.", "Note.")},
                                   {"when", J{{"scheme", "s-gift"}, {"status", J::array({"eligible"})}}}}})}};
}

inline std::vector<sw::RulesFile> files(const J& a) { return {sw::RulesFile{"a.json", a.dump(2)}}; }
inline std::vector<sw::RulesFile> files(const J& a, const J& b) {
    return {sw::RulesFile{"a.json", a.dump(2)}, sw::RulesFile{"b.json", b.dump(2)}};
}

// Loads and returns the diagnostics (empty when the catalogue loaded).
inline std::vector<sw::Diagnostic> load_errors(const std::vector<sw::RulesFile>& f) {
    std::vector<sw::Diagnostic> errors;
    auto c = sw::load_catalogue(f, errors);
    if (c) REQUIRE(errors.empty());
    else REQUIRE_FALSE(errors.empty());
    return errors;
}

inline std::string all(const std::vector<sw::Diagnostic>& errors) {
    std::string s;
    for (const auto& d : errors) s += d.path + ": " + d.message + "\n";
    return s;
}

// True when some diagnostic has exactly `path` and a message containing `part`.
inline bool has(const std::vector<sw::Diagnostic>& errors, const std::string& path, const std::string& part) {
    for (const auto& d : errors)
        if (d.path == path && d.message.find(part) != std::string::npos) return true;
    return false;
}

#define REQUIRE_DIAG(errors, path, part)         \
    do {                                         \
        INFO(rulesio_test::all(errors));         \
        REQUIRE(rulesio_test::has(errors, path, part)); \
    } while (0)

inline std::shared_ptr<const sw::Catalogue> catalogue() {
    std::vector<sw::Diagnostic> errors;
    auto c = sw::load_catalogue(files(fragment()), errors);
    INFO(all(errors));
    REQUIRE(c);
    return c;
}

}  // namespace rulesio_test
