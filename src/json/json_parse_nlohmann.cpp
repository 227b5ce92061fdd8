// json_parse_nlohmann.cpp: the tree builder fed by nlohmann's SAX parser, which hands over the raw
// text of every floating-point number (its DOM parser keeps only the double). It takes any text
// and words every syntax error ("parse error at line 1, column 5: ..."); parse() uses it for what
// the fast parser gives up on, so these messages come from one place.
#include <exception>
#include <nlohmann/json.hpp>

#include "json_tree_builder.h"

namespace sw::json {

namespace {

using nlohmann::json;

class Sax final : public nlohmann::json_sax<json> {
public:
    explicit Sax(TreeBuilder& b) : b_(b) {}

    bool null() override { return b_.null(); }
    bool boolean(bool v) override { return b_.boolean(v); }
    bool number_integer(number_integer_t n) override {
        return number(static_cast<double>(n), std::to_string(n));
    }
    bool number_unsigned(number_unsigned_t n) override {
        return number(static_cast<double>(n), std::to_string(n));
    }
    bool number_float(number_float_t d, const string_t& literal) override { return number(d, literal); }
    bool string(string_t& s) override { return b_.string(b_.arena().copy(s)); }
    bool binary(binary_t&) override { return b_.fail("binary values are not JSON"); }
    bool start_object(std::size_t) override { return b_.open(Value::Kind::Object); }
    bool end_object() override { return b_.close(); }
    bool start_array(std::size_t) override { return b_.open(Value::Kind::Array); }
    bool end_array() override { return b_.close(); }
    bool key(string_t& k) override { return b_.key(b_.arena().copy(k)); }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& ex) override {
        // nlohmann's text starts with "[json.exception.parse_error.101] parse error at line 1, ...".
        std::string what = ex.what();
        auto close_bracket = what.find("] ");
        if (what.rfind("[json.exception.", 0) == 0 && close_bracket != std::string::npos)
            what = what.substr(close_bracket + 2);
        return b_.fail(what);
    }

private:
    bool number(double d, const std::string& literal) { return b_.number(d, b_.arena().copy(literal)); }

    TreeBuilder& b_;
};

}  // namespace

bool parse_nlohmann(const std::string& text, TreeBuilder& b) {
    Sax sax(b);
    try {
        return json::sax_parse(text, &sax, json::input_format_t::json, true);
    } catch (const std::exception& e) {
        b.error = e.what();
        return false;
    }
}

}  // namespace sw::json
