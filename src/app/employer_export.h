// employer_export.h: the employer view's printable summary: the input, the totals, what the
// employer must apply for with deadlines, and each person's plan, as the person's summary is
// written (export_doc.h: doc_html).
#pragma once

#include <string>

namespace sw::app {

std::string employer_summary_html();

}  // namespace sw::app
