// Rules fragments that are not JSON, or JSON this format refuses before reading any field.
#include "rules/unit-rules-json-fixture.h"

using namespace rulesio_test;

TEST_CASE("rules json syntax: broken JSON names the file, line and column") {
    auto errors = load_errors({sw::RulesFile{"a.json", "{\n  \"format\": \"stapelwijzer-rules/1\",\n  oops\n}"}});
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].path == "a.json");
    CHECK(errors[0].message.find("not valid JSON") != std::string::npos);
    CHECK(errors[0].message.find("line 3") != std::string::npos);
}

TEST_CASE("rules json syntax: a duplicate key is an error, not last-one-wins") {
    std::string text = fragment().dump();
    // Insert a second "id" into the scheme object.
    const std::string needle = "\"id\":\"s-gift\"";
    text.replace(text.find(needle), needle.size(), needle + ",\"id\":\"s-other\"");
    auto errors = load_errors({sw::RulesFile{"a.json", text}});
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].message.find("schemes[0].id: duplicate key") != std::string::npos);
}

TEST_CASE("rules json syntax: nesting deeper than the limit is refused without a crash") {
    std::string text(100000, '[');
    auto errors = load_errors({sw::RulesFile{"a.json", text}});
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].message.find("nested deeper") != std::string::npos);
}

TEST_CASE("rules json syntax: the root must be an object, trailing text is refused") {
    auto errors = load_errors({sw::RulesFile{"a.json", "[1, 2]"}});
    REQUIRE_DIAG(errors, "a.json", "must be an object, got a list");
    errors = load_errors({sw::RulesFile{"a.json", fragment().dump() + " {}"}});
    REQUIRE_DIAG(errors, "a.json", "not valid JSON");
}

TEST_CASE("rules json syntax: invalid UTF-8 in a string is refused") {
    std::string text = fragment().dump();
    text.replace(text.find("Fonds"), 5, "Fo\xff" "\xfe" "ds");
    auto errors = load_errors({sw::RulesFile{"a.json", text}});
    REQUIRE_DIAG(errors, "a.json", "not valid JSON");
}

TEST_CASE("rules json syntax: no files at all is an error") {
    auto errors = load_errors({});
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].message == "no rules files given");
}
