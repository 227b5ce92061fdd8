// employer_view.cpp: the "Werkgever / Employer" view (docs/employer.md): a staff list in (file,
// drop, pasted or typed cells), its columns as the app reads them (the user can change each),
// one course for everybody, the rows computed a slice per frame with progress and a stop
// button, and the result: totals, a chart, the employer's applications, a sortable and
// filterable table, and the exports (the CSV `stapelwijzer batch` writes, a printable summary).
#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <nlohmann/json.hpp>

#include "employer_export.h"
#include "employer_model.h"
#include "format.h"
#include "platform/browser.h"
#include "platform/staff_files.h"
#include "result_lookup.h"
#include "string_table.h"
#include "ui.h"
#include "view_model.h"
#include "views/views.h"
#include "widgets_registry.h"

namespace sw::app::views {
namespace {

namespace em = employer;

const char* source_name() {
    return em::model().source.empty() ? tr(S::EmpPasted) : em::model().source.c_str();
}

// "50,0" / "50.0": a size in MB as the language writes it.
std::string megabytes(const std::string& bytes) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", std::atof(bytes.c_str()) / (1024.0 * 1024.0));
    std::string s = buf;
    if (language() == Lang::Nl) std::replace(s.begin(), s.end(), '.', ',');
    return s;
}

std::string problem_text() {
    const em::Model& m = em::model();
    switch (m.problem) {
        case em::FileProblem::Empty:
            return fmt(S::EmpEmpty, source_name());
        case em::FileProblem::HeaderOnly:
            return fmt(S::EmpHeaderOnly, source_name());
        case em::FileProblem::TooLarge:
            return fmt(S::EmpTooLarge, source_name(), megabytes(m.problem_detail));
        case em::FileProblem::NotText:
            return fmt(S::EmpNotText, source_name(), m.problem_detail);
        case em::FileProblem::BadHeader:
            return fmt(S::EmpBadHeader, source_name(), m.problem_detail);
        case em::FileProblem::Workbook:
            // A workbook's reader (web/staff-xlsx.js) says why in both languages.
            if (!m.problem_detail_nl.empty())
                return fmt(S::EmpWorkbookUnreadable, source_name(),
                           language() == Lang::Nl ? m.problem_detail_nl : m.problem_detail);
            return fmt(S::EmpWorkbook, source_name(), m.problem_detail);
        case em::FileProblem::None:
            break;
    }
    return "";
}

void list_step() {
    ui::heading("employer.step.list", tr(S::EmpStepList));
    ui::bold("employer.privacy", tr(S::EmpPrivacy));
    if (ui::primary_button("employer.file", tr(S::EmpChooseFile))) staff_files::open_picker();
    ui::flow_next(ui::text_width_css(tr(S::EmpTemplate)));
    if (ui::button("employer.template", tr(S::EmpTemplate)))
        browser::download("stapelwijzer-personeel-voorbeeld.csv", "text/csv;charset=utf-8",
                          em::template_csv());
    ui::paragraph("employer.drop", tr(S::EmpDropHint), true);
    ui::paragraph("employer.paste.label", tr(S::EmpPasteLabel));
    ui::text_area("employer.paste", em::model().paste, 110);
    if (ui::button("employer.paste.read", tr(S::EmpReadPasted))) em::load_paste();
    const em::Model& m = em::model();
    if (m.problem != em::FileProblem::None)
        ui::error_text("employer.problem", problem_text().c_str());
    else if (m.phase != em::Phase::Empty)
        ui::bold("employer.loaded", fmt(S::EmpLoaded, source_name(), std::to_string(m.records.size())));
}

std::string target_label(const std::string& path) {
    if (path.empty()) return tr(S::EmpCarry);
    if (path == staff::kCourseNamePath) return std::string(tr(S::EmpTargetCourseName)) + "  (" + path + ")";
    const std::string costs = "course.costs.";
    if (path.rfind(costs, 0) == 0)
        return std::string(component_label(path.substr(costs.size()))) + "  (" + path + ")";
    return std::string(fact_label(path)) + "  (" + path + ")";
}

void target_combo(std::size_t i) {
    const em::Model& m = em::model();
    const std::string base = "employer.map." + std::to_string(i);
    const std::string now = m.columns[i].path;
    ImGui::SetNextItemWidth(-1.0f);
    ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(FLT_MAX, ImGui::GetIO().DisplaySize.y * 0.6f));
    const bool open = ImGui::BeginCombo(("##" + base).c_str(), target_label(now).c_str());
    widgets::record(base, widgets::Kind::Combo, now.empty() ? "-" : now);
    if (!open) return;
    std::vector<std::string> targets = staff::target_paths();
    targets.insert(targets.begin(), "");
    for (const std::string& t : targets) {
        const std::string id = base + "=" + (t.empty() ? "-" : t);
        ImGui::PushID(id.c_str());
        if (ImGui::Selectable(target_label(t).c_str(), t == now)) em::set_target(i, t);
        ImGui::PopID();
        widgets::record(id, widgets::Kind::Button, target_label(t));
    }
    ImGui::EndCombo();
}

