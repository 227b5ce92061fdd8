// stapelwijzer batch: many cases (CSV or JSON Lines) -> one output row or line per case. A row
// with bad input gets its error in the output and the other rows are still computed; a file
// that cannot be read as a whole (unknown column, unclosed quote) is refused with exit 2.
#include <cstdio>
#include <optional>

#include "batch_columns.h"
#include "commands.h"
#include "csv.h"
#include "io.h"
#include "options.h"
#include "rules_source.h"
#include "stapelwijzer/engine.h"
#include "stapelwijzer/rules.h"

namespace {

const char* kHelp =
    "Usage: stapelwijzer batch [--rules BUNDLE] --input STAFF.csv|STAFF.jsonl|- [--output "
    "OUT.csv|OUT.jsonl|-]\n"
    "                          [--format csv|jsonl] [--allow-expired]\n"
    "\n"
    "Computes every case of a staff list.\n"
    "  CSV in: a header row of the contract's input paths (person.age, course.costs.tuition,\n"
    "    person.used.<scheme-id>, course.quality as 'ocw;nrto'); an empty cell is unknown.\n"
    "  CSV out: row,own_payment_cents,eligible,possible,error (ids joined by ';').\n"
    "  JSON Lines in: one case per line. Out: one result per line, or {\"row\":N,\"error\":\"...\"}.\n"
    "  --format   the input format when it is '-' or has another extension; the output format\n"
    "             follows --output's extension, else the input format\n"
    "  --output   default '-' (standard output)\n"
    "Exit codes: 0 done (rows with bad input carry their error), 2 the file itself is unusable,\n"
    "3 rules refused, 70 internal error.\n"
    "\n"
    "Berekent een hele personeelslijst. Een foute regel krijgt een melding; de rest wordt gewoon berekend.\n";

enum class Format { Csv, Jsonl };

std::optional<Format> format_of(const std::string& path) {
    auto ends = [&](const char* ext) {
        const std::string e = ext;
        return path.size() >= e.size() && path.compare(path.size() - e.size(), e.size(), e) == 0;
    };
    if (ends(".csv")) return Format::Csv;
    if (ends(".jsonl") || ends(".ndjson")) return Format::Jsonl;
    return std::nullopt;
}

std::string ids_with(const sw::Result& r, sw::Status status) {
    std::string s;
    for (const sw::SchemeResult& x : r.schemes)
        if (x.status == status) {
            if (!s.empty()) s += ';';
            s += x.id;
        }
    return s;
}

}  // namespace

int sw::cli::cmd_batch(const Args& args) {
    const Command command{"batch", kHelp};
    int exit_code = 0;
    auto opts = parse_command(command, args, {"--rules", "--input", "--output", "--format"},
                              {"--allow-expired"}, false, exit_code);
    if (!opts) return exit_code;
    auto input = require_option(command, *opts, "--input");
    if (!input) return 2;
    std::string error;
    std::optional<Format> in_format = format_of(*input);
    if (auto f = opts->get("--format")) {
        if (*f == "csv")
            in_format = Format::Csv;
        else if (*f == "jsonl")
            in_format = Format::Jsonl;
        else {
            std::fprintf(stderr, "stapelwijzer batch: --format must be csv or jsonl, got '%s'\n", f->c_str());
            return 2;
        }
    }
    if (!in_format) {
        std::fprintf(
            stderr,
            "stapelwijzer batch: --input: cannot tell the format of '%s' (use .csv or .jsonl, or --format)\n",
            input->c_str());
        return 2;
    }
    const std::string output = opts->get("--output").value_or("-");
    const Format out_format = format_of(output).value_or(*in_format);

    std::string text;
    if (!read_all(*input, text, error)) {
        std::fprintf(stderr, "stapelwijzer batch: --input: %s\n", error.c_str());
        return 2;
    }
    // The cases as JSON text, with the row number and any error found before parsing.
    std::vector<BatchCase> pending;
    if (*in_format == Format::Csv) {
        std::vector<CsvRecord> records;
        std::vector<Column> columns;
        if (!parse_csv(text, records, error)) {
            std::fprintf(stderr, "stapelwijzer batch: %s: %s\n", input->c_str(), error.c_str());
            return 2;
        }
        if (records.empty()) {
            std::fprintf(stderr, "stapelwijzer batch: %s: no header row\n", input->c_str());
            return 2;
        }
        if (!read_header(records[0].cells, columns, error)) {
            std::fprintf(stderr, "stapelwijzer batch: %s: %s\n", input->c_str(), error.c_str());
            return 2;
        }
        for (std::size_t i = 1; i < records.size(); ++i) {
            BatchCase p{static_cast<int>(i), "", ""};
            const CsvRecord& rec = records[i];
            if (rec.cells.size() != columns.size())
                p.error = "line " + std::to_string(rec.line) + ": has " + std::to_string(rec.cells.size()) +
                          " cells, the header has " + std::to_string(columns.size());
            else if (!row_to_case_json(columns, rec.cells, p.json, error))
                p.error = error;
            pending.push_back(std::move(p));
        }
    } else {
        pending = split_jsonl(text);
    }

    LoadedRules rules;
    if (int code = load_rules(opts->get("--rules"), opts->has("--allow-expired"), "batch", rules))
        return code;
    EvaluateOptions eval;
    if (out_format == Format::Csv)
        eval = EvaluateOptions{false, false};  // CSV shows neither best case nor questions

    std::string out = out_format == Format::Csv ? "row,own_payment_cents,eligible,possible,error\n" : "";
    std::size_t bad = 0;
    Cents total_cost = 0, total_own = 0;  // the employer's totals over the computed rows
    for (const BatchCase& p : pending) {
        const BatchRow row = evaluate_batch_case(*rules.catalogue, p, eval);
        bad += row.error.empty() ? 0 : 1;
        if (row.error.empty()) {
            total_cost += row.result.plan.total_cost;
            total_own += row.result.plan.own_payment;
        }
        if (out_format == Format::Csv) {
            out += std::to_string(row.row) + ",";
            if (row.error.empty())
                out += std::to_string(row.result.plan.own_payment) + "," +
                       csv_cell(ids_with(row.result, Status::Eligible)) + "," +
                       csv_cell(ids_with(row.result, Status::Possible)) + ",";
            else
                out += ",,," + csv_cell(row.error);
            out += "\n";
        } else {
            out += batch_row_jsonl(row, rules.info);
        }
    }
    if (!write_all(output, out, error)) {
        std::fprintf(stderr, "stapelwijzer batch: --output: %s\n", error.c_str());
        return 2;
    }
    std::fprintf(stderr,
                 "stapelwijzer batch: %zu row(s), %zu with bad input; computed rows: total cost %lld cents, "
                 "own payment %lld cents\n",
                 pending.size(), bad, static_cast<long long>(total_cost), static_cast<long long>(total_own));
    return 0;
}
