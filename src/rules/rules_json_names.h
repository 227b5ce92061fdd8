// rules_json_names.h: the engine's name tables (facts, operators) looked up by a string view of the
// JSON tree (internal to src/rules/). fact_from_path() and op_from_name() take a std::string and
// compare it with every name in turn; a catalogue has two such look-ups in every leaf condition.
#pragma once

#include <optional>
#include <string_view>

#include "stapelwijzer/catalogue.h"
#include "stapelwijzer/facts.h"

namespace sw::rules {

// The same answers as fact_from_path() and op_from_name().
std::optional<Fact> fact_named(std::string_view path);
std::optional<Op> op_named(std::string_view name);

}  // namespace sw::rules