void columns_step() {
    const em::Model& m = em::model();
    if (m.phase == em::Phase::Empty) return;
    ui::heading("employer.step.columns", tr(S::EmpStepColumns));
    ui::paragraph("", tr(S::EmpColumnsIntro), true);
    const ImGuiTableFlags flags =
        ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp;
    if (ImGui::BeginTable("##columns", 3, flags)) {
        ImGui::TableSetupColumn(tr(S::EmpColumn), ImGuiTableColumnFlags_WidthStretch, 1.0f);
        ImGui::TableSetupColumn(tr(S::EmpExample), ImGuiTableColumnFlags_WidthStretch, 1.0f);
        ImGui::TableSetupColumn(tr(S::EmpMeaning), ImGuiTableColumnFlags_WidthStretch, 1.6f);
        ImGui::TableHeadersRow();
        for (std::size_t i = 0; i < m.columns.size(); ++i) {
            ImGui::TableNextRow();
            ImGui::TableSetColumnIndex(0);
            ImGui::AlignTextToFramePadding();
            ImGui::TextUnformatted(m.columns[i].header.c_str());
            ImGui::TableSetColumnIndex(1);
            ImGui::AlignTextToFramePadding();
            const auto& first = m.records.front().cells;
            ImGui::TextUnformatted(i < first.size() ? first[i].c_str() : "");
            ImGui::TableSetColumnIndex(2);
            target_combo(i);
        }
        ImGui::EndTable();
    }
    if (!m.mapping_error.empty())
        ui::error_text("employer.mapping.error", fmt(S::EmpMappingProblem, m.mapping_error).c_str());
}

// The course for everybody: the course step's fields, as the contract's "course" object (what
// `stapelwijzer batch --course` takes).
std::string course_for_everybody() {
    // No start date: today, as the person view computes (the rows need a date; a row's own
    // start date column still wins).
    const nlohmann::json j = nlohmann::json::parse(case_json(), nullptr, false);
    nlohmann::json course = j.is_object() && j.contains("course") ? j["course"] : nlohmann::json::object();
    if (!course.contains("start_date")) course["start_date"] = vm().today;
    return course.dump();
}

// The course of a course object's JSON: what its costs add up to.
Cents course_cost(const std::string& course_json) {
    const nlohmann::json j = nlohmann::json::parse(course_json, nullptr, false);
    Cents sum = 0;
    if (j.is_object() && j.contains("costs") && j["costs"].is_object())
        for (const auto& [k, v] : j["costs"].items())
            if (v.is_number()) sum += static_cast<Cents>(v.get<double>() * 100.0 + 0.5);
    return sum;
}

// Named courses: the form above saved under a name; a staff column names one per row.
void named_courses() {
    static std::string name;
    ui::bold("employer.named", tr(S::EmpNamedHeading));
    ui::paragraph("employer.named.intro", tr(S::EmpNamedIntro), true);
    ui::paragraph("", tr(S::EmpNamedName));
    ui::text_field("employer.named.name", name, false, 320);
    ui::flow_next(ui::text_width_css(tr(S::EmpNamedSave)));
    if (ui::button("employer.named.save", tr(S::EmpNamedSave))) {
        em::save_named_course(name, course_for_everybody());
        name.clear();
    }
    const auto& courses = em::model().named_courses;
    for (std::size_t i = 0; i < courses.size(); ++i) {
        const std::string id = "employer.named." + std::to_string(i);
        ui::paragraph(id.c_str(), "• " + fmt(S::EmpNamedLine, courses[i].name,
                                             euro(course_cost(courses[i].course_json))));
        ui::flow_next(ui::text_width_css(tr(S::EmpNamedRemove)));
        if (ui::button((id + ".remove").c_str(), tr(S::EmpNamedRemove))) {
            em::remove_named_course(i);
            break;
        }
    }
}

