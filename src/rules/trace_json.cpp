// trace_json.cpp: trace_to_json(), a scheme's condition trace as JSON. Keys in a fixed order
// (nlohmann::ordered_json keeps insertion order) and the lines in the trace's order, so the bytes
// depend only on the arguments: the CLI and the JavaScript API give the same bytes for a case.
#include "stapelwijzer/trace_json.h"

#include <nlohmann/json.hpp>

namespace sw {

std::string trace_to_json(std::string_view scheme_id, Date reference_date,
                          const std::vector<ConditionLine>& lines, bool pretty) {
    using J = nlohmann::ordered_json;
    J conditions = J::array();
    for (const ConditionLine& line : lines) {
        J j = J::object();
        j["depth"] = line.depth;
        j["kind"] = condition_kind_name(line.kind);
        j["outcome"] = condition_outcome_name(line.outcome);
        J text = J::object();
        text["nl"] = line.text.nl;
        text["en"] = line.text.en;
        j["text"] = std::move(text);
        if (line.kind == ConditionKind::Leaf) j["fact"] = line.fact;
        conditions.push_back(std::move(j));
    }
    J doc = J::object();
    doc["scheme"] = std::string(scheme_id);
    doc["reference_date"] = format_iso_date(reference_date);
    doc["conditions"] = std::move(conditions);
    return doc.dump(pretty ? 2 : -1, ' ', false, J::error_handler_t::replace);
}

}  // namespace sw
