// batch_jsonl.cpp: the batch mode's JSON Lines side and per-row evaluation (see rules.h). The CLI
// and the JavaScript API both call these, so their output cannot drift apart.
#include <algorithm>
#include <functional>
#include <nlohmann/json.hpp>

#include "stapelwijzer/batch.h"
#include "stapelwijzer/rules.h"

namespace sw {

std::vector<BatchCase> split_jsonl(std::string_view input) {
    std::vector<BatchCase> cases;
    int line = 0;
    std::size_t start = 0;
    while (start < input.size()) {
        std::size_t end = input.find('\n', start);
        if (end == std::string_view::npos) end = input.size();
        std::string_view l = input.substr(start, end - start);
        start = end + 1;
        ++line;
        if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
        if (l.find_first_not_of(" \t") == std::string_view::npos) continue;  // blank lines carry no case
        cases.push_back(BatchCase{line, std::string(l), ""});
    }
    return cases;
}

std::optional<Case> parse_batch_case(const Catalogue& catalogue, const BatchCase& c, std::string& error) {
    error = c.error;
    if (!error.empty()) return std::nullopt;
    Diagnostic d;
    std::optional<Case> parsed = parse_case_json(c.json, catalogue, d);
    if (!parsed) error = d.path.empty() ? d.message : d.path + ": " + d.message;
    return parsed;
}

BatchRow evaluate_batch_case(const Catalogue& catalogue, const BatchCase& c, const EvaluateOptions& options) {
    BatchRow row;
    row.row = c.row;
    if (auto parsed = parse_batch_case(catalogue, c, row.error))
        row.result = evaluate(catalogue, *parsed, options);
    return row;
}

namespace {

// The rows of `cases` with their errors, and the cases that parse (parsed[k] is rows[where[k]]).
struct Parsed {
    std::vector<BatchRow> rows;
    std::vector<Case> cases;
    std::vector<std::size_t> where;
};

Parsed parse_batch(const Catalogue& catalogue, const std::vector<BatchCase>& cases) {
    Parsed p;
    p.rows.resize(cases.size());
    p.cases.reserve(cases.size());
    for (std::size_t i = 0; i < cases.size(); ++i) {
        p.rows[i].row = cases[i].row;
        if (auto c = parse_batch_case(catalogue, cases[i], p.rows[i].error)) {
            p.cases.push_back(std::move(*c));
            p.where.push_back(i);
        }
    }
    return p;
}

void evaluate_parsed(const Catalogue& catalogue, Parsed& p, const EvaluateOptions& options) {
    std::vector<Result> results = evaluate_batch(catalogue, p.cases, options);
    for (std::size_t k = 0; k < results.size(); ++k) p.rows[p.where[k]].result = std::move(results[k]);
}

}  // namespace

void evaluate_batch_cases(const Catalogue& catalogue, const std::vector<BatchCase>& cases,
                          const EvaluateOptions& options, const std::function<void(BatchRow&&)>& sink) {
    Parsed p = parse_batch(catalogue, cases);
    std::size_t next = 0;  // the rows before a parsed case's row are errors: out first, in order
    evaluate_batch(catalogue, p.cases, options, [&](std::size_t k, Result&& r) {
        for (; next < p.where[k]; ++next) sink(std::move(p.rows[next]));
        BatchRow& row = p.rows[next++];
        row.result = std::move(r);
        sink(std::move(row));
    });
    for (; next < p.rows.size(); ++next) sink(std::move(p.rows[next]));
}

std::vector<BatchRow> evaluate_batch_cases(const Catalogue& catalogue, const std::vector<BatchCase>& cases,
                                           const EvaluateOptions& options) {
    std::vector<BatchRow> rows;
    rows.reserve(cases.size());
    evaluate_batch_cases(catalogue, cases, options, [&](BatchRow&& row) { rows.push_back(std::move(row)); });
    return rows;
}

SharedBatch evaluate_batch_shared(const Catalogue& catalogue, const std::vector<BatchCase>& cases,
                                  const EvaluateOptions& options) {
    Parsed p = parse_batch(catalogue, cases);
    SharedBatch out;
    out.shares = share_budgets(catalogue, p.cases);
    // Per row, not per parsed case: a row with an error gets 0.
    for (BudgetShare& share : out.shares) {
        auto scatter = [&](std::vector<Cents>& v) {
            std::vector<Cents> per_row(cases.size(), 0);
            for (std::size_t k = 0; k < p.where.size(); ++k) per_row[p.where[k]] = v[k];
            v = std::move(per_row);
        };
        scatter(share.given);
        scatter(share.need);
        scatter(share.saving);
    }
    evaluate_parsed(catalogue, p, options);
    out.rows = std::move(p.rows);
    return out;
}

std::string batch_row_jsonl(const BatchRow& row, const RulesInfo& rules) {
    if (row.error.empty()) return result_to_json(row.result, rules, false) + "\n";
    // Invalid UTF-8 in an echoed value is replaced rather than thrown on.
    return "{\"row\":" + std::to_string(row.row) + ",\"error\":" +
           nlohmann::json(row.error).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "}\n";
}

std::string batch_jsonl(const Catalogue& catalogue, const RulesInfo& rules, std::string_view input) {
    std::string out;
    const std::vector<BatchCase> cases = split_jsonl(input);
    for (std::size_t start = 0; start < cases.size(); start += kBatchChunk) {
        const std::size_t end = std::min(cases.size(), start + kBatchChunk);
        const std::vector<BatchCase> chunk(cases.begin() + static_cast<std::ptrdiff_t>(start),
                                           cases.begin() + static_cast<std::ptrdiff_t>(end));
        evaluate_batch_cases(catalogue, chunk, {},
                             [&](BatchRow&& row) { out += batch_row_jsonl(row, rules); });
    }
    return out;
}

}  // namespace sw
