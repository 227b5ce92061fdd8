// json_value.cpp: builds json::Value through nlohmann's SAX interface, which hands over the raw
// text of every floating-point number (the DOM parser keeps only the double).
#include "json_value.h"

#include <exception>
#include <nlohmann/json.hpp>
#include <unordered_set>

namespace sw::json {

const Value* Value::find(std::string_view key) const {
    for (const auto& m : members)
        if (m.first == key) return &m.second;
    return nullptr;
}

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
    if (value.is_number()) return value.text;
    if (value.is_string()) {
        // Long or odd strings are cut so one message stays one readable line.
        std::string s = value.text.size() > 60 ? value.text.substr(0, 60) + "..." : value.text;
        for (char& ch : s)
            if (static_cast<unsigned char>(ch) < 0x20) ch = ' ';
        return "'" + s + "'";
    }
    if (value.is_bool()) return value.boolean ? "true" : "false";
    return kind_label(value.kind);
}

namespace {

using nlohmann::json;

class Builder final : public nlohmann::json_sax<json> {
public:
    explicit Builder(Value& root) : root_(root) {}
    std::string error;

    bool null() override { return add(Value{}); }
    bool boolean(bool b) override {
        Value v;
        v.kind = Value::Kind::Bool;
        v.boolean = b;
        return add(std::move(v));
    }
    bool number_integer(number_integer_t n) override { return number(static_cast<double>(n), std::to_string(n)); }
    bool number_unsigned(number_unsigned_t n) override { return number(static_cast<double>(n), std::to_string(n)); }
    bool number_float(number_float_t d, const string_t& literal) override { return number(d, literal); }
    bool string(string_t& s) override {
        Value v;
        v.kind = Value::Kind::String;
        v.text = std::move(s);
        return add(std::move(v));
    }
    bool binary(binary_t&) override { return fail("binary values are not JSON"); }
    bool start_object(std::size_t) override { return open(Value::Kind::Object); }
    bool end_object() override { return close(); }
    bool start_array(std::size_t) override { return open(Value::Kind::Array); }
    bool end_array() override { return close(); }
    bool key(string_t& k) override {
        Frame& f = stack_.back();
        bool seen = false;
        if (f.keys.empty() && f.value->members.size() < 16) {
            for (const auto& m : f.value->members) seen = seen || m.first == k;
        } else {
            if (f.keys.empty())
                for (const auto& m : f.value->members) f.keys.insert(m.first);
            seen = !f.keys.insert(k).second;
        }
        if (seen) return fail(join(path_of_open(), k) + ": duplicate key (each key may appear once)");
        pending_key_ = std::move(k);
        return true;
    }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& ex) override {
        // nlohmann's text starts with "[json.exception.parse_error.101] parse error at line 1, ...".
        std::string what = ex.what();
        auto close_bracket = what.find("] ");
        if (what.rfind("[json.exception.", 0) == 0 && close_bracket != std::string::npos)
            what = what.substr(close_bracket + 2);
        return fail(what);
    }

private:
    struct Frame {
        Value* value;
        std::size_t index;  // place in the parent container (unused for the root)
        std::unordered_set<std::string> keys;  // filled only for large objects
    };

    bool number(double d, std::string literal) {
        Value v;
        v.kind = Value::Kind::Number;
        v.number = d;
        v.text = std::move(literal);
        return add(std::move(v));
    }
    Value* place(Value&& v) {
        if (stack_.empty()) {
            root_ = std::move(v);
            return &root_;
        }
        Value* parent = stack_.back().value;
        if (parent->kind == Value::Kind::Array) {
            parent->items.push_back(std::move(v));
            return &parent->items.back();
        }
        parent->members.emplace_back(std::move(pending_key_), std::move(v));
        pending_key_.clear();
        return &parent->members.back().second;
    }
    bool add(Value&& v) {
        place(std::move(v));
        return true;
    }
    bool open(Value::Kind kind) {
        if (static_cast<int>(stack_.size()) >= kMaxDepth)
            return fail("nested deeper than " + std::to_string(kMaxDepth) + " levels");
        Value v;
        v.kind = kind;
        std::size_t index = 0;
        if (!stack_.empty()) {
            const Value* parent = stack_.back().value;
            index = parent->kind == Value::Kind::Array ? parent->items.size() : parent->members.size();
        }
        stack_.push_back(Frame{place(std::move(v)), index, {}});
        return true;
    }
    bool close() {
        stack_.pop_back();
        return true;
    }
    bool fail(std::string message) {
        if (error.empty()) error = std::move(message);
        return false;
    }
    static std::string join(const std::string& path, const std::string& key) {
        return path.empty() ? key : path + "." + key;
    }
    // The JSON path of the innermost open container, built only for a message: each frame knows
    // its place in its parent (an index; for an object member the key is stored there).
    std::string path_of_open() const {
        std::string path;
        for (std::size_t i = 1; i < stack_.size(); ++i) {
            const Value* parent = stack_[i - 1].value;
            const std::size_t at = stack_[i].index;
            if (parent->kind == Value::Kind::Array) path += "[" + std::to_string(at) + "]";
            else path = join(path, parent->members[at].first);
        }
        return path;
    }

    Value& root_;
    std::vector<Frame> stack_;
    std::string pending_key_;
};

}  // namespace

std::optional<Value> parse(const std::string& text, std::string& error) {
    Value root;
    Builder builder(root);
    bool ok = false;
    try {
        ok = json::sax_parse(text, &builder, json::input_format_t::json, true);
    } catch (const std::exception& e) {
        builder.error = e.what();
        ok = false;
    }
    if (!ok) {
        error = builder.error.empty() ? "not valid JSON" : builder.error;
        return std::nullopt;
    }
    return root;
}

}  // namespace sw::json
