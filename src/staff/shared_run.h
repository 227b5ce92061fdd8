// shared_run.h: a staff list computed as `stapelwijzer batch --share-budgets` computes it
// (docs/employer.md "Company budgets"), in small steps so a page can stay responsive between them:
// every record read into a case (CaseBuilder, then sw::parse_batch_case, as `batch` reads it), the
// company budgets shared among those cases (sw::BudgetSharing: the pot is everybody's, so every row
// is read first), then the rows evaluated a chunk at a time (sw::evaluate_batch). The same steps as
// sw::evaluate_batch_shared, so the same shares and rows. Used by the JavaScript API's staff jobs
// (src/web/js_api_staff.cpp) for the accessible page.
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "staff/staff_import.h"
#include "stapelwijzer/budget.h"

namespace sw::staff {

class SharedRun {
public:
    enum class Stage { Read, Share, Evaluate, Done };

    // `catalogue`, `builder` and `records` must outlive the run and not change during it.
    SharedRun(const Catalogue& catalogue, const CaseBuilder& builder, const std::vector<Record>& records);
    ~SharedRun();

    Stage stage() const { return stage_; }
    // One unit of the stages before evaluating: a record read into a case, or one step of sharing.
    // False when the rows can be evaluated (stage Evaluate or Done).
    bool prepare();
    // 0..1 of the current preparing stage (records read, or cases looked at while sharing).
    double progress() const;

    // A row evaluated: its case row, the engine's row (its error not yet named: name_row_error)
    // and the index of its case in the shares' `given` (meaningful only when the row has no error).
    using Sink = std::function<void(const CaseRow&, BatchRow&, std::size_t)>;
    // The next `count` rows (stage Evaluate), in order.
    void evaluate(std::size_t count, const EvaluateOptions& options, const Sink& sink);
    std::size_t evaluated() const { return next_; }

    // The pots as shared (set from stage Evaluate on), one per company budget that was shared.
    const std::vector<BudgetShare>& shares() const { return shares_; }

private:
    const Catalogue& catalogue_;
    const CaseBuilder& builder_;
    const std::vector<Record>& records_;
    Stage stage_ = Stage::Read;
    std::vector<CaseRow> rows_;
    std::vector<std::string> engine_errors_;  // per row: why its case did not parse
    std::vector<std::size_t> case_index_;     // per row: its case in cases_, or npos
    std::vector<Case> cases_;
    std::unique_ptr<BudgetSharing> sharing_;
    std::vector<BudgetShare> shares_;
    std::size_t next_ = 0;  // the next row to evaluate
};

}  // namespace sw::staff
