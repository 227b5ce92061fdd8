// json_value.h: a small JSON tree for the rules and case parsers. It keeps what they need and
// nlohmann's own tree loses: the literal text of every number (money is judged on its decimal
// text, never on a binary double: 100.1 is whole cents, 100.005 is not), duplicate keys (an
// error, not "last one wins"), and the key order of the file (messages follow the file).
//
// A Value is a small, trivially copyable view: its text and its lists live in the Document it
// was parsed into (one arena, freed at once), so building and dropping a tree of a catalogue
// costs a few large allocations instead of several per value.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "json_arena.h"

namespace sw::json {

// A read-only list inside a Document (C++17 has no std::span).
template <typename T>
class Span {
public:
    Span() = default;
    Span(const T* data, std::size_t size) : data_(data), size_(size) {}
    const T* begin() const { return data_; }
    const T* end() const { return data_ + size_; }
    std::size_t size() const { return size_; }
    bool empty() const { return size_ == 0; }
    const T& operator[](std::size_t i) const { return data_[i]; }

private:
    const T* data_ = nullptr;
    std::size_t size_ = 0;
};

struct Member;

struct Value {
    enum class Kind : std::uint8_t { Null, Bool, Number, String, Array, Object };
    Kind kind = Kind::Null;
    bool boolean = false;
    double number = 0;  // Number: the nearest double (for comparisons only, never for money)

    // String: the string; Number: the literal exactly as written; otherwise empty.
    std::string_view text() const {
        return has_text() ? std::string_view(static_cast<const char*>(data_), size_) : std::string_view();
    }
    Span<Value> items() const;     // Array (otherwise empty)
    Span<Member> members() const;  // Object, in file order, keys unique (otherwise empty)

    const Value* find(std::string_view key) const;
    bool is_null() const { return kind == Kind::Null; }
    bool is_number() const { return kind == Kind::Number; }
    bool is_string() const { return kind == Kind::String; }
    bool is_bool() const { return kind == Kind::Bool; }
    bool is_array() const { return kind == Kind::Array; }
    bool is_object() const { return kind == Kind::Object; }

private:
    friend class TreeBuilder;
    bool has_text() const { return kind == Kind::String || kind == Kind::Number; }
    // The text, the items or the members, whichever the kind has: a catalogue's tree has tens of
    // thousands of values, and at 24 bytes each (not 64 with a view and two spans) it is built
    // and copied with less memory traffic.
    std::uint32_t size_ = 0;
    const void* data_ = nullptr;
};

struct Member {
    std::string_view key;
    Value value;
};

inline Span<Value> Value::items() const {
    return kind == Kind::Array ? Span<Value>(static_cast<const Value*>(data_), size_) : Span<Value>();
}
inline Span<Member> Value::members() const {
    return kind == Kind::Object ? Span<Member>(static_cast<const Member*>(data_), size_) : Span<Member>();
}

// a == b, but most unequal keys differ in length or first letter: decided without a call to memcmp.
inline bool same_key(std::string_view a, std::string_view b) {
    return a.size() == b.size() && (a.empty() || (a[0] == b[0] && a == b));
}

// Inline: the readers look up every field by name, and most objects have a handful of members.
inline const Value* Value::find(std::string_view key) const {
    for (const Member& m : members())
        if (same_key(m.key, key)) return &m.value;
    return nullptr;
}

// A parsed text: the root value and the memory every value of the tree points into. Values and
// views taken from it are valid as long as the Document (also after it is moved).
class Document {
public:
    const Value& root() const { return root_; }

private:
    friend class TreeBuilder;
    Value root_;
    Arena arena_;
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
std::optional<Document> parse(const std::string& text, std::string& error);

}  // namespace sw::json
