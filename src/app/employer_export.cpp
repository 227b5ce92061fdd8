// employer_export.cpp: the employer's printable summary (employer_export.h).
#include "employer_export.h"

#include <algorithm>

#include "employer_model.h"
#include "export_doc.h"
#include "format.h"
#include "result_lookup.h"
#include "string_table.h"
#include "view_model.h"

namespace sw::app {
namespace {

std::string row_name(const employer::RowView& r) {
    const std::string n = fmt(S::EmpRowName, std::to_string(r.row));
    return r.carried.empty() || r.carried.front().empty() ? n : r.carried.front() + " (" + n + ")";
}

}  // namespace

std::vector<std::string> employer_budget_lines() {
    const employer::Model& m = employer::model();
    std::vector<std::string> lines;
    for (const BudgetShare& b : m.shares) {
        lines.push_back(fmt(S::EmpBudgetLine, scheme_name(b.scheme), euro(b.pot), euro(b.given_total)) + " " +
                        fmt(S::EmpBudgetLeft, euro(b.pot - b.given_total)));
        const auto people = std::count_if(b.given.begin(), b.given.end(), [](Cents g) { return g > 0; });
        lines.push_back(fmt(S::EmpBudgetPeople, std::to_string(people)));
    }
    if (!m.shares.empty()) lines.push_back(fmt(S::EmpBudgetRule, text_in_language(budget_share_rule())));
    return lines;
}

std::string employer_summary_html() {
    const employer::Model& m = employer::model();
    std::vector<DocSection> doc;
    DocSection input{tr(S::EmpExportInput), {}};
    input.lines.push_back(
        fmt(S::EmpLoaded, m.source.empty() ? tr(S::EmpPasted) : m.source, std::to_string(m.records.size())));
    input.lines.push_back(
        fmt(S::EmpSummary, std::to_string(m.rows.size()), std::to_string(m.totals.rows_bad)));
    doc.push_back(input);

    const employer::Totals& t = m.totals;
    DocSection totals{tr(S::EmpTotals), {}};
    totals.lines.push_back(fmt(S::EmpTotalCost, euro(t.cost)));
    totals.lines.push_back(fmt(S::EmpByEmployer, euro(t.by_employer)));
    totals.lines.push_back(fmt(S::EmpByPerson, euro(t.by_person)));
    totals.lines.push_back(fmt(S::EmpOwn, euro(t.own)));
    for (const auto& [scheme, cents] : t.per_scheme)
        totals.lines.push_back({scheme_name(scheme) + ": " + euro(cents), 1});
    doc.push_back(totals);

    if (const std::vector<std::string> budgets = employer_budget_lines(); !budgets.empty()) {
        DocSection pots{tr(S::EmpBudgets), {}};
        for (const std::string& line : budgets) pots.lines.push_back(line);
        doc.push_back(pots);
    }

    DocSection apply{tr(S::EmpApplications), {}};
    for (const auto& a : m.applications) {
        const auto& r = m.rows[static_cast<std::size_t>(a.row - 1)];
        apply.lines.push_back(fmt(S::EmpApplicationLine, scheme_name(a.scheme), euro(a.amount), row_name(r)));
        apply.lines.push_back(
            {a.deadline.nl.empty() ? tr(S::EmpNoDeadline) : text_in_language(a.deadline), 1});
    }
    if (m.applications.empty()) apply.lines.push_back(tr(S::EmpNoApplications));
    doc.push_back(apply);

    DocSection rows{tr(S::EmpExportRows), {}};
    for (const auto& r : m.rows) {
        if (!r.error.empty()) {
            rows.lines.push_back(row_name(r) + ": " + tr(S::EmpColError) + ": " +
                                 employer::row_error_text(r.error));
            continue;
        }
        rows.lines.push_back(row_name(r) + ": " + fmt(S::EmpExportOwn, euro(r.own)));
        for (const auto& p : r.plan)
            rows.lines.push_back({scheme_name(p.scheme) + ": " + euro(p.amount) + " (" +
                                      tr(p.applicant == Applicant::Employer ? S::WhoEmployer : S::WhoPerson) +
                                      ")",
                                  1});
        for (const auto& n : r.notes) rows.lines.push_back({text_in_language(n), 1});
    }
    doc.push_back(rows);
    const auto& info = vm().planner->info();
    doc.push_back({"",
                   {fmt(S::ExportMade, long_date(vm().today), info.catalogue + " " + info.version),
                    tr(S::ExportPrivacy)}});
    return doc_html(tr(S::EmpExportTitle), doc);
}

}  // namespace sw::app
