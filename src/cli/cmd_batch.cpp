// stapelwijzer batch: many cases (a staff list as CSV, or JSON Lines) -> one output row or line
// per case. A row with bad input gets its error in the output and the other rows are still
// computed; a file that cannot be read as a whole (no header, no cost column, UTF-16) is refused
// with exit 2. CSV is read and written as it streams (docs/employer.md), by the staff import
// library the web app's employer view uses too (src/staff/staff_import.h).
#include <algorithm>
#include <cstdio>
#include <optional>

#include "commands.h"
#include "io.h"
#include "options.h"
#include "rules_source.h"
#include "staff/staff_import.h"
#include "staff/xlsx_reader.h"
#include "stapelwijzer/budget.h"
#include "stapelwijzer/engine.h"
#include "stapelwijzer/rules.h"

namespace {

const char* kHelp =
    "Usage: stapelwijzer batch [--rules BUNDLE] --input STAFF.csv|STAFF.xlsx|STAFF.jsonl|- [--output "
    "OUT.csv|OUT.jsonl|-]\n"
    "                          [--format csv|jsonl] [--map SPEC] [--course COURSE.json]\n"
    "                          [--courses COURSES.json]\n"
    "                          [--decimal comma|point] [--allow-expired] [--share-budgets]\n"
    "\n"
    "Computes every case of a staff list.\n"
    "  CSV in: a staff list as Excel writes it (';' or ',' or tab separated, UTF-8 or Windows-1252).\n"
    "    Headers are contract paths (person.age, course.costs.tuition) or Dutch and English names\n"
    "    (leeftijd, geboortedatum, sector, uren per week, contract, lesgeld, examen, ...); other\n"
    "    columns (name, personnel number) are carried through to the output. An empty cell is unknown.\n"
    "  CSV out: row, the carried columns, own_payment_cents, employer_cents, eligible, possible,\n"
    "    deciding, error; separated like the input.\n"
    "  .xlsx in: the first worksheet of an Excel workbook, read like the CSV of the same sheet\n"
    "    (numbers and dates as Excel shows them; output ';' separated, as for Dutch Excel's CSV).\n"
    "  JSON Lines in: one case per line. Out: one result per line, or {\"row\":N,\"error\":\"...\"}.\n"
    "  --map      fix the column mapping: 'Header=person.age;Other header=-' ('-': carry it through;\n"
    "             a column number works too: '3=person.age')\n"
    "  --course   one course for everybody: a JSON file (or JSON text) like the contract's \"course\";\n"
    "             a row's own course columns win\n"
    "  --courses  named courses: a JSON object {\"VCA\": {course}, \"Lassen 2\": {course}} (a file or the\n"
    "             JSON text); a column 'Cursus' / 'Opleiding' / 'Course' (or --map X=course_name) names\n"
    "             each row's course; an empty cell takes --course; an unknown name is the row's error\n"
    "  --decimal  how numbers are written: comma (1.250,50; the default for ';' and tab files) or\n"
    "             point (1,250.50; the default for ',' files)\n"
    "  --format   the input format when it is '-' or has another extension; the output format\n"
    "             follows --output's extension, else the input format\n"
    "  --output   default '-' (standard output)\n"
    "  --share-budgets  the rows are the staff of one employer: share each company budget (a pot of\n"
    "             the employer) among them so that the sum of the own payments is lowest, never more\n"
    "             than the pot; CSV out gets a column budget_cents:<scheme id> per pot, stderr states\n"
    "             the rule. Reads the whole file first (the pot is everybody's).\n"
    "Exit codes: 0 done (rows with bad input carry their error), 2 the file itself is unusable,\n"
    "3 rules refused, 70 internal error.\n"
    "\n"
    "Berekent een hele personeelslijst. Een foute regel krijgt een melding; de rest wordt gewoon berekend.\n";

enum class Format { Csv, Jsonl, Xlsx };

std::optional<Format> format_of(const std::string& path) {
    auto ends = [&](const char* ext) {
        const std::string e = ext;
        return path.size() >= e.size() && path.compare(path.size() - e.size(), e.size(), e) == 0;
    };
    if (ends(".csv") || ends(".txt") || ends(".tsv")) return Format::Csv;
    if (ends(".jsonl") || ends(".ndjson")) return Format::Jsonl;
    if (ends(".xlsx") || ends(".xlsm") || ends(".xls")) return Format::Xlsx;  // .xls: named as such
    return std::nullopt;
}

// The totals stderr ends with, for employers.
struct Totals {
    std::size_t rows = 0, bad = 0;
    sw::Cents cost = 0, own = 0;
    void add(const sw::BatchRow& row) {
        ++rows;
        bad += row.error.empty() ? 0 : 1;
        if (row.error.empty()) {
            cost += row.result.plan.total_cost;
            own += row.result.plan.own_payment;
        }
    }
};

// --share-budgets: one column per company budget after `error` (docs/employer.md).
std::vector<std::string> budget_columns(const sw::Catalogue& catalogue, bool share) {
    return share ? sw::staff::budget_csv_columns(catalogue) : std::vector<std::string>{};
}

std::vector<std::string> budget_cells(const sw::Catalogue& catalogue, bool share,
                                      const std::vector<sw::BudgetShare>& shares, const sw::BatchRow& row,
                                      std::size_t index) {
    if (!share) return {};
    return sw::staff::budget_csv_cells(catalogue, shares, index, row.error.empty());
}

// What stderr says about each shared pot, and the rule (in English and Dutch).
void report_shares(const std::vector<sw::BudgetShare>& shares) {
    for (const sw::BudgetShare& b : shares) {
        std::size_t people = 0;
        for (sw::Cents g : b.given) people += g > 0 ? 1 : 0;
        std::fprintf(
            stderr,
            "stapelwijzer batch: company budget %s: pot %lld cents, %lld cents given to %zu of %zu row(s)\n",
            b.scheme.c_str(), static_cast<long long>(b.pot), static_cast<long long>(b.given_total), people,
            b.given.size());
    }
    if (!shares.empty()) {
        const sw::Text rule = sw::budget_share_rule();
        std::fprintf(stderr, "stapelwijzer batch: rule: %s\nstapelwijzer batch: regel: %s\n", rule.en.c_str(),
                     rule.nl.c_str());
    }
}

// The CSV path: header first, then each record as it is read, written at once.
struct CsvRun {
    const sw::cli::Options& opts;
    const std::string& input;
    const sw::Catalogue& catalogue;
    const sw::RulesInfo& rules;
    Format out_format;
    sw::cli::StreamOut& out;
    sw::staff::RecordReader reader;
    std::optional<sw::staff::CaseBuilder> builder;
    Totals totals;
    int exit_code = 0;
    int row = 0;
    bool share = false;  // --share-budgets

