// json::parse() has two parsers behind it (src/rules/json_tree_builder.h): a fast one for plain,
// valid text and nlohmann's for everything else. Whatever the fast one accepts, nlohmann must
// accept too and build the same tree (same strings, number literals, doubles, key order), and
// every error must still be nlohmann's words.
#include <catch2/catch.hpp>
#include <cstring>
#include <string>

#include "json/json_tree_builder.h"

namespace {

using sw::json::Document;
using sw::json::TreeBuilder;
using sw::json::Value;

bool same_tree(const Value& a, const Value& b) {
    if (a.kind != b.kind || a.boolean != b.boolean || a.text() != b.text()) return false;
    if (std::memcmp(&a.number, &b.number, sizeof a.number) != 0) return false;  // -0.0 is not 0.0
    if (a.items().size() != b.items().size() || a.members().size() != b.members().size()) return false;
    for (std::size_t i = 0; i < a.items().size(); ++i)
        if (!same_tree(a.items()[i], b.items()[i])) return false;
    for (std::size_t i = 0; i < a.members().size(); ++i)
        if (a.members()[i].key != b.members()[i].key ||
            !same_tree(a.members()[i].value, b.members()[i].value))
            return false;
    return true;
}

// Parses `text` both ways; returns whether the fast parser took it, and checks that it agrees.
bool fast_agrees(const std::string& text) {
    Document fast_doc, slow_doc;
    TreeBuilder fast(fast_doc, text.size()), slow(slow_doc, text.size());
    const bool fast_ok = sw::json::parse_fast(fast.arena().copy(text), fast);
    const bool slow_ok = sw::json::parse_nlohmann(text, slow);
    INFO(text);
    if (fast_ok) {
        REQUIRE(slow_ok);
        CHECK(same_tree(fast_doc.root(), slow_doc.root()));
    }
    return fast_ok;
}

std::string error_of(const std::string& text) {
    std::string error;
    CHECK_FALSE(sw::json::parse(text, error));
    return error;
}

}  // namespace

TEST_CASE("json parse: the fast parser builds nlohmann's tree") {
    const char* plain[] = {
        R"({"a":1,"b":[true,false,null],"c":{"d":"e"}})",
        " \t\r\n[ 1 , -2 , 3.50 , -0.0 , 1e2 , 1E+2 , 2.5e-3 , 0 ] \n",
        R"(["-0", -0, 18446744073709551615, 18446744073709551616, -9223372036854775808, -9223372036854775809])",
        R"({"money":100.005,"cents":100.10,"big":12345678901234567890123})",
        R"(["a\"b\\c\/d\be\ff\ng\rh\ti", "", "plain"])",
        "[\"gr\xc3\xbc\xc3\x9f\", \"\xe2\x82\xac 5\", \"\xf0\x9f\x99\x82\", \"\xed\x9f\xbf\", "
        "\"\xef\xbf\xbf\", \"\xf4\x8f\xbf\xbf\"]",
        R"({"":"", "k":{}, "l":[], "m":[[[]]], "n":{"o":{"p":{}}}})",
        R"({"a1":1,"a2":2,"a3":3,"a4":4,"a5":5,"a6":6,"a7":7,"a8":8,"a9":9,"b1":1,"b2":2,"b3":3,"b4":4,"b5":5,"b6":6,"b7":7,"b8":8})",
        "\"just a string\"",
        "42",
        "true",
    };
    for (const char* text : plain) CHECK(fast_agrees(text));
}

TEST_CASE("json parse: what the fast parser leaves to nlohmann") {
    const char* left[] = {
        "\xef\xbb\xbf{\"bom\":1}",        // a byte-order mark
        R"(["\u00e9", "\ud83d\ude42"])",  // \u escapes
        R"({"a":1,"a":2})",               // a duplicate key: the builder refuses it either way
        R"({"a":1,"b":2,"c":3,"d":4,"e":5,"f":6,"g":7,"h":8,"i":9,"j":10,"k":11,"l":12,"m":13,"n":14,"o":15,"p":16,"q":17,"p":18})",
        "[1e400]",  // overflows a double
        "[01]",
        "[1.]",
        "[.5]",
        "[+1]",
        "[1e]",
        "[-]",
        "[tru]",
        "[nul]",
        "[\"a\" \"b\"]",
        "{\"a\" 1}",
        "{\"a\":1,}",
        "[1,]",
        "[",
        "{",
        "",
        "   ",
        "[1] x",
        "[\"\x01\"]",
        "[\"\xff\"]",
        "[\"\xc0\xaf\"]",
        "[\"\xed\xa0\x80\"]",
        "[\"\xf4\x90\x80\x80\"]",
        "[\"\xe0\x80\xaf\"]",
        "[\"a\\x\"]",
        "[\"unterminated",
    };
    for (const char* text : left) CHECK_FALSE(fast_agrees(text));
    CHECK(fast_agrees(std::string(63, '[') + std::string(63, ']')));
    CHECK_FALSE(fast_agrees(std::string(65, '[') + std::string(65, ']')));
}

TEST_CASE("json parse: errors are nlohmann's and the builder's words") {
    CHECK(error_of("[1, 2") ==
          "parse error at line 1, column 6: syntax error while parsing array - unexpected end of input; "
          "expected ']'");
    CHECK(error_of("[\"\xff\"]")
              .rfind("parse error at line 1, column 3: syntax error while parsing value - invalid "
                     "string: ill-formed UTF-8 byte",
                     0) == 0);
    CHECK(error_of("[1e400]") == "number overflow parsing '1e400'");
    CHECK(error_of(R"({"a":{"b":[{"c":1,"c":2}]}})") == "a.b[0].c: duplicate key (each key may appear once)");
    CHECK(error_of(std::string(65, '[') + std::string(65, ']')) == "nested deeper than 64 levels");
}

TEST_CASE("json parse: a document's views stay valid after it is moved") {
    std::string error;
    auto doc =
        sw::json::parse(R"({"short":"x","long":"a string longer than any small-string buffer"})", error);
    REQUIRE(doc);
    Document moved = std::move(*doc);
    REQUIRE(moved.root().find("long"));
    CHECK(moved.root().find("long")->text() == "a string longer than any small-string buffer");
    CHECK(moved.root().find("short")->text() == "x");
}
