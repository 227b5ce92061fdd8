// staff_import.h: a staff list as people keep it (a CSV file as Dutch Excel writes it, a comma or
// tab separated file, cells pasted from a spreadsheet) turned into one contract case per person.
// Used by `stapelwijzer batch` (src/cli/cmd_batch.cpp) and the web app's employer view, so both
// read a file the same way and write the same result CSV (docs/employer.md).
//
// The steps, one file each:
//   bytes -> records      RecordReader (record_reader.cpp; encodings: text_encoding.cpp)
//   header -> columns     recognise_columns, override_columns, check_columns (columns.cpp,
//                         header_names.cpp)
//   cell -> JSON value    cell_to_json (cell_values.cpp, value_names.cpp)
//   record -> case        CaseBuilder (case_builder.cpp)
//   case -> result        the engine's batch entry points; name_row_error (row_evaluate.cpp)
//   result -> CSV row     result_csv_header, result_csv_row (result_csv.cpp)
#pragma once

#include <deque>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "stapelwijzer/engine.h"
#include "stapelwijzer/result.h"
#include "stapelwijzer/rules.h"
#include "text/euro_text.h"

namespace sw::staff {

// ---- bytes -> records ------------------------------------------------------------------------

struct Record {
    int line = 0;                    // the file line the record starts on (1-based)
    std::vector<std::string> cells;  // UTF-8 (Windows-1252 cells converted), untrimmed
    std::string error;               // set: the record could not be split into cells (cells empty)
};

// Splits a byte stream into records, chunk by chunk, so a file of any size is read in constant
// memory (a record is at most kMaxRecordBytes). RFC 4180 quoting ("" is a quote inside quotes,
// line breaks inside quotes); a quote inside an unquoted cell is kept as text, as Excel does.
// A UTF-8 byte-order mark is skipped. Records whose cells are all empty (Excel's ";;;;") are
// skipped. A quote that is never closed makes its first line a bad record, and reading goes on
// from the next line, so the rows after it are kept.
class RecordReader {
public:
    static constexpr std::size_t kMaxRecordBytes = 1 << 20;

    // separator 0: taken from the first record (the header): the most frequent of ';', tab and
    // ',' outside quotes; ',' when it has none.
    explicit RecordReader(char separator = 0) : sep_(separator) {}
    void feed(std::string_view bytes);
    void finish();           // the end of the input: the last record needs no line end
    bool next(Record& out);  // takes the next complete record, if there is one
    char separator() const { return sep_; }
    // Set when the input is not a text file this reader can read (UTF-16, a binary file).
    const std::string& file_error() const { return file_error_; }

private:
    void scan();
    void emit(std::size_t begin, std::size_t end, int lines);
    void emit_unclosed();

