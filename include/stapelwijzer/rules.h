// stapelwijzer/rules.h: the rules format of Stapelwijzer (src/rules/). Reads rules fragments and
// cases, writes results, all per docs/rules-format.md and the JSON contract. Every error names the
// JSON path and the reason; nothing here throws to its caller.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "stapelwijzer/budget.h"
#include "stapelwijzer/bundle.h"
#include "stapelwijzer/case.h"
#include "stapelwijzer/catalogue.h"
#include "stapelwijzer/engine.h"
#include "stapelwijzer/result.h"

namespace sw {

// Parses and validates all fragments, merges them and compiles the catalogue. Reports every
// problem found (not only the first); returns nullptr if there is any error.
std::shared_ptr<const Catalogue> load_catalogue(const std::vector<RulesFile>& files,
                                                std::vector<Diagnostic>& errors);

// Extra checks of `stapelwijzer lint` beyond what loading refuses: schemes no case can make
// eligible, parameter date gaps, schemes without sources, texts missing a language.
std::vector<Diagnostic> lint_catalogue(const Catalogue& catalogue);

// Municipality names of regions and person.municipality leaves against the built-in dated list of
// Dutch municipalities (rules-data/nl/municipalities.json; docs/rules-format.md "Regions"): a name
// merged away or not yet formed on the dates it is used, a known name written another way, and a
// scheme using a region outside the region's dates are errors; a name the partial list lacks is a
// warning.
void lint_municipalities(const Catalogue& catalogue, std::vector<Diagnostic>& errors,
                         std::vector<Diagnostic>& warnings);

// Parses one case per the contract. On bad input returns nullopt and sets `error` (path + reason).
std::optional<Case> parse_case_json(const std::string& text, const Catalogue& catalogue, Diagnostic& error);

// The case as contract JSON (the contract's "Input (one case)"; 2-space indent when pretty, no final
// newline); parse_case_json() of it gives the same case. reference_date is written only when it is
// not the course's start date.
std::string case_to_json(const Case& c, bool pretty = true);

// The result as contract JSON (UTF-8, keys in contract order, 2-space indent when pretty).
std::string result_to_json(const Result& result, const RulesInfo& rules, bool pretty = true);

// Batch mode, shared by `stapelwijzer batch` and the JavaScript API's batchJsonl() so both give the
// same bytes (src/rules/batch_jsonl.cpp). One case per input row; a bad row carries its error and
// the other rows are still computed.
struct BatchCase {
    int row = 0;        // the 1-based line (JSON Lines) or data row (CSV) named in errors
    std::string json;   // the case as contract JSON text
    std::string error;  // set when the row could not be turned into a case at all
};

// How many cases the batch paths evaluate together: enough for evaluate_batch() to share its work,
// few enough that a streamed file's memory stays flat.
constexpr std::size_t kBatchChunk = 1024;

struct BatchRow {
    int row = 0;
    std::string error;  // empty: `result` is computed
    Result result;
};

// The cases of JSON Lines text: one per line that is not blank, a trailing CR dropped.
std::vector<BatchCase> split_jsonl(std::string_view input);

// Parses (and checks) one case as the batch paths do: nullopt when it cannot, with `error` set
// ("path: reason"; the case's own error when it has one).
std::optional<Case> parse_batch_case(const Catalogue& catalogue, const BatchCase& c, std::string& error);

// Parses and evaluates one case; a case that cannot be parsed gets its error ("path: reason").
BatchRow evaluate_batch_case(const Catalogue& catalogue, const BatchCase& c,
                             const EvaluateOptions& options = {});

// evaluate_batch_case() for each case, with the parsed cases evaluated together by evaluate_batch()
// (stapelwijzer/batch.h): the same rows, faster. Callers that stream pass chunks (1,024 cases).
std::vector<BatchRow> evaluate_batch_cases(const Catalogue& catalogue, const std::vector<BatchCase>& cases,
                                           const EvaluateOptions& options = {});
// The same, streamed: `sink(row)` for each row in order, one result held at a time.
void evaluate_batch_cases(const Catalogue& catalogue, const std::vector<BatchCase>& cases,
                          const EvaluateOptions& options, const std::function<void(BatchRow&&)>& sink);

// evaluate_batch_cases() for the staff of one employer with its company budgets shared among them
// first (share_budgets(), stapelwijzer/budget.h): the rows' plans use each person's share. Needs
// every row at once (the pot is everybody's). `shares` gets one entry per pot, `given` per case.
struct SharedBatch {
    std::vector<BatchRow> rows;
    std::vector<BudgetShare> shares;
};
SharedBatch evaluate_batch_shared(const Catalogue& catalogue, const std::vector<BatchCase>& cases,
                                  const EvaluateOptions& options = {});

// One JSON Lines output line: the compact result, or {"row":N,"error":"..."}; ends with a newline.
std::string batch_row_jsonl(const BatchRow& row, const RulesInfo& rules);

// JSON Lines in, JSON Lines out: split_jsonl, evaluate_batch_case and batch_row_jsonl together.
std::string batch_jsonl(const Catalogue& catalogue, const RulesInfo& rules, std::string_view input);

}  // namespace sw