void course_step() {
    if (em::model().phase == em::Phase::Empty) return;
    ui::heading("employer.step.course", tr(S::EmpStepCourse));
    ui::paragraph("", tr(S::EmpCourseIntro), true);
    course_fields();
    ImGui::Spacing();
    named_courses();
}

void compute_step() {
    const em::Model& m = em::model();
    if (m.phase == em::Phase::Empty) return;
    ui::heading("employer.step.compute", tr(S::EmpStepCompute));
    const std::string done = std::to_string(m.next), all = std::to_string(m.records.size());
    if (m.phase == em::Phase::Computing) {
        const std::string text = m.stage == em::Stage::Read ? fmt(S::EmpReading, std::to_string(m.read), all)
                                 : m.stage == em::Stage::Share ? std::string(tr(S::EmpSharing))
                                                               : fmt(S::EmpProgress, done, all);
        ImGui::ProgressBar(static_cast<float>(em::progress()), ImVec2(-1.0f, 0.0f), text.c_str());
        widgets::record("employer.progress", widgets::Kind::Label, text);
        if (ui::button("employer.cancel", tr(S::EmpCancel))) em::cancel();
        return;
    }
    if (ui::primary_button("employer.compute", tr(S::EmpCompute))) em::start_compute(course_for_everybody());
    if (m.cancelled) ui::paragraph("employer.cancelled", fmt(S::EmpCancelled, done, all), true);
}

void totals() {
    const em::Totals& t = em::model().totals;
    ui::bold("employer.totals", tr(S::EmpTotals));
    ui::paragraph("employer.total.cost", fmt(S::EmpTotalCost, euro(t.cost)));
    ui::paragraph("employer.total.employer", fmt(S::EmpByEmployer, euro(t.by_employer)));
    ui::paragraph("employer.total.person", fmt(S::EmpByPerson, euro(t.by_person)));
    ui::paragraph("employer.total.own", fmt(S::EmpOwn, euro(t.own)));
}

