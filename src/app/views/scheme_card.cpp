#include <imgui.h>

#include "format.h"
#include "platform/browser.h"
#include "result_lookup.h"
#include "scheme_meta_lines.h"
#include "string_table.h"
#include "ui.h"
#include "view_model.h"
#include "views/views.h"

namespace sw::app::views {
namespace {

std::string amount_line(const SchemeResult& s) {
    Cents amount = plan_amount(std::string(s.id));
    if (s.status != Status::Eligible) return {};
    if (s.kind == Kind::Service) return {};
    if (amount <= 0) return tr(S::PaysNothing);
    if (s.kind == Kind::Loan) return fmt(S::Lends, euro(amount));
    if (s.kind == Kind::Deduction) return fmt(S::Deducts, euro(amount));
    return fmt(S::Pays, euro(amount));
}

// What the person already had of a scheme capped per year or per person lowers what is left of it
// (the contract's person.used); typed like the course's amounts, checked the same way.
}  // namespace

void used_field(const SchemeSpec& spec) {
    const std::string base = "scheme." + spec.id;
    const std::optional<CapPeriod> per = used_period(spec);
    if (!per) return;
    ui::paragraph("", tr(*per == CapPeriod::Year ? S::UsedPerYear : S::UsedPerPerson), true);
    const std::string id = base + ".used";
    auto it = vm().form.used.find(spec.id);
    std::string text = it == vm().form.used.end() ? "" : it->second;
    if (ui::text_field(id.c_str(), text, true, 220, "0")) set_used(spec.id, text);
    if (const std::string why = used_problem(spec.id); !why.empty()) ui::error_text((id + ".error").c_str(), why.c_str());
}

void scheme_card(const std::string& id) {
    const SchemeResult* s = scheme_result(id);
    if (!s) return;
    const SchemeSpec* spec = scheme_spec(id);
    ImGui::PushID(id.c_str());
    ImGui::Spacing();
    ImGui::Separator();
    const std::string base = "scheme." + id;
    ui::bold((base + ".name").c_str(), scheme_name(id));
    std::string line = kind_label(s->kind);
    if (spec && !spec->provider.empty()) line = spec->provider + " · " + line;
    ui::paragraph("", line, true);
    const std::string amount = amount_line(*s);
    if (!amount.empty()) ui::bold((base + ".amount").c_str(), amount);
    ui::paragraph((base + ".applicant").c_str(),
                  tr(s->applicant == Applicant::Employer ? S::ApplicantEmployer : S::ApplicantPerson));
    for (std::size_t i = 0; i < s->reasons.size(); ++i)
        ui::paragraph((base + ".reason." + std::to_string(i)).c_str(),
                      std::string("• ") + text_in_language(s->reasons[i].text));
    // A possible scheme's first reason already says which answers decide it ("Dit hangt nog af
    // van: …"); a second line with the same facts as short labels only repeated it.
    // "Zekerheid: indicatief, controleer … Laatst bevestigd in 2019.": how sure the catalogue is,
    // and of when, for every scheme that is not confirmed.
    if (spec && spec->indicative) ui::paragraph((base + ".confidence").c_str(), confidence_line(*spec), true);
    if (spec && used_period(*spec) && s->status != Status::Ineligible) used_field(*spec);
    if (spec && spec->discretionary) ui::paragraph("", tr(S::Discretionary), true);
    if (spec && !spec->apply_url.empty() && s->status != Status::Ineligible) {
        if (ui::button((base + ".apply").c_str(), tr(S::Apply))) browser::open_in_new_tab(spec->apply_url);
    }
    if (vm().adviser) adviser_scheme(id);
    ImGui::PopID();
}

}  // namespace sw::app::views
