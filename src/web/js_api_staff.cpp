// js_api_staff.cpp: a staff list (issue 16, docs/employer.md) through the JavaScript API, for the
// accessible page's employer section (web/a11y/employer.js) and any host page. The file's bytes go
// to the staff import library (src/staff/staff_import.h) unchanged, so the page reads a file exactly
// as `stapelwijzer batch` does (Dutch Excel's ';', decimal comma, UTF-8 with or without BOM,
// Windows-1252): no second CSV parser in JavaScript. Every entry point returns the CLI's exit code
// and leaves JSON in sw_api_output(): on code 2 {"problem","error"} (problem: empty, not_text,
// workbook, bad_header, mapping, course, courses, columns; error: the library's words, as the CLI
// prints).
//
//   sw_api_staff_columns(bytes, size)    the headers, what each is recognised as, the targets
//   sw_api_staff_open(bytes, size, map, course, decimal, courses, share)
//                                        a job: the mapping and courses checked; {"job", "header_csv", ...}
//   sw_api_staff_next(job, count)        the next `count` rows computed: result CSV row and structure
//   sw_api_staff_close(job)              forgets the job and its rows
//   sw_api_staff_template()              the staff list to start from (staff::template_csv)
//
// A job computes its rows in chunks so a page stays responsive between calls; each chunk goes
// through evaluate_batch_cases(), the path of `stapelwijzer batch`, and its CSV rows are the CLI's.
// A job that shares the company budgets (batch's --share-budgets) reads every row and shares the
// pots first, in the same small calls (staff::SharedRun, src/staff/shared_run.h), then computes.
#include <emscripten.h>

#include <algorithm>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string_view>

#include "js_api_output.h"
#include "session/session.h"
#include "staff/shared_run.h"
#include "staff/staff_import.h"
#include "stapelwijzer/facts.h"
#include "stapelwijzer/rules.h"
#include "stapelwijzer/scheme_terms.h"

