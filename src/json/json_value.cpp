// json_value.cpp: parse() and the small helpers of json::Value. How the tree is built is in
// json_tree_builder.cpp; the two parsers that feed it in json_parse_fast.cpp and
// json_parse_nlohmann.cpp.
#include "json_value.h"

#include "json_tree_builder.h"

namespace sw::json {

const char* kind_label(Value::Kind kind) {
    switch (kind) {
        case Value::Kind::Null: return "null";
        case Value::Kind::Bool: return "a boolean";
        case Value::Kind::Number: return "a number";
        case Value::Kind::String: return "a string";
        case Value::Kind::Array: return "a list";
        case Value::Kind::Object: return "an object";
    }
    return "a value";
}

std::string describe(const Value& value) {
    if (value.is_number()) return std::string(value.text());
    if (value.is_string()) {
        // Long or odd strings are cut so one message stays one readable line.
        std::string s(value.text().substr(0, 60));
        if (value.text().size() > 60) s += "...";
        for (char& ch : s)
            if (static_cast<unsigned char>(ch) < 0x20) ch = ' ';
        return "'" + s + "'";
    }
    if (value.is_bool()) return value.boolean ? "true" : "false";
    return kind_label(value.kind);
}

std::optional<Document> parse(const std::string& text, std::string& error) {
    // Most texts are valid and plain: the fast parser builds their tree. Whatever it gives up on
    // is parsed again by nlohmann's, into a fresh document, for the same tree or the error.
    {
        Document doc;
        TreeBuilder b(doc, text.size());
        if (parse_fast(b.arena().copy(text), b)) return doc;
    }
    Document doc;
    TreeBuilder b(doc, text.size());
    if (parse_nlohmann(text, b)) return doc;
    error = b.error.empty() ? "not valid JSON" : b.error;
    return std::nullopt;
}

}  // namespace sw::json
