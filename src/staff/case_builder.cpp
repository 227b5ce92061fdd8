// case_builder.cpp: CaseBuilder (staff_import.h): one record of a staff list -> the contract JSON
// of one case, which parse_case_json() then checks exactly as `stapelwijzer plan` does.
#include <algorithm>
#include <nlohmann/json.hpp>

#include "cell_text.h"
#include "staff_import.h"

namespace sw::staff {

namespace {

std::string object(const std::map<std::string, std::string>& members, const std::vector<std::string>& order) {
    std::string s = "{";
    for (const std::string& name : order) {
        auto it = members.find(name);
        if (it == members.end()) continue;
        s += (s.size() > 1 ? "," : "") + json_text(name) + ":" + it->second;
    }
    return s + "}";
}

// Member names in first-seen order (the course's own, then the row's), each once.
void remember(std::vector<std::string>& order, const std::string& name) {
    for (const std::string& n : order)
        if (n == name) return;
    order.push_back(name);
}

}  // namespace

namespace {

// A course object (the contract's "course") split into its members and its costs; false when it
// is not an object.
bool read_course(const nlohmann::json& course, std::map<std::string, std::string>& members,
                 std::map<std::string, std::string>& costs) {
    if (!course.is_object()) return false;
    for (auto it = course.begin(); it != course.end(); ++it) {
        if (it.key() == "costs" && it.value().is_object()) {
            for (auto c = it.value().begin(); c != it.value().end(); ++c) costs[c.key()] = c.value().dump();
        } else {
            members[it.key()] = it.value().dump();
        }
    }
    return true;
}

}  // namespace

CaseBuilder::CaseBuilder(std::vector<Column> columns, text::NumberStyle style, const std::string& course_json,
                         const std::string& courses_json)
    : columns_(std::move(columns)), style_(style) {
    if (!trim(course_json).empty()) {
        const nlohmann::json course = nlohmann::json::parse(course_json, nullptr, false);
        if (course.is_discarded() || !read_course(course, everybody_.members, everybody_.costs)) {
            error_ =
                "the course must be a JSON object like the contract's \"course\" ({\"costs\": {\"tuition\": "
                "1250}})";
            return;
        }
    }
    if (trim(courses_json).empty()) return;
    const nlohmann::json courses = nlohmann::json::parse(courses_json, nullptr, false);
    if (courses.is_discarded() || !courses.is_object()) {
        error_ =
            "the named courses must be a JSON object of courses by name ({\"VCA\": {\"costs\": {\"tuition\": "
            "300}}})";
        return;
    }
    for (auto it = courses.begin(); it != courses.end(); ++it) {
        const std::string key = lower(trim(it.key()));
        if (key.empty()) {
            error_ = "a named course has an empty name";
            return;
        }
        if (named_.count(key)) {
            error_ = "the named course '" + trim(it.key()) + "' is given twice";
            return;
        }
        CourseFields& f = named_[key];
        if (!read_course(it.value(), f.members, f.costs)) {
            error_ =
                "the named course '" + trim(it.key()) +
                "' must be a JSON object like the contract's \"course\" ({\"costs\": {\"tuition\": 300}})";
            return;
        }
        named_list_ += (named_list_.empty() ? "" : ", ") + trim(it.key());
    }
}

bool CaseBuilder::course_has_costs() const {
    if (!everybody_.costs.empty()) return true;
    const bool named_column = std::any_of(columns_.begin(), columns_.end(),
                                          [](const Column& c) { return c.path == kCourseNamePath; });
    return named_column &&
           std::any_of(named_.begin(), named_.end(), [](const auto& n) { return !n.second.costs.empty(); });
}

CaseRow CaseBuilder::build(const Record& record, int row) const {
    CaseRow out;
    out.row = row;
    out.line = record.line;
    for (std::size_t i = 0; i < columns_.size(); ++i)
        if (columns_[i].path.empty()) out.carried.push_back(i < record.cells.size() ? record.cells[i] : "");
    if (!record.error.empty()) {
        out.error = record.error;
        return out;
    }
    // Cells beyond the header are allowed when empty (Excel writes trailing separators).
    std::size_t used = record.cells.size();
    while (used > columns_.size() && trim(record.cells[used - 1]).empty()) --used;
    if (used != columns_.size()) {
        out.error = "line " + std::to_string(record.line) + ": has " + std::to_string(used) +
                    " cells, the header has " + std::to_string(columns_.size());
        return out;
    }
    auto where = [](const Column& col) {
        const std::string header = trim(col.header);
        return header == col.path ? col.path : "column '" + header + "' (" + col.path + ")";
    };
    // The row's course: the named course its course column gives, else the course for everybody.
    const CourseFields* base = &everybody_;
    for (std::size_t i = 0; i < columns_.size(); ++i) {
        const std::string name = trim(record.cells[i]);
        if (columns_[i].path != kCourseNamePath || name.empty()) continue;
        auto it = named_.find(lower(name));
        if (it == named_.end()) {
            out.error = where(columns_[i]) + ": unknown course '" + name + "' (" +
                        (named_.empty() ? std::string("no named courses are given")
                                        : "the named courses: " + named_list_) +
                        ")";
            return out;
        }
        base = &it->second;
    }
    std::map<std::string, std::string> top, person, used_budgets, course = base->members, costs = base->costs;
    std::vector<std::string> top_order, person_order, used_order, course_order, costs_order;
    for (const auto& [name, v] : course) remember(course_order, name);
    for (const auto& [name, v] : costs) remember(costs_order, name);
    for (std::size_t i = 0; i < columns_.size(); ++i) {
        const Column& col = columns_[i];
        if (col.path.empty() || col.path == kCourseNamePath || trim(record.cells[i]).empty()) continue;
        std::string value, error;
        if (!cell_to_json(col.path, record.cells[i], style_, value, error)) {
            out.error = where(col) + ": " + error;
            return out;
        }
        const std::string& p = col.path;
        if (p.rfind("person.used.", 0) == 0) {
            used_budgets[p.substr(12)] = value;
            remember(used_order, p.substr(12));
        } else if (p.rfind("person.", 0) == 0) {
            person[p.substr(7)] = value;
            remember(person_order, p.substr(7));
        } else if (p.rfind("course.costs.", 0) == 0) {
            costs[p.substr(13)] = value;
            remember(costs_order, p.substr(13));
        } else if (p.rfind("course.", 0) == 0) {
            course[p.substr(7)] = value;
            remember(course_order, p.substr(7));
        } else {
            top[p] = value;
            remember(top_order, p);
        }
    }
    if (!top.count("contract")) {
        top["contract"] = "1";
        top_order.insert(top_order.begin(), "contract");
    }
    if (!used_budgets.empty()) {
        person["used"] = object(used_budgets, used_order);
        remember(person_order, "used");
    }
    course["costs"] = object(costs, costs_order);
    course_order.insert(course_order.begin(), "costs");
    top["person"] = object(person, person_order);
    top["course"] = object(course, course_order);
    top_order.push_back("person");
    top_order.push_back("course");
    out.json = object(top, top_order);
    return out;
}

std::string CaseBuilder::name_column(const std::string& engine_error) const {
    for (const Column& col : columns_) {
        if (col.path.empty() || engine_error.compare(0, col.path.size() + 1, col.path + ":") != 0) continue;
        const std::string header = trim(col.header);
        if (header == col.path) return engine_error;
        return "column '" + header + "' (" + col.path + ")" + engine_error.substr(col.path.size());
    }
    return engine_error;
}

}  // namespace sw::staff
