// rules_json_names.cpp: see rules_json_names.h. The tables are built once from the engine's own
// names, so they cannot drift from them.
#include "rules_json_names.h"

#include <algorithm>
#include <array>
#include <utility>
#include <vector>

namespace sw::rules {

std::optional<Fact> fact_named(std::string_view path) {
    using Entry = std::pair<std::string_view, Fact>;
    static const std::vector<Entry> sorted = [] {
        std::vector<Entry> out;
        for (int i = 0; i < kFactCount; ++i)
            out.emplace_back(fact_info(static_cast<Fact>(i)).path, static_cast<Fact>(i));
        // Stable: should two facts share a path, the first in the table wins, as in fact_from_path().
        std::stable_sort(out.begin(), out.end(),
                         [](const Entry& a, const Entry& b) { return a.first < b.first; });
        return out;
    }();
    auto it = std::lower_bound(sorted.begin(), sorted.end(), path,
                               [](const Entry& e, std::string_view p) { return e.first < p; });
    if (it == sorted.end() || it->first != path) return std::nullopt;
    return it->second;
}

std::optional<Op> op_named(std::string_view name) {
    constexpr int kOps = static_cast<int>(Op::Between) + 1;
    static const std::array<std::string_view, kOps> names = [] {
        std::array<std::string_view, kOps> out;
        for (int i = 0; i < kOps; ++i) out[i] = op_name(static_cast<Op>(i));
        return out;
    }();
    for (int i = 0; i < kOps; ++i)
        if (name == names[i]) return static_cast<Op>(i);
    return std::nullopt;
}

}  // namespace sw::rules
