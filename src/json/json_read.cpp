// json_read.cpp: see json_read.h.
#include "json_read.h"

#include <algorithm>

#include "json_number.h"

namespace sw::json {

std::string join(const std::string& path, std::string_view key) {
    if (path.empty()) return std::string(key);
    std::string out = path;
    out += '.';
    out += key;
    return out;
}
std::string at(const std::string& path, std::size_t index) {
    return path + "[" + std::to_string(index) + "]";
}

std::string Path::str() const {
    if (!parent_) return own_;
    std::string s = parent_->str();
    if (is_index_) return s + "[" + std::to_string(index_) + "]";
    if (s.empty()) return std::string(key_);
    s += '.';
    s += key_;
    return s;
}

void Errors::add(const Path& at_path, std::string message) {
    const std::string path = at_path.str();
    std::string where = prefix_.empty() ? path : path.empty() ? prefix_ : prefix_ + ": " + path;
    out_.push_back(Diagnostic{std::move(where), std::move(message)});
}

std::string wrong_type(const char* expected, const Value& got) {
    return std::string("must be ") + expected + ", got " + describe(got);
}

std::string not_one_of(const std::vector<std::string>& allowed, const Value& got) {
    std::string list;
    for (const auto& a : allowed) list += (list.empty() ? "" : ", ") + a;
    return "must be one of " + list + "; got " + describe(got);
}

namespace {

template <typename List>
bool contains(const List& list, std::string_view s) {
    for (const auto& item : list)
        if (same_key(s, item)) return true;
    return false;
}

template <typename List>
std::vector<std::string> to_strings(const List& list) {
    std::vector<std::string> out;
    for (const auto& item : list) out.emplace_back(item);
    return out;
}

template <typename List>
bool check_object_in(const Value& v, const Path& path, const List& allowed, Errors& errors) {
    if (!v.is_object()) {
        errors.add(path, wrong_type("an object", v));
        return false;
    }
    for (const auto& m : v.members())
        if (!contains(allowed, m.key)) errors.add(member(path, m.key), "unknown field");
    return true;
}

template <typename List>
std::optional<std::string> read_enum_in(const Value& v, const Path& path, const List& allowed,
                                        Errors& errors) {
    if (!v.is_string() || !contains(allowed, v.text())) {
        errors.add(path, not_one_of(to_strings(allowed), v));
        return std::nullopt;
    }
    return std::string(v.text());
}

}  // namespace

bool check_object(const Value& v, const Path& path, std::initializer_list<std::string_view> allowed,
                  Errors& errors) {
    return check_object_in(v, path, allowed, errors);
}
bool check_object_names(const Value& v, const Path& path, const std::vector<std::string_view>& allowed,
                        Errors& errors) {
    return check_object_in(v, path, allowed, errors);
}

const Value* required(const Value& object, const Path& path, std::string_view key, Errors& errors) {
    const Value* v = object.find(key);
    if (!v) errors.add(member(path, key), "required field is missing");
    return v;
}

std::optional<std::string> read_string(const Value& v, const Path& path, Errors& errors, bool non_empty) {
    if (!v.is_string()) {
        errors.add(path, wrong_type("a string", v));
        return std::nullopt;
    }
    if (non_empty && v.text().find_first_not_of(" \t\r\n") == std::string::npos) {
        errors.add(path, "must not be empty");
        return std::nullopt;
    }
    return std::string(v.text());
}

std::optional<bool> read_bool(const Value& v, const Path& path, Errors& errors) {
    if (!v.is_bool()) {
        errors.add(path, wrong_type("true or false", v));
        return std::nullopt;
    }
    return v.boolean;
}

std::optional<Date> read_date(const Value& v, const Path& path, Errors& errors) {
    if (!v.is_string()) {
        errors.add(path, wrong_type("an ISO date (YYYY-MM-DD)", v));
        return std::nullopt;
    }
    auto d = parse_iso_date(std::string(v.text()));
    if (!d) errors.add(path, "must be a real date as YYYY-MM-DD, got " + describe(v));
    return d;
}

bool is_kebab_id(std::string_view s) {
    if (s.empty() || s.front() == '-' || s.back() == '-') return false;
    char prev = '-';
    for (char ch : s) {
        bool ok = (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '-';
        if (!ok || (ch == '-' && prev == '-')) return false;
        prev = ch;
    }
    return true;
}

std::optional<std::string> read_id(const Value& v, const Path& path, Errors& errors) {
    if (!v.is_string()) {
        errors.add(path, wrong_type("a string", v));
        return std::nullopt;
    }
    if (!is_kebab_id(v.text())) {
        errors.add(path, "must be kebab-case (lower-case letters and digits joined by single '-'), got " +
                             describe(v));
        return std::nullopt;
    }
    return std::string(v.text());
}

std::optional<Text> read_text(const Value& v, const Path& path, Errors& errors, bool non_empty) {
    // Fast path for the common, correct text (every scheme has dozens): no path strings built.
    if (v.is_object() && v.members().size() == 2) {
        const Value* nl = v.find("nl");
        const Value* en = v.find("en");
        auto ok = [&](const Value* t) {
            return t && t->is_string() &&
                   (!non_empty || t->text().find_first_not_of(" \t\r\n") != std::string::npos);
        };
        if (ok(nl) && ok(en)) return Text{std::string(nl->text()), std::string(en->text())};
    }
    if (!check_object(v, path, {"nl", "en"}, errors)) return std::nullopt;
    const Value* nl = required(v, path, "nl", errors);
    const Value* en = required(v, path, "en", errors);
    std::optional<std::string> a, b;
    if (nl) a = read_string(*nl, member(path, "nl"), errors, non_empty);
    if (en) b = read_string(*en, member(path, "en"), errors, non_empty);
    if (!a || !b) return std::nullopt;
    return Text{std::move(*a), std::move(*b)};
}

std::optional<std::int64_t> read_whole(const Value& v, const Path& path, Errors& errors, std::int64_t min,
                                       std::int64_t max) {
    if (!v.is_number()) {
        errors.add(path, wrong_type("a whole number", v));
        return std::nullopt;
    }
    std::int64_t n = 0;
    ScaleResult r = scale_literal(v.text(), 0, n);
    if (r == ScaleResult::NotExact) {
        errors.add(path, "must be a whole number, got " + describe(v));
        return std::nullopt;
    }
    if (r != ScaleResult::Ok || n < min || n > max) {
        errors.add(path, "must be from " + std::to_string(min) + " to " + std::to_string(max) + ", got " +
                             describe(v));
        return std::nullopt;
    }
    return n;
}

std::optional<Cents> read_cents(const Value& v, const Path& path, Errors& errors) {
    if (!v.is_number()) {
        errors.add(path, wrong_type("a number of euro", v));
        return std::nullopt;
    }
    std::int64_t cents = 0;
    switch (literal_to_cents(v.text(), cents)) {
        case ScaleResult::Ok:
            break;
        case ScaleResult::NotExact:
            errors.add(path, "must be a whole number of cents, got " + describe(v));
            return std::nullopt;
        case ScaleResult::TooLarge:
        case ScaleResult::NotANumber:
            errors.add(path, "is too large, got " + describe(v));
            return std::nullopt;
    }
    if (cents < 0) {
        errors.add(path, "must not be negative, got " + describe(v));
        return std::nullopt;
    }
    return cents;
}

std::optional<std::string> read_enum(const Value& v, const Path& path,
                                     std::initializer_list<std::string_view> allowed, Errors& errors) {
    return read_enum_in(v, path, allowed, errors);
}
std::optional<std::string> read_enum_names(const Value& v, const Path& path,
                                           const std::vector<std::string>& allowed, Errors& errors) {
    return read_enum_in(v, path, allowed, errors);
}

}  // namespace sw::json
