// markdown_cell.h: text for one Markdown table cell (docs/coverage.md): no line breaks, and a '|'
// would end the cell.
#pragma once

#include <string>

namespace sw::markdown {

inline std::string cell(const std::string& s) {
    std::string out;
    for (char ch : s) {
        if (ch == '|')
            out += "\\|";
        else if (ch == '\n' || ch == '\r')
            out += ' ';
        else
            out += ch;
    }
    return out;
}

}  // namespace sw::markdown
