// json_tree_builder.cpp: see json_tree_builder.h.
#include "json_tree_builder.h"

namespace sw::json {

namespace {

std::string join(std::string path, std::string_view key) {
    if (path.empty()) return std::string(key);
    path += '.';
    path += key;
    return path;
}

// 0..63 from the key's length and ends: a cheap filter before comparing keys.
unsigned key_hash(std::string_view k) {
    const unsigned ends =
        k.empty() ? 0 : static_cast<unsigned char>(k.front()) * 3 + static_cast<unsigned char>(k.back());
    return (static_cast<unsigned>(k.size()) * 7 + ends) & 63;
}

}  // namespace

TreeBuilder::TreeBuilder(Document& doc, std::size_t text_size) : doc_(doc) {
    // The tree of a catalogue fragment takes a few times its text; the arena grows if needed.
    doc_.arena_ = Arena(text_size * 4);
    stack_.reserve(kMaxDepth);
}

bool TreeBuilder::boolean(bool b) {
    Value v;
    v.kind = Value::Kind::Bool;
    v.boolean = b;
    return add(v);
}

bool TreeBuilder::number(double nearest, std::string_view literal) {
    Value v;
    v.kind = Value::Kind::Number;
    v.number = nearest;
    return point(v, literal.data(), literal.size()) && add(v);
}

bool TreeBuilder::string(std::string_view s) {
    Value v;
    v.kind = Value::Kind::String;
    return point(v, s.data(), s.size()) && add(v);
}

bool TreeBuilder::key(std::string_view k) {
    Frame& f = stack_.back();
    const std::size_t count = members_.size() - f.first;
    bool seen = false;
    const std::uint64_t bit = std::uint64_t{1} << key_hash(k);
    if (f.keys.empty() && count < 16) {
        if (f.key_bits & bit)
            for (std::size_t i = f.first; i < members_.size(); ++i) seen = seen || members_[i].key == k;
        f.key_bits |= bit;
    } else {
        if (f.keys.empty())
            for (std::size_t i = f.first; i < members_.size(); ++i) f.keys.insert(members_[i].key);
        seen = !f.keys.insert(k).second;
    }
    if (seen) return fail(join(path_of_open(), k) + ": duplicate key (each key may appear once)");
    pending_key_ = k;
    return true;
}

bool TreeBuilder::open(Value::Kind kind) {
    if (static_cast<int>(stack_.size()) >= kMaxDepth)
        return fail("nested deeper than " + std::to_string(kMaxDepth) + " levels");
    Frame f{kind, kind == Value::Kind::Array ? values_.size() : members_.size(), {}, 0, 0, {}};
    if (!stack_.empty()) {
        const Frame& parent = stack_.back();
        if (parent.kind == Value::Kind::Array)
            f.index = values_.size() - parent.first;
        else
            f.key = pending_key_;
    }
    stack_.push_back(std::move(f));
    return true;
}

bool TreeBuilder::close() {
    Frame& f = stack_.back();
    Value v;
    v.kind = f.kind;
    if (f.kind == Value::Kind::Array) {
        const std::size_t n = values_.size() - f.first;
        if (!point(v, arena().copy(values_.data() + f.first, n), n)) return false;
        values_.resize(f.first);
    } else {
        const std::size_t n = members_.size() - f.first;
        if (!point(v, arena().copy(members_.data() + f.first, n), n)) return false;
        members_.resize(f.first);
    }
    pending_key_ = f.key;  // the key this container was opened under, for its parent
    stack_.pop_back();
    return add(v);
}

bool TreeBuilder::point(Value& v, const void* data, std::size_t size) {
    // Far beyond what the callers' size limits (32 MB a fragment) let through.
    if (size > UINT32_MAX) return fail("a string or list longer than 4 GB");
    v.data_ = data;
    v.size_ = static_cast<std::uint32_t>(size);
    return true;
}

bool TreeBuilder::fail(std::string message) {
    if (error.empty()) error = std::move(message);
    return false;
}

bool TreeBuilder::add(const Value& v) {
    if (stack_.empty()) {
        doc_.root_ = v;
        return true;
    }
    if (stack_.back().kind == Value::Kind::Array)
        values_.push_back(v);
    else
        members_.push_back(Member{pending_key_, v});
    return true;
}

std::string TreeBuilder::path_of_open() const {
    std::string path;
    for (std::size_t i = 1; i < stack_.size(); ++i) {
        if (stack_[i - 1].kind == Value::Kind::Array)
            path += "[" + std::to_string(stack_[i].index) + "]";
        else
            path = join(std::move(path), stack_[i].key);
    }
    return path;
}

}  // namespace sw::json
