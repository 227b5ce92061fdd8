// batch_columns.h: the CSV side of the batch mode. Columns are the contract's input paths
// flattened (person.age, course.costs.tuition, person.used.<scheme-id>); each row becomes the JSON
// text of one case, which parse_case_json() then checks exactly like `plan` does.
#pragma once

#include <string>
#include <vector>

namespace sw::cli {

enum class CellKind { Number, Boolean, String, List };

struct Column {
    std::string path;  // "person.age"
    CellKind kind = CellKind::String;
};

// Checks the header row: every column a known path, none twice, at least one course.costs column.
bool read_header(const std::vector<std::string>& header, std::vector<Column>& columns, std::string& error);

// The case JSON for one row (cells as many as columns). An empty cell is left out (unknown; a
// cost is then 0). `contract` defaults to 1 when there is no such column. On a cell that is not
// of its column's kind returns false and sets `error` ("person.age: must be a number, got 'x'").
bool row_to_case_json(const std::vector<Column>& columns, const std::vector<std::string>& cells, std::string& json,
                      std::string& error);

}  // namespace sw::cli
