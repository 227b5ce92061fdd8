// op_names.cpp: the spelling of condition operators in the rules JSON (docs/rules-format.md).
#include "stapelwijzer/catalogue.h"

namespace sw {
namespace {
const char* const kOpNames[] = {"=", "!=", "<", "<=", ">", ">=", "in", "not_in", "between"};
}  // namespace

const char* op_name(Op op) { return kOpNames[static_cast<int>(op)]; }

std::optional<Op> op_from_name(std::string_view name) {
    for (int i = 0; i < static_cast<int>(sizeof kOpNames / sizeof kOpNames[0]); ++i) {
        if (name == kOpNames[i]) return static_cast<Op>(i);
    }
    return std::nullopt;
}

}  // namespace sw