// A bar per scheme, longest first, and the part left to pay: drawn with ImGui's draw list.
void chart() {
    const em::Totals& t = em::model().totals;
    std::vector<std::pair<std::string, Cents>> bars(t.per_scheme.begin(), t.per_scheme.end());
    std::sort(bars.begin(), bars.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    bars.emplace_back(tr(S::BarOwn), t.own);
    Cents top = 1;
    for (const auto& b : bars) top = std::max(top, b.second);
    ui::bold("employer.chart", tr(S::EmpChart));
    const float width = ImGui::GetContentRegionAvail().x;
    const float line = ImGui::GetTextLineHeightWithSpacing();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    for (std::size_t i = 0; i < bars.size(); ++i) {
        const bool own = i + 1 == bars.size();
        const std::string label =
            (own ? bars[i].first : scheme_name(bars[i].first)) + ": " + euro(bars[i].second);
        // Wrapped: a long scheme name must not run off a phone's screen.
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextUnformatted(label.c_str());
        ImGui::PopTextWrapPos();
        const ImVec2 p = ImGui::GetCursorScreenPos();
        const float w = std::max(2.0f, width * static_cast<float>(bars[i].second) / static_cast<float>(top));
        draw->AddRectFilled(p, ImVec2(p.x + w, p.y + line * 0.6f),
                            own ? IM_COL32(176, 96, 16, 255) : IM_COL32(20, 84, 163, 255));
        ImGui::Dummy(ImVec2(width, line * 0.7f));
    }
}

// Each shared pot: its size, what was shared out, what is left, to how many; and the rule.
void budgets() {
    const std::vector<std::string> lines = employer_budget_lines();
    if (lines.empty()) return;
    ui::bold("employer.budgets", tr(S::EmpBudgets));
    for (std::size_t i = 0; i < lines.size(); ++i)
        ui::paragraph(("employer.budget." + std::to_string(i)).c_str(), lines[i], i + 1 == lines.size());
}

std::string who(const em::RowView& r) {
    const std::string n = fmt(S::EmpRowName, std::to_string(r.row));
    return r.carried.empty() || r.carried.front().empty() ? n : r.carried.front() + " (" + n + ")";
}

void applications() {
    const em::Model& m = em::model();
    ui::bold("employer.applications", tr(S::EmpApplications));
    if (m.applications.empty()) {
        ui::paragraph("employer.applications.none", tr(S::EmpNoApplications), true);
        return;
    }
    // Shown per application, capped: a long list is in the printed summary and the CSV.
    const std::size_t shown = std::min<std::size_t>(m.applications.size(), 50);
    for (std::size_t i = 0; i < shown; ++i) {
        const em::Application& a = m.applications[i];
        const em::RowView& r = m.rows[static_cast<std::size_t>(a.row - 1)];
        const std::string deadline =
            a.deadline.nl.empty() ? tr(S::EmpNoDeadline) : text_in_language(a.deadline);
        ui::paragraph(("employer.application." + std::to_string(i)).c_str(),
                      "• " + fmt(S::EmpApplicationLine, scheme_name(a.scheme), euro(a.amount), who(r)) +
                          ". " + deadline);
    }
    if (shown < m.applications.size())
        ui::paragraph("employer.applications.more", "… +" + std::to_string(m.applications.size() - shown),
                      true);
}

std::string plan_cell(const em::RowView& r) {
    std::string s;
    for (const auto& p : r.plan)
        s += (s.empty() ? "" : "; ") + scheme_name(p.scheme) + " " + euro(p.amount) + " (" +
             tr(p.applicant == Applicant::Employer ? S::WhoEmployer : S::WhoPerson) + ")";
    return s;
}

std::string possible_cell(const em::RowView& r) {
    std::string s;
    for (const auto& p : r.possible) {
        std::string facts;
        for (const auto& f : p.deciding) facts += (facts.empty() ? "" : ", ") + std::string(fact_label(f));
        s += (s.empty() ? "" : "; ") + scheme_name(p.scheme) + (facts.empty() ? "" : " (" + facts + ")");
    }
    return s;
}

std::string notes_cell(const em::RowView& r) {
    std::string s;
    for (const auto& n : r.notes) s += (s.empty() ? "" : " ") + std::string(text_in_language(n));
    return s;
}

void table() {
    em::Model& m = em::model();
    std::string filter = m.filter;
    ui::paragraph("", tr(S::EmpFilter));
    if (ui::text_field("employer.filter", filter, false, 320)) em::set_filter(filter);
    ui::paragraph("employer.shown",
                  fmt(S::EmpShown, std::to_string(m.order.size()), std::to_string(m.rows.size())), true);
    std::vector<std::string> names{tr(S::EmpColRow)};
    for (const auto& c : m.columns)
        if (c.path.empty()) names.push_back(c.header);
    for (S s :
         {S::EmpColOwn, S::EmpColEmployer, S::EmpColPlan, S::EmpColPossible, S::EmpColNotes, S::EmpColError})
        names.push_back(tr(s));
    const int n = static_cast<int>(names.size());
    const int carried = n - 7;
    const ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_Resizable |
                                  ImGuiTableFlags_ScrollX | ImGuiTableFlags_ScrollY | ImGuiTableFlags_RowBg |
                                  ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_BordersOuter;
    const float line = ImGui::GetTextLineHeightWithSpacing() + ImGui::GetStyle().CellPadding.y * 2;
    const float height = std::min(line * static_cast<float>(m.order.size() + 2),
                                  std::max(line * 6, ImGui::GetIO().DisplaySize.y * 0.6f));
    // A scrolling table below the fold is not drawn at all (BeginTable is false): its place is
    // still recorded, so the page can be scrolled to it (tests find it like any widget).
    const ImVec2 at = ImGui::GetCursorScreenPos();
    if (!ImGui::BeginTable("##staff", n, flags, ImVec2(0, height))) {
        ImGui::SetCursorScreenPos(at);
        ImGui::Dummy(ImVec2(ImGui::GetContentRegionAvail().x, height));
        widgets::record("employer.table", widgets::Kind::Label);
        return;
    }
    ImGui::TableSetupScrollFreeze(1, 1);
    for (int i = 0; i < n; ++i) {
        const bool wide = i > carried + 2;
        ImGuiTableColumnFlags f = ImGuiTableColumnFlags_WidthFixed;
        if (i == 0) f |= ImGuiTableColumnFlags_DefaultSort;
        ImGui::TableSetupColumn(names[static_cast<std::size_t>(i)].c_str(), f,
                                ui::px(wide     ? 320.0f
                                       : i == 0 ? 48.0f
                                                : 130.0f));
    }
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    for (int i = 0; i < n; ++i) {
        ImGui::TableSetColumnIndex(i);
        ImGui::TableHeader(names[static_cast<std::size_t>(i)].c_str());
        widgets::record("employer.col." + std::to_string(i), widgets::Kind::Button,
                        names[static_cast<std::size_t>(i)]);
    }
    if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs(); specs && specs->SpecsDirty) {
        if (specs->SpecsCount > 0)
            em::set_sort(specs->Specs[0].ColumnIndex,
                         specs->Specs[0].SortDirection == ImGuiSortDirection_Descending);
        specs->SpecsDirty = false;
    }
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(m.order.size()));
    while (clipper.Step()) {
        for (int k = clipper.DisplayStart; k < clipper.DisplayEnd; ++k) {
            const em::RowView& r = m.rows[static_cast<std::size_t>(m.order[static_cast<std::size_t>(k)])];
            ImGui::TableNextRow();
            ImGui::TableSetColumnIndex(0);
            ImGui::Text("%d", r.row);
            for (int c = 0; c < carried; ++c) {
                ImGui::TableSetColumnIndex(1 + c);
                const std::size_t ci = static_cast<std::size_t>(c);
                ImGui::TextUnformatted(ci < r.carried.size() ? r.carried[ci].c_str() : "");
            }
            const bool ok = r.error.empty();
            const std::string cells[6] = {ok ? euro(r.own) : "", ok ? euro(r.employer) : "",
                                          plan_cell(r),          possible_cell(r),
                                          notes_cell(r),         em::row_error_text(r.error)};
            for (int c = 0; c < 6; ++c) {
                ImGui::TableSetColumnIndex(carried + 1 + c);
                if (c == 5 && !ok) ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.70f, 0.11f, 0.05f, 1));
                ImGui::TextUnformatted(cells[c].c_str());
                if (c == 5 && !ok) ImGui::PopStyleColor();
                if (ImGui::IsItemHovered() && !cells[c].empty()) ImGui::SetTooltip("%s", cells[c].c_str());
            }
        }
    }
    ImGui::EndTable();
    widgets::record("employer.table", widgets::Kind::Label);
}

