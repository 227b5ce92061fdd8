// json_value.h: a small JSON tree for the rules and case parsers. It keeps what they need and
// nlohmann's own tree loses: the literal text of every number (money is judged on its decimal
// text, never on a binary double: 100.1 is whole cents, 100.005 is not), duplicate keys (an
// error, not "last one wins"), and the key order of the file (messages follow the file).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sw::json {

struct Value {
    enum class Kind : std::uint8_t { Null, Bool, Number, String, Array, Object };
    Kind kind = Kind::Null;
    bool boolean = false;
    double number = 0;   // Number: the nearest double (for comparisons only, never for money)
    std::string text;    // String: the string; Number: the literal exactly as written
    std::vector<Value> items;                            // Array
    std::vector<std::pair<std::string, Value>> members;  // Object, in file order, keys unique

    const Value* find(std::string_view key) const;
    bool is_null() const { return kind == Kind::Null; }
    bool is_number() const { return kind == Kind::Number; }
    bool is_string() const { return kind == Kind::String; }
    bool is_bool() const { return kind == Kind::Bool; }
    bool is_array() const { return kind == Kind::Array; }
    bool is_object() const { return kind == Kind::Object; }
};

// "a number", "a string", ... for messages ("must be a string, got a number").
const char* kind_label(Value::Kind kind);
// What a value is, for messages: strings and numbers as written ("got 'abc'", "got 100.005"),
// other kinds by their label.
std::string describe(const Value& value);

// Deepest nesting accepted: deeper input is refused (rules and cases are shallow; this keeps
// hostile input from exhausting the stack).
constexpr int kMaxDepth = 64;

// Parses one JSON value (UTF-8, nothing but whitespace after it). Never throws. On error returns
// nullopt and sets `error` to a sentence with line and column.
std::optional<Value> parse(const std::string& text, std::string& error);

}  // namespace sw::json
