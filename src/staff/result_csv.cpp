// result_csv.cpp: the result CSV of a staff list (staff_import.h), one writer for the CLI and the
// web app so an export from the app equals `stapelwijzer batch` byte for byte.
#include "staff_import.h"

namespace sw::staff {

namespace {

std::string ids_with(const Result& r, Status status) {
    std::string s;
    for (const SchemeResult& x : r.schemes)
        if (x.status == status) {
            if (!s.empty()) s += ';';
            s += x.id;
        }
    return s;
}

// Per possible scheme the facts that would decide it: "stap-budget: person.age | oom: person.sector".
std::string deciding(const Result& r) {
    std::string s;
    for (const SchemeResult& x : r.schemes) {
        if (x.status != Status::Possible) continue;
        if (!s.empty()) s += " | ";
        s += std::string(x.id) + ":";
        for (const std::string& f : x.deciding_facts) s += " " + f;
    }
    return s;
}

Cents employer_cents(const Result& r) {
    Cents sum = 0;
    for (const Contribution& c : r.plan.contributions)
        if (c.applicant == Applicant::Employer) sum += c.amount;
    return sum;
}

}  // namespace

std::string csv_cell(const std::string& value, char sep) {
    if (value.find_first_of(std::string("\"\r\n") + sep) == std::string::npos) return value;
    std::string out = "\"";
    for (char ch : value) {
        if (ch == '"') out += '"';
        out += ch;
    }
    return out + "\"";
}

std::vector<std::string> budget_csv_columns(const Catalogue& catalogue) {
    std::vector<std::string> names;
    for (const SchemeSpec& s : catalogue.spec().schemes)
        if (s.limits.budget) names.push_back("budget_cents:" + s.id);
    return names;
}

std::vector<std::string> budget_csv_cells(const Catalogue& catalogue, const std::vector<BudgetShare>& shares,
                                          std::size_t index, bool row_ok) {
    std::vector<std::string> cells;
    for (const SchemeSpec& s : catalogue.spec().schemes) {
        if (!s.limits.budget) continue;
        std::string cell;
        for (const BudgetShare& b : shares)
            if (b.scheme == s.id && row_ok) cell = std::to_string(b.given[index]);
        cells.push_back(cell);
    }
    return cells;
}

std::string result_csv_header(const std::vector<Column>& columns, char sep,
                              const std::vector<std::string>& extra) {
    std::string out = sep == ';' ? "\xEF\xBB\xBF" : "";
    out += "row";
    for (const Column& c : columns)
        if (c.path.empty()) out += sep + csv_cell(c.header, sep);
    for (const char* name :
         {"own_payment_cents", "employer_cents", "eligible", "possible", "deciding", "error"})
        out += sep + std::string(name);
    for (const std::string& name : extra) out += sep + csv_cell(name, sep);
    return out + "\n";
}

std::string result_csv_row(const CaseRow& row, const Result* result, const std::string& engine_error,
                           char sep, const std::vector<std::string>& extra) {
    std::string out = std::to_string(row.row);
    for (const std::string& c : row.carried) out += sep + csv_cell(c, sep);
    const std::string& error = row.error.empty() ? engine_error : row.error;
    if (result && error.empty()) {
        out +=
            sep + std::to_string(result->plan.own_payment) + sep + std::to_string(employer_cents(*result)) +
            sep + csv_cell(ids_with(*result, Status::Eligible), sep) + sep +
            csv_cell(ids_with(*result, Status::Possible), sep) + sep + csv_cell(deciding(*result), sep) + sep;
    } else {
        out += std::string(6, sep) + csv_cell(error, sep);
    }
    for (const std::string& cell : extra) out += sep + csv_cell(cell, sep);
    return out + "\n";
}

}  // namespace sw::staff