    std::string buf_;
    std::size_t start_ = 0;  // the first byte of the record being scanned
    std::size_t pos_ = 0;    // how far it has been scanned
    bool quoted_ = false;
    enum State { kCellStart, kUnquoted, kQuoted, kQuoteInQuoted };
    State state_ = kCellStart;
    bool began_ = false;  // the first bytes were looked at (byte-order mark, UTF-16)
    bool finished_ = false;
    char sep_;
    int line_ = 1;
    std::string file_error_;
    std::deque<Record> ready_;
};

// Splits one record's text (no line end outside quotes) into cells. False: text after a closing
// quote, or an unclosed quote; `error` says which.
bool split_record(std::string_view text, char separator, std::vector<std::string>& cells, std::string& error);

// A cell's bytes as UTF-8: valid UTF-8 unchanged, anything else read as Windows-1252 (what Dutch
// Excel writes with "CSV (gescheiden door lijstscheidingsteken)").
std::string cell_to_utf8(std::string_view bytes);

// ---- header -> columns -----------------------------------------------------------------------

struct Column {
    std::string header;  // the header cell as written
    std::string path;    // the contract path it fills ("person.age", "course.costs.tuition");
                         // "" : not used, carried through to the result unchanged
};

// Every contract path a column can fill, in the fact table's order: the facts of
// stapelwijzer/facts.h, person.birth_date, contract, the cost components; person.used.<scheme-id>
// is accepted too but not listed.
std::vector<std::string> target_paths();
bool is_target_path(const std::string& path);

// Recognises each header: a contract path as written, or a Dutch or English name ("leeftijd",
// "Uren per week", "Lesgeld (€)", "date of birth"; header_names.cpp). Anything else is carried.
std::vector<Column> recognise_columns(const std::vector<std::string>& header);

// The user's corrections, "Header=path;Other header=-" ('-' or nothing: carry it through); a
// header may also be given by its column number ("3=person.age"). On an unknown header or path
// returns false and names it in `error`.
bool override_columns(std::vector<Column>& columns, const std::string& spec, std::string& error);

// The mapping can be computed: no path filled by two columns, and a course cost from a column
// unless `course_has_costs` (one course for everybody). Also refuses a carried column whose
// header looks like a contract path ("person.agee"): a typo would otherwise be ignored.
bool check_columns(const std::vector<Column>& columns, bool course_has_costs, std::string& error);

// The staff list to start from (the employer views' "Download een voorbeeldbestand"): recognised
// Dutch headers, ';' separated, a UTF-8 byte-order mark, one example row (template_csv.cpp).
std::string template_csv();

// ---- cell -> JSON value ----------------------------------------------------------------------

// Reads one cell for `path` as people write it: numbers and amounts as `style` writes them
// ("38,5", "€ 1.250,50"; money and numbers at most two decimals), "ja"/"nee", the contract's
// values and Dutch and English names for them ("werknemer", "bbl", "vast contract"), dates as
// "01-03-2026" or ISO. On success `json` is the JSON value; else `error` says why ("must be a
// date that exists, got '31-02-2026'"), without the path. An empty cell is never passed here.
bool cell_to_json(const std::string& path, const std::string& cell, text::NumberStyle style,
                  std::string& json, std::string& error);

// ---- record -> case --------------------------------------------------------------------------

struct CaseRow {
    int row = 0;                       // the data row (the first row after the header is 1)
    int line = 0;                      // the file line it starts on
    std::vector<std::string> carried;  // the carried columns' cells, in column order
    std::string json;                  // the case as contract JSON (when error is empty)
    std::string error;                 // "row 3, column 'Leeftijd' (person.age): must be a number, got 'abc'"
};

// The column that names a row's course among the named courses ("Cursus", "Opleiding",
// "Course"; `batch --courses`, the employer view's named courses). Not a contract path: the
// builder puts the named course's fields into the case.
inline constexpr const char* kCourseNamePath = "course_name";

class CaseBuilder {
public:
    // course_json: "" or the contract's "course" object for everybody; a row's own course
    // columns win over it. courses_json: "" or named courses, a JSON object {"name": course, ...}
    // of such objects; a row whose course column names one gets that course instead of the one for
    // everybody (its own course columns still win, cost by cost). False from ok(): a course is not a
    // JSON object (see error()).
    CaseBuilder(std::vector<Column> columns, text::NumberStyle style, const std::string& course_json = "",
                const std::string& courses_json = "");
    bool ok() const { return error_.empty(); }
    const std::string& error() const { return error_; }
    const std::vector<Column>& columns() const { return columns_; }
    // A course for everybody with costs, or named courses with costs and a column naming them.
    bool course_has_costs() const;
    CaseRow build(const Record& record, int row) const;
    // An error of parse_case_json() or check_case() ("person.sector: ... is not a sector") with
    // the column that holds the field named, as build() names its own: "column 'Sector'
    // (person.sector): ...". Unchanged when no column fills that field.
    std::string name_column(const std::string& engine_error) const;

private:
    // A course object's members (JSON values) and costs (component -> JSON value).
    struct CourseFields {
        std::map<std::string, std::string> members, costs;
    };
    std::vector<Column> columns_;
    text::NumberStyle style_;
    CourseFields everybody_;
    std::map<std::string, CourseFields> named_;  // by name in lower case, trimmed
    std::string named_list_;                     // the names as given, for a message
    std::string error_;
};

// ---- case -> result --------------------------------------------------------------------------

// The engine's error of a row (of the batch entry points, stapelwijzer/batch.h and rules.h, that
// `batch` and the employer view use for many rows at once) with its column named
// (row_evaluate.cpp), so both shells show the same text.
void name_row_error(const CaseBuilder& builder, const CaseRow& row, BatchRow& result);

// A row's error (the library's or the engine's, in English as the result CSV has it) in Dutch,
// for the web app when its language is Dutch (row_error_nl.cpp). The file's own words (headers,
// cells) are kept; a phrase it does not know stays English.
std::string row_error_dutch(const std::string& error);

// ---- result -> CSV ---------------------------------------------------------------------------

// The result CSV, the same bytes from the CLI and the web app: separator `sep`; columns row, the
// carried columns, own_payment_cents, employer_cents (what the employer's applications pay),
// eligible, possible (scheme ids joined by ';'), deciding (per possible scheme "id: fact fact",
// joined by " | "), error. With ';' the file starts with a UTF-8 byte-order mark so Excel reads
// it as UTF-8.
// `extra`: more column names after `error` (the shared company budgets, docs/employer.md).
std::string result_csv_header(const std::vector<Column>& columns, char sep,
                              const std::vector<std::string>& extra = {});
// `result` is null for a row with an error (the row's own, or the engine's in `engine_error`).
// `extra`: the cells of the extra columns.
std::string result_csv_row(const CaseRow& row, const Result* result, const std::string& engine_error,
                           char sep, const std::vector<std::string>& extra = {});
// With shared company budgets (`batch --share-budgets`, the employer view): one column per company
// budget of the catalogue, "budget_cents:<scheme id>", in catalogue order, and a row's cells of
// them: its share (`given[index]` of that pot), or empty when the row has an error or the pot was
// not shared (no row gives the facts it needs).
std::vector<std::string> budget_csv_columns(const Catalogue& catalogue);
std::vector<std::string> budget_csv_cells(const Catalogue& catalogue, const std::vector<BudgetShare>& shares,
                                          std::size_t index, bool row_ok);

// One cell, quoted when it holds the separator, a quote or a line break.
std::string csv_cell(const std::string& value, char sep);
// `value` appended to `out` as a CSV cell: quoted ("" for a quote inside) when it holds any of
// `specials` (the result CSV: the separator, a quote, a line break), else as it is.
void append_csv_cell(std::string& out, std::string_view value, std::string_view specials);

}  // namespace sw::staff
