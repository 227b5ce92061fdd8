// result_json_meta.h: the provenance and terms of one scheme in the result JSON (additive fields
// of the contract: confidence, last_confirmed, sources, terms, warnings; docs/contract.md).
#pragma once

#include <nlohmann/json.hpp>
#include <string_view>

#include "stapelwijzer/result.h"

namespace sw {

// Adds the fields to `j`, the JSON of the scheme `id` of `result`. Nothing when the result does
// not know its catalogue (a default Result).
void add_scheme_meta(nlohmann::ordered_json& j, const Result& result, std::string_view id);

}  // namespace sw
