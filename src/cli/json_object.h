// json_object.h: reads a small JSON settings file of the CLI (delegations, search notes) that must
// be one object, with the message naming the file when it is not.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

namespace sw::cli {

// Parses `text` into `doc`; false with `error` ("PATH: not valid JSON: …" or "PATH: <what_object>")
// when it is not JSON or not an object. `what_object` says what the object should hold.
inline bool parse_json_object(const std::string& path, const std::string& text, const char* what_object,
                              nlohmann::json& doc, std::string& error) {
    try {
        doc = nlohmann::json::parse(text);
    } catch (const nlohmann::json::exception& e) {
        error = path + ": not valid JSON: " + e.what();
        return false;
    }
    if (doc.is_object()) return true;
    error = path + ": " + what_object;
    return false;
}

}  // namespace sw::cli