    bool refuse(const std::string& message) {
        std::fprintf(stderr, "stapelwijzer batch: %s: %s\n", input.c_str(), message.c_str());
        exit_code = 2;
        return false;
    }

    bool header(const sw::staff::Record& rec) {
        if (!rec.error.empty()) return refuse("header: " + rec.error);
        std::vector<sw::staff::Column> columns = sw::staff::recognise_columns(rec.cells);
        std::string error;
        if (auto map = opts.get("--map"); map && !sw::staff::override_columns(columns, *map, error))
            return refuse("--map: " + error);
        std::string course, courses;
        if (!json_option("--course", course) || !json_option("--courses", courses)) return false;
        sw::text::NumberStyle style =
            reader.separator() == ',' ? sw::text::NumberStyle::English : sw::text::NumberStyle::Dutch;
        if (auto d = opts.get("--decimal")) {
            if (*d != "comma" && *d != "point")
                return refuse("--decimal must be comma or point, got '" + *d + "'");
            style = *d == "comma" ? sw::text::NumberStyle::Dutch : sw::text::NumberStyle::English;
        }
        builder.emplace(std::move(columns), style, course, courses);
        if (!builder->ok())
            return refuse(
                (builder->error().find("named course") != std::string::npos ? "--courses: " : "--course: ") +
                builder->error());
        if (!sw::staff::check_columns(builder->columns(), builder->course_has_costs(), error))
            return refuse(error);
        if (out_format == Format::Csv)
            out.write(sw::staff::result_csv_header(builder->columns(), out_sep(),
                                                   budget_columns(catalogue, share)));
        return true;
    }

    // --course / --courses: a JSON file, or the JSON itself (it has a '{').
    bool json_option(const char* name, std::string& json) {
        std::string error;
        if (auto c = opts.get(name)) {
            const bool inline_json = c->find('{') != std::string::npos;
            if (!inline_json && !sw::cli::read_all(*c, json, error, 1 << 20))
                return refuse(std::string(name) + ": " + error);
            if (inline_json) json = *c;
        }
        return true;
    }

    char out_sep() const { return reader.separator(); }

    // Rows wait here until kBatchChunk of them are read or the input chunk ends, then go through
    // the engine together (stapelwijzer/batch.h): memory stays flat, and a row read from a pipe
    // is still written before more input arrives.
    std::vector<sw::staff::CaseRow> pending;

