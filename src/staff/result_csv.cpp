// result_csv.cpp: the result CSV of a staff list (staff_import.h), one writer for the CLI and the
// web app so an export from the app equals `stapelwijzer batch` byte for byte.
#include <string_view>

#include "staff_import.h"

namespace sw::staff {

namespace {

// The cell helpers append to the row being written: a row is one string, built without a
// temporary string per cell (the web app writes 10,000 of them while the page waits).

// `value` as a CSV cell: quoted when it holds the separator, a quote or a line break.
void append_cell(std::string& out, std::string_view value, char sep) {
    const char special[] = {'"', '\r', '\n', sep};
    append_csv_cell(out, value, std::string_view(special, sizeof special));
}

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
        s += x.id;
        s += ':';
        for (const std::string& f : x.deciding_facts) {
            s += ' ';
            s += f;
        }
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

void append_csv_cell(std::string& out, std::string_view value, std::string_view specials) {
    if (value.find_first_of(specials) == std::string_view::npos) {
        out += value;
        return;
    }
    out += '"';
    for (char ch : value) {
        if (ch == '"') out += '"';
        out += ch;
    }
    out += '"';
}

std::string csv_cell(const std::string& value, char sep) {
    std::string out;
    append_cell(out, value, sep);
    return out;
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
    out.reserve(256);
    for (const std::string& c : row.carried) {
        out += sep;
        append_cell(out, c, sep);
    }
    const std::string& error = row.error.empty() ? engine_error : row.error;
    if (result && error.empty()) {
        out += sep;
        out += std::to_string(result->plan.own_payment);
        out += sep;
        out += std::to_string(employer_cents(*result));
        out += sep;
        append_cell(out, ids_with(*result, Status::Eligible), sep);
        out += sep;
        append_cell(out, ids_with(*result, Status::Possible), sep);
        out += sep;
        append_cell(out, deciding(*result), sep);
        out += sep;
    } else {
        out.append(6, sep);
        append_cell(out, error, sep);
    }
    for (const std::string& cell : extra) {
        out += sep;
        append_cell(out, cell, sep);
    }
    out += '\n';
    return out;
}

}  // namespace sw::staff