namespace {

namespace api = sw::web::api;
namespace staff = sw::staff;
using Json = nlohmann::ordered_json;

std::string dump(const Json& j) {
    return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

int refuse(const char* problem, const std::string& error) {
    return api::finish(2, dump(Json{{"problem", problem}, {"error", error}}));
}

// A staff list read whole: its header and data records, as the CLI's reader splits them.
struct ReadList {
    const char* problem = nullptr;  // set: the file cannot be used at all
    std::string error;
    char separator = ';';
    std::vector<std::string> header;
    std::vector<staff::Record> records;
};

bool is_workbook(std::string_view bytes) {
    // An .xlsx is a ZIP file; a password-protected one (and an old .xls) is an OLE file.
    return bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4) ||
           bytes.substr(0, 4) == std::string_view("\xD0\xCF\x11\xE0", 4);
}

ReadList read_list(std::string_view bytes) {
    ReadList out;
    staff::RecordReader reader;
    reader.feed(bytes);
    reader.finish();
    if (!reader.file_error().empty()) {
        out.problem = is_workbook(bytes) ? "workbook" : "not_text";
        out.error = reader.file_error();
        return out;
    }
    staff::Record rec;
    bool have_header = false;
    while (reader.next(rec)) {
        if (!have_header) {
            if (!rec.error.empty()) {
                out.problem = is_workbook(bytes) ? "workbook" : "bad_header";
                out.error = "header: " + rec.error;
                return out;
            }
            out.header = std::move(rec.cells);
            have_header = true;
        } else {
            out.records.push_back(std::move(rec));
        }
        rec = {};
    }
    if (!have_header) {
        out.problem = "empty";
        out.error = "the file is empty (no header row)";
    }
    out.separator = reader.separator();
    return out;
}

// Every path a column can fill, with the fact table's label where it has one.
Json targets() {
    Json list = Json::array();
    for (const std::string& path : staff::target_paths()) {
        Json t{{"path", path}};
        if (auto f = sw::fact_from_path(path)) {
            const sw::Text& label = sw::fact_info(*f).label;
            t["label_nl"] = label.nl;
            t["label_en"] = label.en;
        }
        list.push_back(t);
    }
    return list;
}

Json columns_json(const std::vector<staff::Column>& columns, const ReadList& list) {
    Json cols = Json::array();
    for (std::size_t i = 0; i < columns.size(); ++i) {
        std::string sample;
        if (!list.records.empty() && i < list.records.front().cells.size())
            sample = list.records.front().cells[i];
        cols.push_back(
            {{"index", i + 1}, {"header", columns[i].header}, {"path", columns[i].path}, {"sample", sample}});
    }
    return cols;
}

// The column (1-based) and field an error names: "column 'Leeftijd' (person.age): ..." or
// "person.age: ..." when the header is the path itself. 0 and "" when it names none (a line that
// could not be split, a field that the course for everybody filled).
void error_place(const std::vector<staff::Column>& columns, const std::string& error, std::size_t& column,
                 std::string& field) {
    column = 0;
    field.clear();
    for (std::size_t i = 0; i < columns.size(); ++i) {
        const staff::Column& c = columns[i];
        if (c.path.empty()) continue;
        std::string header = c.header;
        while (!header.empty() && (header.back() == ' ' || header.back() == '\t')) header.pop_back();
        while (!header.empty() && (header.front() == ' ' || header.front() == '\t')) header.erase(0, 1);
        const std::string named =
            header == c.path ? c.path + ":" : "column '" + header + "' (" + c.path + "):";
        if (error.compare(0, named.size(), named) == 0) {
            column = i + 1;
            field = c.path;
            return;
        }
    }
    const std::size_t colon = error.find(':');
    const std::string head = colon == std::string::npos ? "" : error.substr(0, colon);
    if (head.rfind("person.", 0) == 0 || head.rfind("course.", 0) == 0) field = head;
}

// What the employer must apply for in a row's plan, with the apply-before deadline when the scheme
// has one (scheme_terms.h), as the canvas app's employer view lists them.
Json applications(const sw::Result& r) {
    Json list = Json::array();
    for (const sw::Contribution& k : r.plan.contributions) {
        if (k.applicant != sw::Applicant::Employer) continue;
        Json a{{"scheme", k.scheme}, {"amount_cents", k.amount}};
        const sw::SchemeSpec* spec = r.catalogue ? r.catalogue->find_scheme(k.scheme) : nullptr;
        if (spec)
            for (const sw::SchemeTerm& t : sw::scheme_terms(*spec, r.course_start, r.reference_date))
                if (t.kind == sw::TermKind::ApplyBefore) {
                    a["deadline"] = {{"date", t.date ? sw::format_iso_date(*t.date) : ""},
                                     {"nl", t.text.nl},
                                     {"en", t.text.en},
                                     {"passed", t.passed}};
                    break;
                }
        list.push_back(a);
    }
    return list;
}

struct Job {
    std::shared_ptr<const sw::session::Planner> planner;  // kept: a bundle loaded meanwhile changes nothing
    ReadList list;
    std::optional<staff::CaseBuilder> builder;
    char separator = ';';
    std::size_t next = 0;
    std::unique_ptr<staff::SharedRun> shared;  // set: the company budgets are shared (--share-budgets)
};

std::map<int, std::unique_ptr<Job>> jobs;
int last_job = 0;

// The pots as shared: per pot its scheme, size, what was given, what is left and to how many people.
Json budgets_json(const std::vector<sw::BudgetShare>& shares) {
    Json list = Json::array();
    for (const sw::BudgetShare& b : shares)
        list.push_back(
            {{"scheme", b.scheme},
             {"pot_cents", b.pot},
             {"given_cents", b.given_total},
             {"left_cents", b.pot - b.given_total},
             {"people", std::count_if(b.given.begin(), b.given.end(), [](sw::Cents g) { return g > 0; })}});
    return list;
}

// `case_index`: the row's case in the shares (a shared job), or npos.
Json row_json(const Job& job, const staff::CaseRow& c, sw::BatchRow& r,
              std::size_t case_index = std::string::npos) {
    staff::name_row_error(*job.builder, c, r);
    const std::string& error = c.error.empty() ? r.error : c.error;
    const bool ok = error.empty();
    Json row{{"row", c.row}, {"line", c.line}, {"carried", c.carried}, {"error", error}};
    if (!ok) {
        std::size_t column = 0;
        std::string field;
        error_place(job.builder->columns(), error, column, field);
        row["error_column"] = column;
        row["error_field"] = field;
    } else {
        const sw::Result& res = r.result;
        Json plan = Json::array();
        sw::Cents employer = 0;
        for (const sw::Contribution& k : res.plan.contributions) {
            plan.push_back({{"scheme", k.scheme},
                            {"amount_cents", k.amount},
                            {"applicant", sw::applicant_name(k.applicant)},
                            {"kind", sw::kind_name(k.kind)}});
            if (k.applicant == sw::Applicant::Employer) employer += k.amount;
        }
        Json eligible = Json::array(), possible = Json::array();
        for (const sw::SchemeResult& s : res.schemes) {
            if (s.status == sw::Status::Eligible) eligible.push_back(std::string(s.id));
            if (s.status == sw::Status::Possible)
                possible.push_back({{"scheme", std::string(s.id)}, {"deciding", s.deciding_facts}});
        }
        row["total_cost_cents"] = res.plan.total_cost;
        row["own_payment_cents"] = res.plan.own_payment;
        row["employer_cents"] = employer;
        row["plan"] = plan;
        row["eligible"] = eligible;
        row["possible"] = possible;
        row["applications"] = applications(res);
    }
    std::vector<std::string> budget_cells;
    if (job.shared) {
        const std::vector<sw::BudgetShare>& shares = job.shared->shares();
        if (ok) {
            Json given = Json::object();
            for (const sw::BudgetShare& b : shares) given[b.scheme] = b.given[case_index];
            row["budgets"] = given;
        }
        budget_cells = staff::budget_csv_cells(*job.planner->catalogue(), shares, ok ? case_index : 0, ok);
    }
    row["csv"] = staff::result_csv_row(c, ok ? &r.result : nullptr, r.error, job.separator, budget_cells);
    return row;
}

// A shared job's next call: `count` units of reading or sharing while those last, then `count`
// rows computed per call (as batch writes CSV: no texts, questions or best case).
Json shared_next(Job& job, int count) {
    using Stage = staff::SharedRun::Stage;
    staff::SharedRun& run = *job.shared;
    const std::size_t n = static_cast<std::size_t>(std::max(count, 1));
    Json out = Json::array();
    bool prepared = false;
    for (std::size_t i = 0; i < n && run.prepare(); ++i) prepared = true;
    if (!prepared)
        run.evaluate(n, sw::EvaluateOptions{false, false, false},
                     [&](const staff::CaseRow& c, sw::BatchRow& r, std::size_t k) {
                         out.push_back(row_json(job, c, r, k));
                     });
    const Stage s = run.stage();
    Json j{{"rows", out},
           {"computed", run.evaluated()},
           {"done", s == Stage::Done},
           {"stage", s == Stage::Read ? "read" : (s == Stage::Share ? "share" : "compute")},
           {"stage_progress", run.progress()}};
    if (s == Stage::Evaluate || s == Stage::Done) j["budgets"] = budgets_json(run.shares());
    return j;
}

}  // namespace

