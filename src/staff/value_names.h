// value_names.h: Dutch and English words for the contract's enumerated values ("werknemer" ->
// employee, "bbl" -> mbo_bbl, "vast" -> permanent) and for yes and no (value_names.cpp).
// Internal to src/staff.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace sw::staff {

// The contract value `word` (lower case, trimmed) stands for in `path`, if it is a known name.
std::optional<std::string> value_of_name(const std::string& path, const std::string& word);

// "ja", "yes", "waar", "true", "j", "y", "1", "x" -> true; "nee", "no", "onwaar", "false", "n", "0" -> false.
std::optional<bool> boolean_of_word(const std::string& word);

// Every (path, value) the names point at (for the test that checks them against the fact table).
std::vector<std::pair<std::string, std::string>> value_name_targets();

}  // namespace sw::staff
