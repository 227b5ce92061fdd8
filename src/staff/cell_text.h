// cell_text.h: the small text helpers the staff import's files share (internal to src/staff).
#pragma once

#include <cctype>
#include <string>

namespace sw::staff {

// Without spaces and tabs at either end.
inline std::string trim(const std::string& s) {
    const auto a = s.find_first_not_of(" \t");
    if (a == std::string::npos) return "";
    return s.substr(a, s.find_last_not_of(" \t") - a + 1);
}

// ASCII lower case (names and codes are compared in it).
inline std::string lower(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

// A code point (below U+10000) appended as UTF-8 (text_encoding.cpp; xlsx_reader.cpp too).
void append_utf8(std::string& out, unsigned cp);

// A string as a JSON string literal (cell_values.cpp; nlohmann/json escapes it).
std::string json_text(const std::string& s);

}  // namespace sw::staff
