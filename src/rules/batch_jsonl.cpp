// batch_jsonl.cpp: the batch mode's JSON Lines side and per-row evaluation (see rules.h). The CLI
// and the JavaScript API both call these, so their output cannot drift apart.
#include <nlohmann/json.hpp>

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

BatchRow evaluate_batch_case(const Catalogue& catalogue, const BatchCase& c, const EvaluateOptions& options) {
    BatchRow row;
    row.row = c.row;
    row.error = c.error;
    if (!row.error.empty()) return row;
    Diagnostic d;
    if (auto parsed = parse_case_json(c.json, catalogue, d))
        row.result = evaluate(catalogue, *parsed, options);
    else
        row.error = d.path.empty() ? d.message : d.path + ": " + d.message;
    return row;
}

std::string batch_row_jsonl(const BatchRow& row, const RulesInfo& rules) {
    if (row.error.empty()) return result_to_json(row.result, rules, false) + "\n";
    // Invalid UTF-8 in an echoed value is replaced rather than thrown on.
    return "{\"row\":" + std::to_string(row.row) + ",\"error\":" +
           nlohmann::json(row.error).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "}\n";
}

std::string batch_jsonl(const Catalogue& catalogue, const RulesInfo& rules, std::string_view input) {
    std::string out;
    for (const BatchCase& c : split_jsonl(input))
        out += batch_row_jsonl(evaluate_batch_case(catalogue, c), rules);
    return out;
}

}  // namespace sw
