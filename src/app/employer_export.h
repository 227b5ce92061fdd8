// employer_export.h: the employer view's printable summary: the input, the totals, what the
// employer must apply for with deadlines, and each person's plan, as the person's summary is
// written (export_doc.h: doc_html).
#pragma once

#include <string>
#include <vector>

namespace sw::app {

std::string employer_summary_html();

// The shared company budgets in words: per pot its size, what was shared out, what is left and to
// how many people; then the rule (docs/employer.md "Company budgets"). Empty when none was shared.
std::vector<std::string> employer_budget_lines();

}  // namespace sw::app
