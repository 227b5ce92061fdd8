// plan_explanation_words.h: the small words of the plan explanation: money, percentages and cost
// component names in Dutch and English, and joining the two languages' parts.
#pragma once

#include <cstdint>
#include <string>

#include "stapelwijzer/types.h"

namespace sw::engine::stacking {

std::string money_nl(Cents c);  // "€ 1.234,56"
std::string money_en(Cents c);  // "€1,234.56"
std::string percent_nl(std::int64_t basis_points);  // "42,5 %"
std::string percent_en(std::int64_t basis_points);  // "42.5%"
Text component_words(Component c);  // "lesgeld" / "tuition"

}  // namespace sw::engine::stacking
