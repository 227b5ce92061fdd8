// json_tree_builder.h: builds a json::Document from parse events (internal to src/rules/). Two
// parsers feed it: json_parse_fast.cpp for the common, valid text, and nlohmann's SAX parser
// (json_parse_nlohmann.cpp) for everything the fast one does not take on. The builder is where
// the tree's own rules live (duplicate keys refused, depth limited), so both apply them alike.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "json_value.h"

namespace sw::json {

class TreeBuilder {
public:
    // `text_size`: the size of the text to parse, to size the document's memory in one go.
    TreeBuilder(Document& doc, std::size_t text_size);

    // Where strings handed to the builder must live (they are kept as views).
    Arena& arena() { return doc_.arena_; }

    // Events in document order. Each returns false once the document is refused (`error` says
    // why); strings, keys and literals must be in arena() already.
    bool null() { return add(Value{}); }
    bool boolean(bool b);
    bool number(double nearest, std::string_view literal);
    bool string(std::string_view s);
    bool key(std::string_view k);
    bool open(Value::Kind kind);  // Array or Object
    bool close();
    bool fail(std::string message);

    std::string error;  // the first reason the document was refused

private:
    struct Frame {
        Value::Kind kind;
        std::size_t first;       // its first child in values_ (array) or members_ (object)
        std::string_view key;    // its key in the parent object
        std::size_t index;       // its place in the parent array
        std::uint64_t key_bits;  // a bit for each key's hash: most new keys need no comparison
        std::unordered_set<std::string_view> keys;  // filled only for large objects
    };
    bool add(const Value& v);
    // Sets what `v` points to: its text or its list of `size` items or members.
    bool point(Value& v, const void* data, std::size_t size);
    // The JSON path of the innermost open container, built only for a message.
    std::string path_of_open() const;

    Document& doc_;
    std::vector<Frame> stack_;
    // The children of every open container, innermost last: a container's children are copied
    // into the arena in one piece when it closes, so each list is allocated once, at its size.
    std::vector<Value> values_;
    std::vector<Member> members_;
    std::string_view pending_key_;
};

// The two parsers. Both return false when the text is refused; only the nlohmann one gives the
// reason (in b.error): the fast one gives up on anything unusual, and parse() then asks nlohmann.
bool parse_fast(std::string_view text, TreeBuilder& b);
bool parse_nlohmann(const std::string& text, TreeBuilder& b);

}  // namespace sw::json
