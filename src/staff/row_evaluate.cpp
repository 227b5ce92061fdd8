// row_evaluate.cpp: one staff row computed, the same way in every shell (staff_import.h): the
// CLI's `batch` and the web app's employer view call this one function, so their CSV rows agree.
#include "staff_import.h"
#include "stapelwijzer/rules.h"

namespace sw::staff {

BatchRow evaluate_staff_row(const Catalogue& catalogue, const CaseBuilder& builder, const CaseRow& row,
                            const EvaluateOptions& options) {
    BatchRow r = evaluate_batch_case(catalogue, BatchCase{row.row, row.json, row.error}, options);
    if (row.error.empty() && !r.error.empty()) r.error = builder.name_column(r.error);
    return r;
}

}  // namespace sw::staff
