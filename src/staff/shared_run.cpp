// shared_run.cpp: SharedRun (shared_run.h), `batch --share-budgets` in small steps.
#include "staff/shared_run.h"

#include <algorithm>
#include <optional>

#include "stapelwijzer/batch.h"
#include "stapelwijzer/rules.h"

namespace sw::staff {

SharedRun::SharedRun(const Catalogue& catalogue, const CaseBuilder& builder,
                     const std::vector<Record>& records)
    : catalogue_(catalogue), builder_(builder), records_(records) {
    rows_.reserve(records.size());
    engine_errors_.reserve(records.size());
    case_index_.reserve(records.size());
    if (records.empty()) {  // nothing to read: straight to sharing (which finds no case)
        sharing_ = std::make_unique<BudgetSharing>(catalogue_, cases_);
        stage_ = Stage::Share;
    }
}

SharedRun::~SharedRun() = default;

bool SharedRun::prepare() {
    if (stage_ == Stage::Read) {
        const std::size_t i = rows_.size();
        CaseRow c = builder_.build(records_[i], static_cast<int>(i) + 1);
        std::string error;
        std::optional<Case> parsed = parse_batch_case(catalogue_, BatchCase{c.row, c.json, c.error}, error);
        case_index_.push_back(parsed ? cases_.size() : std::string::npos);
        engine_errors_.push_back(parsed || !c.error.empty() ? std::string() : error);
        if (parsed) cases_.push_back(std::move(*parsed));
        c.json = std::string();  // the case holds it now
        rows_.push_back(std::move(c));
        if (rows_.size() == records_.size()) {
            sharing_ = std::make_unique<BudgetSharing>(catalogue_, cases_);
            stage_ = Stage::Share;
        }
        return true;
    }
    if (stage_ == Stage::Share) {
        if (!sharing_->step()) {
            shares_ = sharing_->take_shares();
            sharing_.reset();
            stage_ = records_.empty() ? Stage::Done : Stage::Evaluate;
        }
        return true;
    }
    return false;
}

double SharedRun::progress() const {
    if (stage_ == Stage::Read) return records_.empty() ? 1.0 : double(rows_.size()) / double(records_.size());
    if (stage_ == Stage::Share) return sharing_ ? sharing_->progress() : 1.0;
    return 1.0;
}

void SharedRun::evaluate(std::size_t count, const EvaluateOptions& options, const Sink& sink) {
    if (stage_ != Stage::Evaluate) return;
    const std::size_t end = std::min(rows_.size(), next_ + std::max<std::size_t>(count, 1));
    std::vector<Case> chunk;
    for (std::size_t i = next_; i < end; ++i)
        if (case_index_[i] != std::string::npos) chunk.push_back(std::move(cases_[case_index_[i]]));
    std::vector<Result> results = evaluate_batch(catalogue_, chunk, options);
    std::size_t r = 0;
    for (std::size_t i = next_; i < end; ++i) {
        BatchRow row;
        row.row = rows_[i].row;
        if (case_index_[i] != std::string::npos)
            row.result = std::move(results[r++]);
        else
            row.error = rows_[i].error.empty() ? engine_errors_[i] : std::string();
        sink(rows_[i], row, case_index_[i]);
        rows_[i] = CaseRow();  // given out: the caller keeps what it needs
    }
    next_ = end;
    if (next_ == rows_.size()) stage_ = Stage::Done;
}

}  // namespace sw::staff