extern "C" {

// {"separator", "decimal": "comma"|"point", "rows": N, "columns": [{"index","header","path","sample"}],
//  "targets": [{"path","label_nl","label_en"}]}: what `batch` would read, before any mapping.
EMSCRIPTEN_KEEPALIVE int sw_api_staff_columns(const char* bytes, int size) {
    const ReadList list = read_list(std::string_view(bytes ? bytes : "", bytes && size > 0 ? size : 0));
    if (list.problem) return refuse(list.problem, list.error);
    const std::vector<staff::Column> columns = staff::recognise_columns(list.header);
    Json j{{"separator", std::string(1, list.separator)},
           {"decimal", list.separator == ',' ? "point" : "comma"},
           {"rows", list.records.size()},
           {"columns", columns_json(columns, list)},
           {"targets", targets()}};
    return api::finish(0, dump(j));
}

// Reads the file, applies `map` (batch's --map: "Header=path;3=person.age;Other=-"), the course for
// everybody (batch's --course, a JSON object or ""), `decimal` ("comma", "point" or "": from the
// separator), the named courses (batch's --courses, a JSON object or "") and `share` (non-zero:
// batch's --share-budgets), and checks the columns as batch does. {"job", "rows", "separator",
// "columns", "header_csv", "shared"}: header_csv is the first line of the result CSV; a shared job
// adds "budget_rule": {"nl","en"}, the rule the pots are shared by (stapelwijzer/budget.h).
EMSCRIPTEN_KEEPALIVE int sw_api_staff_open(const char* bytes, int size, const char* map, const char* course,
                                           const char* decimal, const char* courses, int share) {
    auto job = std::make_unique<Job>();
    job->planner = sw::session::current();
    if (!job->planner->catalogue()) return api::finish(3, job->planner->refusal());
    job->list = read_list(std::string_view(bytes ? bytes : "", bytes && size > 0 ? size : 0));
    if (job->list.problem) return refuse(job->list.problem, job->list.error);
    std::vector<staff::Column> columns = staff::recognise_columns(job->list.header);
    std::string error;
    if (map && *map && !staff::override_columns(columns, map, error)) return refuse("mapping", error);
    const std::string dec = decimal ? decimal : "";
    sw::text::NumberStyle style =
        job->list.separator == ',' ? sw::text::NumberStyle::English : sw::text::NumberStyle::Dutch;
    if (dec == "comma") style = sw::text::NumberStyle::Dutch;
    if (dec == "point") style = sw::text::NumberStyle::English;
    if (!dec.empty() && dec != "comma" && dec != "point")
        return refuse("mapping", "--decimal must be comma or point, got '" + dec + "'");
    job->builder.emplace(std::move(columns), style, course ? course : "", courses ? courses : "");
    if (!job->builder->ok())
        return refuse(job->builder->error().find("named course") != std::string::npos ? "courses" : "course",
                      job->builder->error());
    if (!staff::check_columns(job->builder->columns(), job->builder->course_has_costs(), error))
        return refuse("columns", error);
    job->separator = job->list.separator;
    std::vector<std::string> budget_columns;
    if (share) {
        job->shared =
            std::make_unique<staff::SharedRun>(*job->planner->catalogue(), *job->builder, job->list.records);
        budget_columns = staff::budget_csv_columns(*job->planner->catalogue());
    }
    const int id = ++last_job;
    Json j{{"job", id},
           {"rows", job->list.records.size()},
           {"separator", std::string(1, job->separator)},
           {"columns", columns_json(job->builder->columns(), job->list)},
           {"header_csv", staff::result_csv_header(job->builder->columns(), job->separator, budget_columns)},
           {"shared", share != 0}};
    if (share) {
        const sw::Text rule = sw::budget_share_rule();
        j["budget_rule"] = {{"nl", rule.nl}, {"en", rule.en}};
    }
    jobs[id] = std::move(job);
    return api::finish(0, dump(j));
}

// The next `count` rows of a job, computed: {"rows": [...], "computed", "done"}. Each row:
// {"row","line","carried","error", "csv"} and, computed, "total_cost_cents", "own_payment_cents",
// "employer_cents", "plan": [{"scheme","amount_cents","applicant","kind"}], "eligible": [ids],
// "possible": [{"scheme","deciding"}], "applications": [{"scheme","amount_cents","deadline"}];
// with an error "error_column" (1-based, 0: none) and "error_field". A shared job adds "stage"
// ("read", "share", "compute": no rows until "compute"), "stage_progress" (0..1 of that stage),
// from "compute" on "budgets": [{"scheme","pot_cents","given_cents","left_cents","people"}], and
// per computed row "budgets": {scheme: its share in cents}.
EMSCRIPTEN_KEEPALIVE int sw_api_staff_next(int id, int count) {
    auto it = jobs.find(id);
    if (it == jobs.end()) return refuse("job", "no staff job " + std::to_string(id) + " (closed?)");
    Job& job = *it->second;
    if (job.shared) return api::finish(0, dump(shared_next(job, count)));
    const std::size_t end =
        std::min(job.list.records.size(), job.next + static_cast<std::size_t>(std::max(count, 1)));
    std::vector<staff::CaseRow> rows;
    std::vector<sw::BatchCase> cases;
    for (std::size_t i = job.next; i < end; ++i) {
        rows.push_back(job.builder->build(job.list.records[i], static_cast<int>(i) + 1));
        cases.push_back(sw::BatchCase{rows.back().row, rows.back().json, rows.back().error});
    }
    // As batch writes CSV: no texts, questions or best case (they change none of its cells).
    const sw::EvaluateOptions eval{false, false, false};
    Json out = Json::array();
    std::size_t i = 0;
    sw::evaluate_batch_cases(*job.planner->catalogue(), cases, eval,
                             [&](sw::BatchRow&& r) { out.push_back(row_json(job, rows[i++], r)); });
    job.next = end;
    Json j{{"rows", out}, {"computed", job.next}, {"done", job.next == job.list.records.size()}};
    return api::finish(0, dump(j));
}

// The staff list to start from (staff::template_csv): the bytes of "Download een voorbeeldbestand".
EMSCRIPTEN_KEEPALIVE int sw_api_staff_template() {
    return api::finish(0, staff::template_csv());
}

EMSCRIPTEN_KEEPALIVE int sw_api_staff_close(int id) {
    jobs.erase(id);
    return api::finish(0, "{}");
}

}  // extern "C"
