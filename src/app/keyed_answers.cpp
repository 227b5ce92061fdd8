#include "keyed_answers.h"

#include <algorithm>
#include <climits>

#include "format.h"
#include "string_table.h"
#include "text/date_text.h"

namespace sw::app {
namespace {

constexpr const char* kUses = "person.uses";
constexpr const char* kBudgetLeft = "person.budget_left";
constexpr const char* kOnCourseList = "course.on_course_list";

bool starts_with(const std::string& s, const std::string& prefix) {
    return s.compare(0, prefix.size(), prefix) == 0;
}

// A whole number of uses, 0 to 1000 (the format's largest use limit).
std::optional<int> read_count(const std::string& text) {
    if (text.empty() || text.size() > 4) return std::nullopt;
    if (!std::all_of(text.begin(), text.end(), [](char ch) { return ch >= '0' && ch <= '9'; }))
        return std::nullopt;
    return std::stoi(text);
}

void collect_codes(const Condition& c, std::vector<std::string>& out) {
    if (c.type == Condition::Type::Leaf && c.fact == Fact::CourseOnCourseList) {
        for (const auto& v : c.operand.values)
            if (const auto* code = std::get_if<std::string>(&v))
                if (std::find(out.begin(), out.end(), *code) == out.end()) out.push_back(*code);
    }
    for (const auto& child : c.children) collect_codes(child, out);
}

}  // namespace

bool is_keyed_fact(const std::string& fact) {
    return fact == kUses || fact == kBudgetLeft || fact == kOnCourseList;
}

bool is_keyed_answer(const std::string& path, std::string* fact_out) {
    for (const char* fact : {kUses, kBudgetLeft, kOnCourseList}) {
        if (path.size() > std::char_traits<char>::length(fact) + 1 &&
            starts_with(path, std::string(fact) + ".")) {
            if (fact_out) *fact_out = fact;
            return true;
        }
    }
    return false;
}

std::string uses_path(const std::string& scheme_id, const char* member) {
    return std::string(kUses) + "." + scheme_id + "." + member;
}
std::string budget_left_path(const std::string& scheme_id) {
    return std::string(kBudgetLeft) + "." + scheme_id;
}
std::string course_list_path(const std::string& code) {
    return std::string(kOnCourseList) + "." + code;
}

std::string put_keyed_answer(const std::string& path, const std::string& text, Case& c) {
    if (text.empty()) return {};
    if (starts_with(path, std::string(kBudgetLeft) + ".")) {
        const std::string id = path.substr(std::char_traits<char>::length(kBudgetLeft) + 1);
        const MoneyRead read = read_euro(text, language());
        if (!read.cents) return money_error_message(tr(S::KeyedBudgetLeftLabel), read);
        c.person.budget_left[id] = *read.cents;
        return {};
    }
    if (starts_with(path, std::string(kOnCourseList) + ".")) {
        c.course.on_course_list[path.substr(std::char_traits<char>::length(kOnCourseList) + 1)] =
            text == "true";
        return {};
    }
    // person.uses.<scheme>.<member>: the scheme id is kebab-case, so the member is after the last '.'.
    const std::size_t dot = path.rfind('.');
    if (dot <= std::char_traits<char>::length(kUses)) return {};  // no member: not a path the app writes
    const std::string id = path.substr(std::char_traits<char>::length(kUses) + 1,
                                       dot - std::char_traits<char>::length(kUses) - 1);
    const std::string member = path.substr(dot + 1);
    SchemeUse& use = c.person.uses[id];
    if (member == "last_granted") {
        const text::DateRead read = text::read_date(text);
        if (!read.date)
            return fmt(read.error == text::DateError::DoesNotExist ? S::KeyedDateMissing : S::KeyedBadDate,
                       tr(S::KeyedLastGrantedLabel));
        use.last_granted = *read.date;
        return {};
    }
    const std::optional<int> n = read_count(text);
    const bool this_year = member == "times_this_year";
    if (!n) return fmt(S::KeyedBadCount, tr(this_year ? S::KeyedTimesThisYearLabel : S::KeyedTimesLabel));
    (this_year ? use.times_this_year : use.times) = *n;
    return {};
}

std::vector<std::string> course_list_codes(const SchemeSpec& scheme) {
    std::vector<std::string> out;
    collect_codes(scheme.condition, out);
    return out;
}

}  // namespace sw::app