    void data(const sw::staff::Record& rec) {
        pending.push_back(builder->build(rec, ++row));
        if (pending.size() >= sw::kBatchChunk && !share) compute();
    }

    // With --share-budgets the rows wait for the end of the file (the pot is everybody's).
    void compute(bool at_end = false) {
        if (pending.empty() || (share && !at_end)) return;
        std::vector<sw::BatchCase> cases;
        cases.reserve(pending.size());
        for (const sw::staff::CaseRow& c : pending) cases.push_back(sw::BatchCase{c.row, c.json, c.error});
        // CSV shows no texts, questions or best case: leaving them out changes none of its cells.
        const sw::EvaluateOptions eval =
            out_format == Format::Csv ? sw::EvaluateOptions{false, false, false} : sw::EvaluateOptions{};
        sw::SharedBatch batch;
        auto emit = [&](std::size_t i, sw::BatchRow& r) {
            const sw::staff::CaseRow& c = pending[i];
            sw::staff::name_row_error(*builder, c, r);
            totals.add(r);
            if (out_format == Format::Csv)
                out.write(sw::staff::result_csv_row(c, r.error.empty() ? &r.result : nullptr, r.error,
                                                    out_sep(),
                                                    budget_cells(catalogue, share, batch.shares, r, i)));
            else
                out.write(sw::batch_row_jsonl(r, rules));
        };
        if (share) {
            batch = sw::evaluate_batch_shared(catalogue, cases, eval);
            for (std::size_t i = 0; i < batch.rows.size(); ++i) emit(i, batch.rows[i]);
            report_shares(batch.shares);
        } else {
            std::size_t i = 0;  // rows come in order, one result held at a time
            sw::evaluate_batch_cases(catalogue, cases, eval, [&](sw::BatchRow&& r) { emit(i++, r); });
        }
        pending.clear();
    }

    bool drain() {
        sw::staff::Record rec;
        if (!reader.file_error().empty()) return refuse(reader.file_error());
        while (reader.next(rec)) {
            if (!builder) {
                if (!header(rec)) return false;
            } else {
                data(rec);
            }
        }
        return true;
    }
};

// A file named like a CSV that is an Excel workbook (a ZIP, or an OLE file when it has a password).
bool looks_like_workbook(const std::string& path) {
    if (path == "-") return false;
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) return false;
    char head[8] = {};
    const std::size_t n = std::fread(head, 1, sizeof head, f);
    std::fclose(f);
    return sw::staff::workbook_kind(std::string_view(head, n)) != sw::staff::WorkbookKind::NotWorkbook;
}

}  // namespace

