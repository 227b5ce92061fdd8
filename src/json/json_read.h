// json_read.h: typed reading of json::Value with messages that name the JSON path and the
// reason ("schemes[2].kind: must be one of gift, loan, ...; got 'gifts'"). Shared by the rules
// parser (which reports every problem) and the case parser (which reports the first).
#pragma once

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "json_value.h"
#include "stapelwijzer/catalogue.h"
#include "stapelwijzer/types.h"

namespace sw::json {

std::string join(const std::string& path, std::string_view key);  // "a" + "b" -> "a.b"
std::string at(const std::string& path, std::size_t index);       // "a", 2 -> "a[2]"

// A JSON path that is built as a string only when a message needs it. The rules reader hands one
// down every level of every scheme and almost never reports anything; building "schemes[12].
// condition.all[3].value" eagerly was a fifth of the loading time (bench_load). A child refers to
// its parent, so a Path must not outlive the Path it was made from: pass them down as arguments
// and keep them in locals of the function whose parameter they extend, never store them.
class Path {
public:
    Path(const char* root) : own_(root) {}         // NOLINT: implicit, like the strings it replaces
    Path(const std::string& root) : own_(root) {}  // NOLINT
    Path(const Path& parent, std::string_view key) : parent_(&parent), key_(key) {}
    Path(const Path& parent, std::size_t index) : parent_(&parent), index_(index), is_index_(true) {}
    std::string str() const;

private:
    const Path* parent_ = nullptr;
    std::string own_;       // a root's text
    std::string_view key_;  // a member's key (outlives the path: a literal or the JSON tree's key)
    std::size_t index_ = 0;
    bool is_index_ = false;
};
// The lazy forms of join() and at(): "a" + "b" -> "a.b", "a", 2 -> "a[2]".
inline Path member(const Path& path, std::string_view key) {
    return Path(path, key);
}
inline Path item(const Path& path, std::size_t index) {
    return Path(path, index);
}

// Collects diagnostics; a non-empty `file` ("oom.json") is put before every path
// ("oom.json: schemes[0].id", or just "oom.json" for the whole file).
class Errors {
public:
    Errors(std::vector<Diagnostic>& out, std::string file) : out_(out), prefix_(std::move(file)) {}
    void add(const Path& path, std::string message);
    std::size_t count() const { return out_.size(); }

private:
    std::vector<Diagnostic>& out_;
    std::string prefix_;
};

// "must be a string, got 12"
std::string wrong_type(const char* expected, const Value& got);
// "must be one of a, b, c; got 'x'"
std::string not_one_of(const std::vector<std::string>& allowed, const Value& got);

// False (and one error) if `v` is not an object. Otherwise reports every key not in `allowed` as
// "<path>.<key>: unknown field" and returns true.
// (Allowed names as a braced list of literals cost no allocation: this runs for every object.)
bool check_object(const Value& v, const Path& path, std::initializer_list<std::string_view> allowed,
                  Errors& errors);
bool check_object_names(const Value& v, const Path& path, const std::vector<std::string_view>& allowed,
                        Errors& errors);
// An object field that must be there: reports "<path>.<key>: required field is missing".
const Value* required(const Value& object, const Path& path, std::string_view key, Errors& errors);

std::optional<std::string> read_string(const Value& v, const Path& path, Errors& errors,
                                       bool non_empty = true);
std::optional<bool> read_bool(const Value& v, const Path& path, Errors& errors);
std::optional<Date> read_date(const Value& v, const Path& path, Errors& errors);
// A kebab-case id: [a-z0-9]+(-[a-z0-9]+)*
std::optional<std::string> read_id(const Value& v, const Path& path, Errors& errors);
bool is_kebab_id(std::string_view s);
// { "nl": "...", "en": "..." }: both keys required; `non_empty` also refuses empty strings.
std::optional<Text> read_text(const Value& v, const Path& path, Errors& errors, bool non_empty);
// A whole number (40 and 40.0 alike) within [min, max].
std::optional<std::int64_t> read_whole(const Value& v, const Path& path, Errors& errors, std::int64_t min,
                                       std::int64_t max);
// Money in euro with at most two decimals, never negative, as cents.
std::optional<Cents> read_cents(const Value& v, const Path& path, Errors& errors);
// One of the `allowed` strings.
std::optional<std::string> read_enum(const Value& v, const Path& path,
                                     std::initializer_list<std::string_view> allowed, Errors& errors);
std::optional<std::string> read_enum_names(const Value& v, const Path& path,
                                           const std::vector<std::string>& allowed, Errors& errors);

}  // namespace sw::json
