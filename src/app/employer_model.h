// employer_model.h: the employer view's state (issue 16, docs/employer.md): a staff list read by
// the staff import library (src/staff), its column mapping, the rows computed a slice per frame,
// and what the view shows of them (per row, totals, the employer's applications). The CSV export
// is the library's result CSV, the bytes `stapelwijzer batch` writes for the same file and course.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "staff/staff_import.h"
#include "stapelwijzer/budget.h"
#include "stapelwijzer/types.h"

namespace sw::app::employer {

enum class Phase { Empty, Mapping, Computing, Done };

// What Computing does, in order: read every row into a case, share the company budgets among
// them (they need every row: the pot is everybody's), then evaluate the rows (docs/employer.md).
enum class Stage { Read, Share, Evaluate };

// A course the user named (the course form saved under a name): rows name it in a course column.
struct NamedCourse {
    std::string name;
    std::string course_json;  // the contract's "course" object
};

// A file-level problem: the list cannot be read at all (nothing is computed).
enum class FileProblem { None, Empty, HeaderOnly, TooLarge, NotText, BadHeader, Workbook };

struct PlanItem {
    std::string scheme;
    Cents amount = 0;
    Applicant applicant = Applicant::Person;
};

struct Possible {
    std::string scheme;
    std::vector<std::string> deciding;  // fact paths
};

// What the employer must apply for: the scheme, for whom (the row), the deadline when it has one.
struct Application {
    std::string scheme;
    int row = 0;
    Cents amount = 0;
    Text deadline;  // empty when the scheme has no apply-before term
};

struct RowView {
    int row = 0;
    std::vector<std::string> carried;
    std::string error;  // as the result CSV has it (English; row_error_text() shows it in Dutch)
    Cents total_cost = 0, own = 0, employer = 0;
    std::vector<PlanItem> plan;
    std::vector<Possible> possible;
    std::vector<Text> notes;                             // the engine's notes (tax-free or not)
    std::vector<std::pair<std::string, Cents>> budgets;  // per shared pot: the scheme, this row's share
    std::string csv;                                     // the result CSV row (result_csv_row)
    std::string search;  // lower-case text of the row, for the filter: made when a filter is first typed
};

struct Totals {
    std::map<std::string, Cents> per_scheme;  // what the plan's contributions pay, per scheme
    Cents by_person = 0;                      // contributions the person applies for
    Cents by_employer = 0;                    // contributions the employer applies for
    Cents own = 0;                            // left to pay
    Cents cost = 0;
    int rows_ok = 0, rows_bad = 0;
};

struct Model {
    bool active = false;  // the employer view is shown (header switch)
    Phase phase = Phase::Empty;
    std::string source;  // the file's name, or "" for pasted or typed cells
    FileProblem problem = FileProblem::None;
    std::string problem_detail;  // the library's own words (which line, what it found)
    std::string paste;           // the text box for pasted or typed rows
    // problem_detail in Dutch, when the reader gives both languages (a workbook: staff_files.cpp).
    std::string problem_detail_nl;
    // Why the last .xlsx download could not be made (its library did not load: staff_files.cpp),
    // "" when it was made or none was asked for. The CSV download does not need it.
    std::string xlsx_problem;
    char separator = ';';
    text::NumberStyle style = text::NumberStyle::Dutch;
    std::vector<std::string> header;
    std::vector<staff::Column> columns;
    std::vector<staff::Record> records;      // the data rows, as read
    std::string mapping_error;               // check_columns' message, "" when it can be computed
    std::vector<NamedCourse> named_courses;  // kept when another list is read
    // Computing.
    std::optional<staff::CaseBuilder> builder;
    std::string course_json;   // the course for everybody, as `batch --course` takes it
    std::string courses_json;  // the named courses, as `batch --courses` takes them
    Stage stage = Stage::Read;
    const Catalogue* catalogue = nullptr;    // what the rows are computed with
    std::size_t read = 0;                    // records read into cases
    std::vector<staff::CaseRow> case_rows;   // per record: row number, carried cells, its own error
    std::vector<std::string> engine_errors;  // per record: the engine's error, its column named
    std::vector<Case> cases;                 // the records that parse, in order
    std::vector<std::size_t> case_index;     // per record: its index in `cases`, or npos
    std::unique_ptr<BudgetSharing> sharing;  // while the pots are shared
    std::vector<BudgetShare> shares;         // per shared pot (given: per case)
    std::size_t next = 0;                    // the next record to evaluate
    double work_ms = 0;                      // time spent computing (the slices), for the benchmark
    double stage_ms[3] = {0, 0, 0};          // of it, per Stage (the benchmark's split)
    double rows_ms = 0;                      // of Evaluate: what the view keeps per row (make_row)
    double finish_ms = 0;                    // of Evaluate: the table's order made at the end
    int slices = 0;                          // how many slices (frames that computed)
    std::vector<RowView> rows;
    Totals totals;
    std::vector<Application> applications;
    std::string csv_header;
    bool cancelled = false;
    // The table.
    std::string filter;
    int sort_column = 0;  // TableColumn
    bool sort_descending = false;
    std::vector<int> order;  // indexes into rows: filtered and sorted, as shown
    unsigned long revision = 0;
};

Model& model();

// The largest file the view reads: 16 MiB, about 100,000 staff rows (docs/employer.md).
inline constexpr double kMaxFileBytes = 16.0 * 1024 * 1024;

void show(bool on);
// A staff list's bytes (a file, a dropped file, pasted or typed cells): read and its columns
// recognised; computing waits for the user's go (the mapping may need fixing first).
void load_bytes(const std::string& source, std::string_view bytes);
void load_paste();  // the text box's contents
void refuse_file(const std::string& source, FileProblem problem, const std::string& detail);
void clear();

// The mapping: column `index` fills `path` ("" : carried through). A path given to one column
// moves away from the column that had it, as `--map` does.
void set_target(std::size_t index, const std::string& path);
// The `--map` text that gives the current mapping (for the CLI, and shown to the user).
std::string map_spec();

void start_compute(const std::string& course_json);
// Works on the current stage (read, share, evaluate: Stage) for about `budget_ms`, at least one
// unit (a few records read, a step of sharing, 64 rows evaluated). start_compute runs it in tasks
// of its own (platform/work_pump.h), between the browser's input and frames, so the page stays
// responsive; a frame is drawn about five times a second to show the progress.
void compute_slice(double budget_ms);
void cancel();
double progress();  // 0..1

// The named courses: the course form saved under `name` (replacing one of that name), removed.
void save_named_course(const std::string& name, const std::string& course_json);
void remove_named_course(std::size_t index);
std::string named_courses_json();  // as `batch --courses` takes them ("" when there are none)

// A row's error as the view shows it: in Dutch when the app is (staff::row_error_dutch).
std::string row_error_text(const std::string& error);

// The table: filter and sort changed.
void set_filter(const std::string& text);
void set_sort(int column, bool descending);
void refresh_order();

std::string result_csv();  // header and every computed row, as `stapelwijzer batch` writes them
std::string csv_filename();
std::string template_csv();  // the recognised headers, Dutch, ';' separated, with one example row

}  // namespace sw::app::employer
