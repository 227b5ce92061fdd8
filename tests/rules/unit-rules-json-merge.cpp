// Problems that only show when fragments are merged or names are referred to: duplicate ids
// across files, catalogue mismatch (versions are per fragment), references to unknown sets, parameters and
// schemes, overlapping parameter periods.
#include "rules/unit-rules-json-fixture.h"

using namespace rulesio_test;

namespace {
// A second fragment with no lists of its own.
J other(const char* name = "extra") {
    J f = fragment(name);
    f.erase("sectors");
    f.erase("sets");
    f.erase("parameters");
    f.erase("notes");
    f["schemes"] = J::array();
    return f;
}
}  // namespace

TEST_CASE("rules merge: a second fragment may use the first one's sectors and parameters") {
    J b = other();
    b["schemes"].push_back(scheme("s-two"));
    CHECK(load_errors(files(fragment(), b)).empty());
}

TEST_CASE("rules merge: duplicate ids across fragments name both places") {
    J b = other();
    b["schemes"].push_back(scheme("s-gift"));
    b["sectors"] = J::array({J{{"code", "metaal"}, {"name", text("M", "M")}}});
    b["parameters"] = J{{"max-age", J::array({J{{"value", 3}}})}};
    b["sets"] = J{{"regio", J::array({"x"})}};
    b["notes"] = J::array({J{{"id", "n-note"}, {"text", text("a", "b")}}});
    auto errors = load_errors(files(fragment(), b));
    REQUIRE_DIAG(errors, "b.json: schemes[0].id",
                 "duplicate scheme id 's-gift' (also in a.json: schemes[0].id)");
    REQUIRE_DIAG(errors, "b.json: sectors[0].code", "duplicate sector code 'metaal'");
    REQUIRE_DIAG(errors, "b.json: parameters.max-age", "duplicate parameter name");
    REQUIRE_DIAG(errors, "b.json: sets.regio", "duplicate set name");
    REQUIRE_DIAG(errors, "b.json: notes[0].id", "duplicate note id 'n-note'");
}

TEST_CASE("rules merge: every fragment must have the same catalogue and a fragment name of its own") {
    J b = other("base");
    b["catalogue"] = "be";
    b["version"] = "2026.2";
    auto errors = load_errors(files(fragment(), b));
    REQUIRE_DIAG(errors, "b.json: catalogue", "is 'be' but an earlier fragment says 't'");
    REQUIRE_DIAG(errors, "b.json: fragment", "duplicate fragment name 'base'");
    for (const auto& d : errors) CHECK(d.path != "b.json: version");
}

TEST_CASE("rules merge: each fragment has its own version (per-fund versions)") {
    J b = other("fund");
    b["version"] = "2026.12.4";
    CHECK(load_errors(files(fragment(), b)).empty());
}

TEST_CASE("rules merge: references to unknown names") {
    J f = fragment();
    f["schemes"][0]["condition"]["all"][0]["value"] = J{{"param", "max-leeftijd"}};
    f["schemes"][0]["condition"]["all"][1] = leaf("person.municipality", "in", J{{"set", "twente"}});
    f["schemes"][0]["interactions"] =
        J{{"excludes", J::array({"s-none"})}, {"requires", J::array({"s-gift"})}};
    f["notes"][0]["when"] = J{{"scheme", "s-none"}, {"status", J::array({"eligible"})}};
    auto errors = load_errors(files(f));
    REQUIRE_DIAG(errors, "a.json: schemes[0].condition.all[0].value", "unknown parameter 'max-leeftijd'");
    REQUIRE_DIAG(errors, "a.json: schemes[0].condition.all[1].value.set", "unknown set 'twente'");
    REQUIRE_DIAG(errors, "a.json: schemes[0].interactions.excludes[0]", "unknown scheme id 's-none'");
    REQUIRE_DIAG(errors, "a.json: schemes[0].interactions.requires[0]", "cannot refer to itself");
    REQUIRE_DIAG(errors, "a.json: notes[0].when.scheme", "unknown scheme id 's-none'");
}

TEST_CASE("rules merge: a parameter's values must suit each use") {
    J f = fragment();
    f["schemes"][0]["condition"]["all"][0] = leaf("person.employment", "=", J{{"param", "max-age"}});
    REQUIRE_DIAG(
        load_errors(files(f)), "a.json: schemes[0].condition.all[0].value",
        "parameter 'max-age' (a.json: parameters.max-age[0].value) is not a value of person.employment");
}

TEST_CASE("rules merge: parameter periods must not overlap or be inverted") {
    J f = fragment();
    f["parameters"]["max-age"][1]["from"] = "2022-12-31";  // the last day of period 1 again
    f["parameters"]["other"] = J::array({J{{"from", "2026-01-01"}, {"to", "2025-01-01"}, {"value", 1}}});
    auto errors = load_errors(files(f));
    REQUIRE_DIAG(errors, "a.json: parameters.max-age[1]", "overlaps period 1");
    REQUIRE_DIAG(errors, "a.json: parameters.other[0]", "is inverted");
}

TEST_CASE("rules merge: errors in several files are all reported in one run") {
    J a = fragment();
    a["schemes"][0]["kind"] = "x";
    J b = other();
    b["schemes"].push_back(scheme("s-two"));
    b["schemes"][0]["priority"] = 1.5;
    auto errors = load_errors(files(a, b));
    REQUIRE_DIAG(errors, "a.json: schemes[0].kind", "got 'x'");
    REQUIRE_DIAG(errors, "b.json: schemes[0].priority", "must be a whole number, got 1.5");
}