void exports() {
    if (ui::primary_button("employer.download", tr(S::EmpDownloadCsv)))
        browser::download(em::csv_filename(), "text/csv;charset=utf-8", em::result_csv());
    ui::flow_next(ui::text_width_css(tr(S::EmpDownloadXlsx)));
    if (ui::button("employer.download.xlsx", tr(S::EmpDownloadXlsx)))
        staff_files::download_xlsx(em::csv_filename(), em::result_csv());
    ui::flow_next(ui::text_width_css(tr(S::EmpPrint)));
    if (ui::button("employer.print", tr(S::EmpPrint))) browser::print_html(employer_summary_html());
    if (!em::model().xlsx_problem.empty())
        ui::error_text("employer.download.problem", fmt(S::EmpXlsxFailed, em::model().xlsx_problem).c_str());
}

void result_step() {
    const em::Model& m = em::model();
    if (m.phase != em::Phase::Done || m.rows.empty()) return;
    ui::heading("employer.step.result", tr(S::EmpStepResult));
    const std::string computed = std::to_string(m.rows.size());
    ui::bold("employer.summary", m.totals.rows_bad == 0
                                     ? fmt(S::EmpSummaryAllGood, computed)
                                     : fmt(S::EmpSummary, computed, std::to_string(m.totals.rows_bad)));
    if (!m.cancelled) exports();
    ImGui::Spacing();
    totals();
    ImGui::Spacing();
    budgets();
    ImGui::Spacing();
    chart();
    ImGui::Spacing();
    applications();
    ImGui::Spacing();
    table();
}

}  // namespace

void employer() {
    ui::heading("employer.heading", tr(S::EmpHeading));
    list_step();
    ImGui::Spacing();
    columns_step();
    ImGui::Spacing();
    course_step();
    ImGui::Spacing();
    compute_step();
    ImGui::Spacing();
    result_step();
}

}  // namespace sw::app::views
