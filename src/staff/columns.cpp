// columns.cpp: which contract path each column of a staff list fills (staff_import.h). The paths
// come from the engine's fact table (stapelwijzer/facts.h), as the batch columns always did.
#include <algorithm>
#include <cctype>

#include "cell_text.h"
#include "header_names.h"
#include "staff_import.h"
#include "stapelwijzer/facts.h"

namespace sw::staff {

namespace {

bool valid_scheme_id(const std::string& id) {
    return !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
        return std::islower(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c)) ||
               c == '-' || c == '_';
    });
}

bool looks_like_path(const std::string& header) {
    const std::string h = lower(trim(header));
    return h.rfind("person.", 0) == 0 || h.rfind("course.", 0) == 0;
}

}  // namespace

std::vector<std::string> target_paths() {
    std::vector<std::string> out;
    for (int i = 0; i < kFactCount; ++i) {
        const Fact f = static_cast<Fact>(i);
        // Per-scheme and per-list answers (uses, budget_left, on_course_list) and the weeks in the
        // sector (given per year as person.weeks_in_sector) are objects: JSON Lines only.
        if (is_keyed(f) || f == Fact::PersonMinWeeksInSector5y) continue;
        out.push_back(fact_info(f).path);
        if (f == Fact::PersonAge) out.push_back("person.birth_date");  // the age from it
    }
    for (int c = 0; c < kComponentCount; ++c)
        out.push_back(std::string("course.costs.") + component_name(static_cast<Component>(c)));
    out.push_back("contract");
    out.push_back(kCourseNamePath);
    return out;
}

bool is_target_path(const std::string& path) {
    if (path.rfind("person.used.", 0) == 0) return valid_scheme_id(path.substr(12));
    const auto all = target_paths();
    return std::find(all.begin(), all.end(), path) != all.end();
}

std::vector<Column> recognise_columns(const std::vector<std::string>& header) {
    std::vector<Column> out;
    for (const std::string& cell : header) {
        Column col{cell, ""};
        const std::string exact = lower(trim(cell));
        // "contract" is what an employer calls the kind of contract (header_names.cpp); the JSON
        // contract's version column is "contract_version" (or a --map to "contract").
        if (is_target_path(exact) && exact != "contract")
            col.path = exact;
        else
            col.path = path_of_header_name(normalise_header(cell));
        // A name used twice ("Leeftijd" and "Age"): the first keeps it, the second is carried.
        for (const Column& c : out)
            if (!col.path.empty() && c.path == col.path) col.path.clear();
        out.push_back(col);
    }
    return out;
}

bool override_columns(std::vector<Column>& columns, const std::string& spec, std::string& error) {
    std::size_t start = 0;
    while (start <= spec.size()) {
        std::size_t end = spec.find_first_of(";\n", start);
        if (end == std::string::npos) end = spec.size();
        const std::string item = trim(spec.substr(start, end - start));
        start = end + 1;
        if (item.empty()) continue;
        const std::size_t eq = item.rfind('=');
        if (eq == std::string::npos) {
            error = "mapping '" + item + "': write it as Header=path (e.g. Leeftijd=person.age)";
            return false;
        }
        const std::string name = trim(item.substr(0, eq));
        std::string path = lower(trim(item.substr(eq + 1)));
        if (path == "-") path.clear();
        if (!path.empty() && !is_target_path(path)) {
            error = "mapping '" + item + "': '" + path +
                    "' is not a field a column can fill (e.g. person.age, " + "course.costs.tuition)";
            return false;
        }
        Column* target = nullptr;
        for (Column& c : columns)
            if (trim(c.header) == name) target = target ? target : &c;
        if (!target && !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
                return std::isdigit(static_cast<unsigned char>(c));
            })) {
            const std::size_t n = std::stoul(name.substr(0, 6));
            if (n >= 1 && n <= columns.size()) target = &columns[n - 1];
        }
        if (!target) {
            error = "mapping '" + item + "': the file has no column '" + name + "'";
            return false;
        }
        // The path moves to this column: another column that had it is carried from now on.
        for (Column& c : columns)
            if (!path.empty() && c.path == path) c.path.clear();
        target->path = path;
    }
    return true;
}

bool check_columns(const std::vector<Column>& columns, bool course_has_costs, std::string& error) {
    bool has_cost = course_has_costs;
    for (std::size_t i = 0; i < columns.size(); ++i) {
        const Column& col = columns[i];
        const std::string where = "header, column " + std::to_string(i + 1) + " '" + trim(col.header) + "'";
        if (col.path.empty() && is_target_path(lower(trim(col.header)))) {
            error = where + ": the column appears twice";
            return false;
        }
        if (col.path.empty() && looks_like_path(col.header)) {
            error =
                where + ": unknown field (use the contract's paths, e.g. person.age, course.costs.tuition)";
            return false;
        }
        for (std::size_t j = 0; j < i; ++j)
            if (!col.path.empty() && columns[j].path == col.path) {
                error = where + ": fills " + col.path + ", as column " + std::to_string(j + 1) + " does";
                return false;
            }
        has_cost = has_cost || col.path.rfind("course.costs.", 0) == 0;
    }
    if (!has_cost) {
        error =
            "header: no column with a course cost (e.g. 'lesgeld' or course.costs.tuition), and no course "
            "for "
            "everybody; the course cost is required";
        return false;
    }
    return true;
}

}  // namespace sw::staff