int sw::cli::cmd_batch(const Args& args) {
    const Command command{"batch", kHelp};
    int exit_code = 0;
    auto opts = parse_command(
        command, args,
        {"--rules", "--input", "--output", "--format", "--map", "--course", "--courses", "--decimal"},
        {"--allow-expired", "--share-budgets"}, false, exit_code);
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
        else if (*f == "xlsx")
            in_format = Format::Xlsx;
        else {
            std::fprintf(stderr, "stapelwijzer batch: --format must be csv, xlsx or jsonl, got '%s'\n",
                         f->c_str());
            return 2;
        }
    }
    if (!in_format) {
        std::fprintf(stderr,
                     "stapelwijzer batch: --input: cannot tell the format of '%s' (use .csv, .xlsx or "
                     ".jsonl, or --format)\n",
                     input->c_str());
        return 2;
    }
    if (*in_format == Format::Csv && looks_like_workbook(*input)) in_format = Format::Xlsx;  // named .csv
    const std::string output = opts->get("--output").value_or("-");
    const Format out_format =
        format_of(output).value_or(*in_format == Format::Jsonl ? Format::Jsonl : Format::Csv);
    if (out_format == Format::Xlsx) {
        std::fprintf(
            stderr,
            "stapelwijzer batch: --output: writes CSV or JSON Lines, not .xlsx (Excel opens the CSV)\n");
        return 2;
    }

    LoadedRules rules;
    if (int code = load_rules(opts->get("--rules"), opts->has("--allow-expired"), "batch", rules))
        return code;

    StreamOut out;
    Totals totals;
    if (*in_format == Format::Csv || *in_format == Format::Xlsx) {
        if (!out.open(output, error)) {
            std::fprintf(stderr, "stapelwijzer batch: --output: %s\n", error.c_str());
            return 2;
        }
        CsvRun run{*opts,
                   *input,
                   *rules.catalogue,
                   rules.info,
                   out_format,
                   out,
                   staff::RecordReader(0),
                   {},
                   {},
                   0,
                   0,
                   opts->has("--share-budgets"),
                   {}};
        auto feed = [&](std::string_view chunk) {
            run.reader.feed(chunk);
            const bool go_on = run.drain();
            run.compute();
            out.flush();  // each chunk's rows reach a pipe at once
            return go_on;
        };
        if (*in_format == Format::Xlsx) {
            // The first worksheet as the text of the same sheet saved as CSV (';', decimal comma).
            staff::XlsxError xerror;
            if (*input == "-")
                xerror = {"an .xlsx cannot be read from standard input: give its file name",
                          "een .xlsx kan niet via standaardinvoer worden gelezen: geef de bestandsnaam"};
            if (!xerror.en.empty() || !staff::read_xlsx(*input, feed, xerror)) {
                std::fprintf(stderr, "stapelwijzer batch: %s: %s\nstapelwijzer batch: %s: %s\n",
                             input->c_str(), xerror.en.c_str(), input->c_str(), xerror.nl.c_str());
                return 2;
            }
        } else if (!read_chunks(*input, 1 << 20, feed, error)) {
            std::fprintf(stderr, "stapelwijzer batch: --input: %s\n", error.c_str());
            return 2;
        }
        if (run.exit_code) return run.exit_code;
        run.reader.finish();
        if (!run.drain()) return run.exit_code;
        run.compute(true);
        if (!run.builder) {
            std::fprintf(stderr, "stapelwijzer batch: %s: the file is empty (no header row)\n",
                         input->c_str());
            return 2;
        }
        if (run.row == 0)
            std::fprintf(stderr, "stapelwijzer batch: %s: the file has a header row but no staff rows\n",
                         input->c_str());
        totals = run.totals;
    } else {
        std::string text;
        if (!read_all(*input, text, error)) {
            std::fprintf(stderr, "stapelwijzer batch: --input: %s\n", error.c_str());
            return 2;
        }
        if (!out.open(output, error)) {
            std::fprintf(stderr, "stapelwijzer batch: --output: %s\n", error.c_str());
            return 2;
        }
        const bool share = opts->has("--share-budgets");
        if (out_format == Format::Csv)
            out.write(staff::result_csv_header({}, ',', budget_columns(*rules.catalogue, share)));
        const std::vector<BatchCase> cases = split_jsonl(text);
        const EvaluateOptions eval =
            out_format == Format::Csv ? EvaluateOptions{false, false, false} : EvaluateOptions{};
        // Without --share-budgets in chunks; with it all at once (the pot is everybody's).
        const std::size_t chunk_size = share ? std::max<std::size_t>(1, cases.size()) : kBatchChunk;
        for (std::size_t start = 0; start < cases.size(); start += chunk_size) {
            const auto first = cases.begin() + static_cast<std::ptrdiff_t>(start);
            const std::vector<BatchCase> chunk(
                first, first + static_cast<std::ptrdiff_t>(std::min(chunk_size, cases.size() - start)));
            SharedBatch batch;
            auto emit = [&](std::size_t i, const BatchRow& row) {
                totals.add(row);
                if (out_format == Format::Csv) {
                    staff::CaseRow c;
                    c.row = row.row;
                    out.write(
                        staff::result_csv_row(c, row.error.empty() ? &row.result : nullptr, row.error, ',',
                                              budget_cells(*rules.catalogue, share, batch.shares, row, i)));
                } else {
                    out.write(batch_row_jsonl(row, rules.info));
                }
            };
            if (share) {
                batch = evaluate_batch_shared(*rules.catalogue, chunk, eval);
                for (std::size_t i = 0; i < batch.rows.size(); ++i) emit(i, batch.rows[i]);
                report_shares(batch.shares);
            } else {
                std::size_t i = 0;
                evaluate_batch_cases(*rules.catalogue, chunk, eval, [&](BatchRow&& row) { emit(i++, row); });
            }
        }
    }
    if (!out.commit(error)) {
        std::fprintf(stderr, "stapelwijzer batch: --output: %s\n", error.c_str());
        return 2;
    }
    std::fprintf(stderr,
                 "stapelwijzer batch: %zu row(s), %zu with bad input; computed rows: total cost %lld cents, "
                 "own payment %lld cents\n",
                 totals.rows, totals.bad, static_cast<long long>(totals.cost),
                 static_cast<long long>(totals.own));
    return 0;
}
