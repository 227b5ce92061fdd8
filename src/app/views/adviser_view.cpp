// adviser_view.cpp: what a career adviser needs to check the outcome with a client: every
// condition of a scheme as the rules state it, next to the client's answer and the engine's
// reasons; the sources with the date they were checked; the rules version, signers and expiry.
#include <imgui.h>
#include <nlohmann/json.hpp>

#include <cstdio>

#include "format.h"
#include "result_lookup.h"
#include "stapelwijzer/facts.h"
#include "string_table.h"
#include "ui.h"
#include "view_model.h"
#include "views/views.h"

namespace sw::app::views {
namespace {

// The case as the planner saw it, parsed once per recompute.
const nlohmann::json& case_json() {
    static unsigned long revision = 0;
    static nlohmann::json parsed;
    if (revision != vm().revision) {
        revision = vm().revision;
        parsed = nlohmann::json::parse(vm().case_json, nullptr, false);
    }
    return parsed;
}

// Enumerated values as people read them; sector codes by the catalogue's own names.
std::string value_text(const std::string& path, const std::string& code) {
    if (path == "person.sector" && vm().planner->catalogue())
        for (const auto& s : vm().planner->catalogue()->spec().sectors)
            if (s.code == code) return text_in_language(s.name);
    return value_label(path, code);
}

std::string answer_text(const std::string& path) {
    const auto& c = case_json();
    auto dot = path.find('.');
    if (dot == std::string::npos || c.is_discarded()) return tr(S::AdviserNoAnswer);
    const std::string part = path.substr(0, dot), field = path.substr(dot + 1);
    if (!c.contains(part) || !c[part].contains(field)) return tr(S::AdviserNoAnswer);
    const auto& v = c[part][field];
    if (v.is_string()) return value_text(path, v.get<std::string>());
    if (v.is_boolean()) return v.get<bool>() ? tr(S::Yes) : tr(S::No);
    if (v.is_array()) {
        if (v.empty()) return tr(S::QualityNoneValue);  // answered "none of these", not unknown
        std::string out;
        for (const auto& e : v) out += (out.empty() ? "" : ", ") + std::string(value_label(path, e.get<std::string>()));
        return out;
    }
    return v.dump();
}

std::string scalar_text(const std::string& path, const Scalar& s) {
    if (auto b = std::get_if<bool>(&s)) return *b ? tr(S::Yes) : tr(S::No);
    if (auto d = std::get_if<double>(&s)) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%g", *d);
        return buf;
    }
    if (auto t = std::get_if<std::string>(&s)) return value_text(path, *t);
    return format_iso_date(std::get<Date>(s));
}

std::string operand_text(const std::string& path, const Operand& o) {
    if (!o.param.empty()) return "[" + o.param + "]";
    std::string out;
    for (const auto& v : o.values) out += (out.empty() ? "" : ", ") + scalar_text(path, v);
    return o.is_list ? "{" + out + "}" : out;
}

void condition(const Condition& c, int depth) {
    const float indent = ui::px(18) * static_cast<float>(depth);
    if (indent > 0) ImGui::Indent(indent);
    switch (c.type) {
        case Condition::Type::All:
        case Condition::Type::Any:
        case Condition::Type::Not:
            if (c.type == Condition::Type::All && c.children.empty()) {
                ui::paragraph("", tr(S::AdviserAlways), true);
                break;
            }
            ui::paragraph("", tr(c.type == Condition::Type::All   ? S::AdviserAll
                                 : c.type == Condition::Type::Any ? S::AdviserAny
                                                                   : S::AdviserNot),
                          true);
            for (const auto& child : c.children) condition(child, 1);
            break;
        case Condition::Type::Leaf: {
            const std::string path = fact_info(c.fact).path;
            std::string line = std::string("• ") + fact_label(path) + " " + op_name(c.op) + " " +
                               operand_text(path, c.operand) + "  (" + fmt(S::AdviserValue, answer_text(path)) + ")";
            ui::paragraph("", line);
            break;
        }
        case Condition::Type::SchemeStatus:
        case Condition::Type::EmployerContribution:
            break;  // only in notes, never in a scheme's condition
    }
    if (indent > 0) ImGui::Unindent(indent);
}

}  // namespace

void adviser_scheme(const std::string& id) {
    const SchemeSpec* spec = scheme_spec(id);
    if (!spec) return;
    ImGui::Indent(ui::px(12));
    ui::bold(("adviser." + id + ".conditions").c_str(), tr(S::AdviserConditions));
    condition(spec->condition, 0);
    if (!spec->sources.empty()) {
        ui::bold("", tr(S::AdviserSources));
        for (std::size_t i = 0; i < spec->sources.size(); ++i) {
            const Source& s = spec->sources[i];
            ui::paragraph(("adviser." + id + ".source." + std::to_string(i)).c_str(),
                          "• " + s.title + " — " + s.url + " (" + fmt(S::AdviserChecked, long_date(format_iso_date(s.checked))) +
                              ")",
                          true);
        }
    }
    ImGui::Unindent(ui::px(12));
}

void adviser_rules() {
    const auto& p = *vm().planner;
    ImGui::Spacing();
    ImGui::Separator();
    ui::bold("adviser.rules", fmt(S::AdviserRules, p.info().catalogue, p.info().version));
    if (!p.info().valid_until.empty())
        ui::paragraph("adviser.valid_until", fmt(S::AdviserValidUntil, long_date(p.info().valid_until)));
    std::string signers;
    for (const auto& s : p.info().signers) signers += (signers.empty() ? "" : ", ") + s;
    ui::paragraph("adviser.signers", fmt(S::AdviserSigners, signers), true);
    ui::bold("", tr(S::AdviserBundle));
    for (const auto& line : p.bundle().report) ui::paragraph("", "• " + line, true);
}

}  // namespace sw::app::views
