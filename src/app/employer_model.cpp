// employer_model.cpp: the employer view's state and its steps (employer_model.h): read, map,
// compute a slice per frame, and the table's filter and sort.
#include "employer_model.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <nlohmann/json.hpp>

#include "platform/idle.h"
#include "platform/work_pump.h"
#include "result_lookup.h"
#include "stapelwijzer/batch.h"
#include "stapelwijzer/scheme_terms.h"
#include "staff/staff_import.h"
#include "string_table.h"
#include "view_model.h"

namespace sw::app::employer {
namespace {

Model state;

// A slice of work: short enough that input and frames wait at most this long (docs/employer.md).
constexpr double kSliceMs = 10.0;
// While computing, a frame (the progress bar) at most this often, unless input wakes one: five
// times a second moves the bar smoothly enough, and each frame drawn is time not computing.
constexpr double kProgressFrameMs = 200.0;
// Records read into cases per unit of work (about 0.1 ms each): fewer clock reads per row.
constexpr int kReadChunk = 8;

std::string lower(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

bool ends_with(const std::string& s, const std::string& end) {
    return s.size() >= end.size() && s.compare(s.size() - end.size(), end.size(), end) == 0;
}

void recheck_mapping() {
    // The course for everybody is known only when computing starts; until then a missing cost
    // column is not named (start_compute checks again with the course).
    state.mapping_error.clear();
    staff::check_columns(state.columns, true, state.mapping_error);
}

void changed() {
    ++state.revision;
    idle::wake();
}

// The deadline to apply for `scheme` for this row's course (scheme_terms.h), or empty.
Text apply_deadline(const std::string& scheme, const Result& r) {
    const SchemeSpec* spec = scheme_spec(scheme);
    if (!spec) return {};
    for (const SchemeTerm& t : scheme_terms(*spec, r.course_start, r.reference_date))
        if (t.kind == TermKind::ApplyBefore) return t.text;
    return {};
}

std::string row_text(const RowView& r) {
    std::string s;
    for (const auto& c : r.carried) s += c + "\n";
    for (const auto& p : r.plan) s += p.scheme + "\n" + scheme_name(p.scheme) + "\n";
    for (const auto& p : r.possible) s += p.scheme + "\n" + scheme_name(p.scheme) + "\n";
    s += r.error + "\n" + staff::row_error_dutch(r.error);
    return lower(s);
}

void add_to_totals(const RowView& r) {
    Totals& t = state.totals;
    if (!r.error.empty()) {
        ++t.rows_bad;
        return;
    }
    ++t.rows_ok;
    t.cost += r.total_cost;
    t.own += r.own;
    for (const auto& p : r.plan) {
        t.per_scheme[p.scheme] += p.amount;
        (p.applicant == Applicant::Employer ? t.by_employer : t.by_person) += p.amount;
    }
}

}  // namespace

Model& model() {
    return state;
}

void show(bool on) {
    state.active = on;
    changed();
}

void clear() {
    const bool active = state.active;
    const std::string paste = state.paste;
    const unsigned long revision = state.revision;
    std::vector<NamedCourse> named = std::move(state.named_courses);
    state = Model{};
    state.active = active;
    state.paste = paste;
    state.named_courses = std::move(named);
    state.revision = revision;
    changed();
}

void refuse_file(const std::string& source, FileProblem problem, const std::string& detail) {
    clear();
    state.paste.clear();
    state.source = source;
    state.problem = problem;
    state.problem_detail = detail;
    changed();
}

void load_bytes(const std::string& source, std::string_view bytes) {
    clear();
    state.source = source;
    staff::RecordReader reader;
    reader.feed(bytes);
    reader.finish();
    // An Excel workbook (a ZIP file; a password-protected one is an encrypted OLE file) is named
    // as such, with how to save it as CSV.
    const bool workbook = bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4) ||
                          bytes.substr(0, 4) == "\xD0\xCF\x11\xE0" || ends_with(lower(source), ".xlsx") ||
                          ends_with(lower(source), ".xls");
    if (!reader.file_error().empty())
        return refuse_file(source, workbook ? FileProblem::Workbook : FileProblem::NotText,
                           reader.file_error());
    staff::Record rec;
    bool have_header = false;
    while (reader.next(rec)) {
        if (!have_header) {
            if (!rec.error.empty())
                return refuse_file(source, workbook ? FileProblem::Workbook : FileProblem::BadHeader,
                                   rec.error);
            state.header = rec.cells;
            have_header = true;
        } else {
            state.records.push_back(std::move(rec));
        }
        rec = {};
    }
    if (!have_header) return refuse_file(source, FileProblem::Empty, "");
    if (state.records.empty()) return refuse_file(source, FileProblem::HeaderOnly, "");
    state.separator = reader.separator();
    state.style = state.separator == ',' ? text::NumberStyle::English : text::NumberStyle::Dutch;
    state.columns = staff::recognise_columns(state.header);
    recheck_mapping();
    state.phase = Phase::Mapping;
    changed();
}

void load_paste() {
    const std::string text = state.paste;
    load_bytes("", text);
    state.paste = text;
}

void set_target(std::size_t index, const std::string& path) {
    if (index >= state.columns.size()) return;
    if (!path.empty())
        for (auto& c : state.columns)
            if (c.path == path) c.path.clear();
    state.columns[index].path = path;
    recheck_mapping();
    if (state.phase != Phase::Computing) state.phase = Phase::Mapping;
    changed();
}

std::string map_spec() {
    std::string s;
    for (std::size_t i = 0; i < state.columns.size(); ++i) {
        if (!s.empty()) s += ';';
        s += std::to_string(i + 1) + "=" + (state.columns[i].path.empty() ? "-" : state.columns[i].path);
    }
    return s;
}

namespace {

// One task of the work pump: a slice of the rows; more while computing.
bool pump_step() {
    compute_slice(kSliceMs);
    return state.phase == Phase::Computing;
}

}  // namespace

void start_compute(const std::string& course_json) {
    if (state.phase == Phase::Empty || state.phase == Phase::Computing) return;
    const std::string courses = named_courses_json();
    state.builder.emplace(state.columns, state.style, course_json, courses);
    state.mapping_error.clear();
    if (!state.builder->ok())
        state.mapping_error = state.builder->error();
    else
        staff::check_columns(state.builder->columns(), state.builder->course_has_costs(),
                             state.mapping_error);
    if (!state.mapping_error.empty()) {
        state.builder.reset();
        state.phase = Phase::Mapping;
        return changed();
    }
    state.course_json = course_json;
    state.courses_json = courses;
    state.catalogue = vm().planner->catalogue();
    state.csv_header = staff::result_csv_header(state.builder->columns(), state.separator,
                                                staff::budget_csv_columns(*state.catalogue));
    state.stage = Stage::Read;
    state.read = 0;
    state.case_rows.clear();
    state.case_rows.reserve(state.records.size());
    state.engine_errors.assign(state.records.size(), "");
    state.cases.clear();
    state.cases.reserve(state.records.size());
    state.case_index.assign(state.records.size(), std::string::npos);
    state.sharing.reset();
    state.shares.clear();
    state.rows.clear();
    state.rows.reserve(state.records.size());
    state.totals = {};
    state.applications.clear();
    state.next = 0;
    state.work_ms = 0;
    state.cancelled = false;
    state.phase = Phase::Computing;
    changed();
    work_pump::start(pump_step);
}

namespace {

// The statuses, deciding facts and figures the view and the CSV need; no best case, no questions,
// no reason texts (they change none of those: stapelwijzer/engine.h), as `batch` CSV computes.
const EvaluateOptions kRowOptions{false, false, false};

// Record i into a case, as `batch` reads it (staff::CaseBuilder, then sw::parse_batch_case); an
// error of the engine's checks gets its column named, as the CLI names it.
void read_one() {
    const std::size_t i = state.read++;
    staff::CaseRow c = state.builder->build(state.records[i], static_cast<int>(i) + 1);
    std::string error;
    // The case's JSON is needed no more once parsed: moved, not copied.
    if (std::optional<Case> parsed =
            parse_batch_case(*state.catalogue, BatchCase{c.row, std::move(c.json), c.error}, error)) {
        state.case_index[i] = state.cases.size();
        state.cases.push_back(std::move(*parsed));
    } else if (c.error.empty()) {
        BatchRow named;
        named.error = error;
        staff::name_row_error(*state.builder, c, named);
        state.engine_errors[i] = named.error;
    }
    state.case_rows.push_back(std::move(c));
}

// What the view keeps of record i and its result (null: the row has an error). The text the
// filter searches is made when a filter is first typed (refresh_order), not for every row here.
RowView make_row(std::size_t i, const Result* res) {
    staff::CaseRow& c = state.case_rows[i];
    const std::string& engine_error = state.engine_errors[i];
    const bool ok = res != nullptr;
    const std::size_t k = state.case_index[i];
    RowView v;
    v.row = c.row;
    v.error = c.error.empty() ? engine_error : c.error;
    v.csv = staff::result_csv_row(c, res, engine_error, state.separator,
                                  staff::budget_csv_cells(*state.catalogue, state.shares, ok ? k : 0, ok));
    v.carried = std::move(c.carried);  // the CSV row above was the last use of the record's cells
    if (ok) {
        v.total_cost = res->plan.total_cost;
        v.own = res->plan.own_payment;
        v.plan.reserve(res->plan.contributions.size());
        for (const Contribution& x : res->plan.contributions) {
            v.plan.push_back({x.scheme, x.amount, x.applicant});
            if (x.applicant == Applicant::Employer) {
                v.employer += x.amount;
                state.applications.push_back({x.scheme, c.row, x.amount, apply_deadline(x.scheme, *res)});
            }
        }
        for (const SchemeResult& s : res->schemes)
            if (s.status == Status::Possible) v.possible.push_back({std::string(s.id), s.deciding_facts});
        for (const Note& n : res->notes) v.notes.push_back(n.text);
        for (const BudgetShare& b : state.shares) v.budgets.emplace_back(b.scheme, b.given[k]);
    }
    return v;
}

// The next rows evaluated together (sw::evaluate_batch: conditions 64 cases a word), straight
// from the list of cases (the parsed records are consecutive there); as many as fit in a slice
// is decided by compute_slice's clock, a chunk at a time.
void evaluate_some() {
    constexpr std::size_t kChunk = 64;
    const std::size_t end = std::min(state.records.size(), state.next + kChunk);
    std::size_t first = std::string::npos, count = 0;
    for (std::size_t i = state.next; i < end; ++i)
        if (state.case_index[i] != std::string::npos) {
            if (first == std::string::npos) first = state.case_index[i];
            ++count;
        }
    std::vector<Result> results;
    results.reserve(count);
    if (count > 0)
        evaluate_batch(*state.catalogue, &state.cases[first], count, kRowOptions,
                       [&](std::size_t, Result&& r) { results.push_back(std::move(r)); });
    const auto t0 = std::chrono::steady_clock::now();
    std::size_t r = 0;
    for (std::size_t i = state.next; i < end; ++i) {
        const bool parsed = state.case_index[i] != std::string::npos;
        state.rows.push_back(make_row(i, parsed ? &results[r] : nullptr));
        r += parsed ? 1 : 0;
        add_to_totals(state.rows.back());
    }
    state.rows_ms += std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    state.next = end;
}

// One unit of work of the current stage (a record read, a step of sharing, a few rows evaluated).
void work() {
    switch (state.stage) {
        case Stage::Read:
            for (int k = 0; k < kReadChunk && state.read < state.records.size(); ++k) read_one();
            if (state.read == state.records.size()) {
                state.sharing = std::make_unique<BudgetSharing>(*state.catalogue, state.cases);
                state.stage = Stage::Share;
            }
            return;
        case Stage::Share:
            if (!state.sharing->step()) {
                state.shares = state.sharing->take_shares();
                state.sharing.reset();
                state.stage = Stage::Evaluate;
            }
            return;
        case Stage::Evaluate:
            evaluate_some();
            if (state.next == state.records.size()) {
                state.phase = Phase::Done;
                state.cases = {};  // kept no longer: the rows hold what the view shows
                const auto t0 = std::chrono::steady_clock::now();
                refresh_order();
                state.finish_ms =
                    std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
            }
            return;
    }
}

}  // namespace

void compute_slice(double budget_ms) {
    using Clock = std::chrono::steady_clock;
    if (state.phase != Phase::Computing) return;
    // The rules changed under the rows (a newer bundle): stop rather than mix two catalogues.
    if (vm().planner->catalogue() != state.catalogue) return cancel();
    auto ms = [](Clock::time_point a, Clock::time_point b) {
        return std::chrono::duration<double, std::milli>(b - a).count();
    };
    const Clock::time_point start = Clock::now();
    Clock::time_point now = start;
    do {
        const Stage stage = state.stage;
        const Clock::time_point before = now;
        work();
        now = Clock::now();
        state.stage_ms[static_cast<int>(stage)] += ms(before, now);
    } while (state.phase == Phase::Computing && ms(start, now) < budget_ms);
    state.work_ms += ms(start, now);
    ++state.slices;
    ++state.revision;
    if (state.phase != Phase::Computing) return idle::wake();
    // The progress bar is drawn about five times a second, not after every slice: each frame
    // costs drawing time (and, where WebGL is drawn on the CPU, waits for the previous frame).
    static Clock::time_point last_drawn;
    if (ms(last_drawn, now) >= kProgressFrameMs) {
        last_drawn = now;
        idle::wake(1);
    }
}

void cancel() {
    if (state.phase != Phase::Computing) return;
    state.cancelled = true;
    state.phase = Phase::Done;
    state.sharing.reset();
    state.cases = {};
    refresh_order();
    changed();
}

double progress() {
    if (state.records.empty()) return 0;
    const double n = static_cast<double>(state.records.size());
    switch (state.stage) {
        case Stage::Read:
            return static_cast<double>(state.read) / n;
        case Stage::Share:
            return state.sharing ? state.sharing->progress() : 1.0;
        case Stage::Evaluate:
            break;
    }
    return static_cast<double>(state.next) / n;
}

void save_named_course(const std::string& name, const std::string& course_json) {
    std::string n = name;
    n.erase(0, n.find_first_not_of(" \t"));
    n.erase(n.find_last_not_of(" \t") + 1);
    if (n.empty()) return;
    auto same = [&](const NamedCourse& c) { return lower(c.name) == lower(n); };
    auto it = std::find_if(state.named_courses.begin(), state.named_courses.end(), same);
    if (it != state.named_courses.end())
        it->course_json = course_json;
    else
        state.named_courses.push_back({n, course_json});
    changed();
}

void remove_named_course(std::size_t index) {
    if (index >= state.named_courses.size()) return;
    state.named_courses.erase(state.named_courses.begin() + static_cast<std::ptrdiff_t>(index));
    changed();
}

std::string named_courses_json() {
    if (state.named_courses.empty()) return "";
    nlohmann::ordered_json j = nlohmann::ordered_json::object();
    for (const NamedCourse& c : state.named_courses)
        j[c.name] = nlohmann::ordered_json::parse(c.course_json, nullptr, false);
    return j.dump();
}

std::string row_error_text(const std::string& error) {
    return language() == Lang::Nl ? staff::row_error_dutch(error) : error;
}

void set_filter(const std::string& text) {
    state.filter = text;
    refresh_order();
    changed();
}

void set_sort(int column, bool descending) {
    if (column == state.sort_column && descending == state.sort_descending) return;
    state.sort_column = column;
    state.sort_descending = descending;
    refresh_order();
    changed();
}

// Columns: row, the carried columns, own payment, employer's part, plan, possible, notes, error.
void refresh_order() {
    state.order.clear();
    const std::string needle = lower(state.filter);
    for (std::size_t i = 0; i < state.rows.size(); ++i) {
        RowView& r = state.rows[i];
        if (!needle.empty() && r.search.empty()) r.search = row_text(r);
        if (needle.empty() || r.search.find(needle) != std::string::npos)
            state.order.push_back(static_cast<int>(i));
    }
    const int carried = static_cast<int>(std::count_if(
        state.columns.begin(), state.columns.end(), [](const staff::Column& c) { return c.path.empty(); }));
    const int col = state.sort_column;
    auto plan_text = [](const RowView& r) {
        std::string s;
        for (const auto& p : r.plan) s += p.scheme + " ";
        return s;
    };
    auto possible_text = [](const RowView& r) {
        std::string s;
        for (const auto& p : r.possible) s += p.scheme + " ";
        return s;
    };
    auto less = [&](int a, int b) {
        const RowView& x = state.rows[static_cast<std::size_t>(a)];
        const RowView& y = state.rows[static_cast<std::size_t>(b)];
        if (col >= 1 && col <= carried) {
            const std::size_t k = static_cast<std::size_t>(col - 1);
            const std::string& p = k < x.carried.size() ? x.carried[k] : std::string();
            const std::string& q = k < y.carried.size() ? y.carried[k] : std::string();
            return lower(p) < lower(q);
        }
        switch (col - carried) {
            case 1:
                return x.own < y.own;
            case 2:
                return x.employer < y.employer;
            case 3:
                return plan_text(x) < plan_text(y);
            case 4:
                return possible_text(x) < possible_text(y);
            case 5:
                return x.notes.size() < y.notes.size();
            case 6:
                return x.error < y.error;
            default:
                return x.row < y.row;
        }
    };
    std::stable_sort(state.order.begin(), state.order.end(),
                     [&](int a, int b) { return state.sort_descending ? less(b, a) : less(a, b); });
}

std::string result_csv() {
    std::string out = state.csv_header;
    for (const auto& r : state.rows) out += r.csv;
    return out;
}

std::string csv_filename() {
    std::string base = state.source.empty() ? std::string("personeel") : state.source;
    const std::size_t dot = base.rfind('.');
    if (dot != std::string::npos && dot > 0) base = base.substr(0, dot);
    return base + "-stapelwijzer.csv";
}

std::string template_csv() { return staff::template_csv(); }

}  // namespace sw::app::employer
