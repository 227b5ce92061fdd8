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

std::string join(const std::string& path, const std::string& key);  // "a" + "b" -> "a.b"
std::string at(const std::string& path, std::size_t index);          // "a", 2 -> "a[2]"

// Collects diagnostics; a non-empty `file` ("oom.json") is put before every path
// ("oom.json: schemes[0].id", or just "oom.json" for the whole file).
class Errors {
public:
    Errors(std::vector<Diagnostic>& out, std::string file) : out_(out), prefix_(std::move(file)) {}
    void add(const std::string& path, std::string message);
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
bool check_object(const Value& v, const std::string& path, std::initializer_list<std::string_view> allowed,
                  Errors& errors);
bool check_object_names(const Value& v, const std::string& path, const std::vector<std::string_view>& allowed,
                        Errors& errors);
// An object field that must be there: reports "<path>.<key>: required field is missing".
const Value* required(const Value& object, const std::string& path, const std::string& key, Errors& errors);

std::optional<std::string> read_string(const Value& v, const std::string& path, Errors& errors, bool non_empty = true);
std::optional<bool> read_bool(const Value& v, const std::string& path, Errors& errors);
std::optional<Date> read_date(const Value& v, const std::string& path, Errors& errors);
// A kebab-case id: [a-z0-9]+(-[a-z0-9]+)*
std::optional<std::string> read_id(const Value& v, const std::string& path, Errors& errors);
bool is_kebab_id(const std::string& s);
// { "nl": "...", "en": "..." }: both keys required; `non_empty` also refuses empty strings.
std::optional<Text> read_text(const Value& v, const std::string& path, Errors& errors, bool non_empty);
// A whole number (40 and 40.0 alike) within [min, max].
std::optional<std::int64_t> read_whole(const Value& v, const std::string& path, Errors& errors, std::int64_t min,
                                       std::int64_t max);
// Money in euro with at most two decimals, never negative, as cents.
std::optional<Cents> read_cents(const Value& v, const std::string& path, Errors& errors);
// One of the `allowed` strings.
std::optional<std::string> read_enum(const Value& v, const std::string& path,
                                     std::initializer_list<std::string_view> allowed, Errors& errors);
std::optional<std::string> read_enum_names(const Value& v, const std::string& path,
                                           const std::vector<std::string>& allowed, Errors& errors);

}  // namespace sw::json
