// row_evaluate.cpp: one staff row computed, the same way in every shell (staff_import.h): the
// CLI's `batch` and the web app's employer view call this one function, so their CSV rows agree.
#include "staff_import.h"
#include "stapelwijzer/rules.h"

namespace sw::staff {

BatchRow evaluate_staff_row(const Catalogue& catalogue, const CaseBuilder& builder, const CaseRow& row,
                            const EvaluateOptions& options) {
    BatchRow r = evaluate_batch_case(catalogue, BatchCase{row.row, row.json, row.error}, options);
    name_row_error(builder, row, r);
    return r;
}

void name_row_error(const CaseBuilder& builder, const CaseRow& row, BatchRow& result) {
    if (row.error.empty() && !result.error.empty()) result.error = builder.name_column(result.error);
}

}  // namespace sw::staff
