// row_evaluate.cpp: a staff row's engine error with its column named (staff_import.h): the CLI's
// `batch` and the web app's employer view both evaluate rows through the engine's batch entry
// points and name the column here, so their CSV rows agree.
#include "staff_import.h"
#include "stapelwijzer/rules.h"

namespace sw::staff {

void name_row_error(const CaseBuilder& builder, const CaseRow& row, BatchRow& result) {
    if (row.error.empty() && !result.error.empty()) result.error = builder.name_column(result.error);
}

}  // namespace sw::staff
