#include "export_doc.h"

#include <algorithm>
#include <vector>

#include "condition_lines.h"
#include "format.h"
#include "result_lookup.h"
#include "scheme_meta_lines.h"
#include "stapelwijzer/facts.h"
#include "string_table.h"
#include "view_model.h"

namespace sw::app {
namespace {

using Line = DocLine;
using Section = DocSection;

// An answer as people read it; a sector by the catalogue's own name, not its code.
std::string answer_label(const std::string& fact, const std::string& value) {
    const Catalogue* catalogue = vm().planner->catalogue();
    if (fact == "person.sector" && catalogue)
        for (const auto& s : catalogue->spec().sectors)
            if (s.code == value) return text_in_language(s.name);
    return value_label(fact, value);
}

// The adviser view's condition lines of a scheme, one level deeper per depth of the rule.
void add_conditions(const std::string& id, std::vector<Line>& lines) {
    const auto& trace = condition_lines(id);
    if (trace.empty()) return;
    lines.push_back({std::string(tr(S::AdviserConditions)) + " (" + tr(S::AdviserLegend) + "):", 1});
    for (const auto& l : trace)
        lines.push_back({std::string(outcome_mark(l.outcome)) + " " + text_in_language(l.text),
                         std::min(2 + l.depth, kMaxDocLevel)});
}

// Confidence, deadlines and payment terms of a scheme that may pay (and, for an adviser, its
// sources), under its line: what the client needs to act on in time.
void add_meta(const SchemeSpec& spec, Status status, bool adviser, std::vector<Line>& lines) {
    if (status == Status::Ineligible && !adviser) return;
    lines.push_back({confidence_line(spec), 1});
    for (const auto& t : term_lines(spec)) lines.push_back({"• " + t, 1});
    if (adviser)
        for (const Source* s : scheme_sources(spec)) lines.push_back({source_line(*s), 1});
}

std::vector<Section> sections() {
    const ViewModel& m = vm();
    std::vector<Section> out;
    Section inputs{tr(S::ExportInputs), {}};
    if (!m.form.course_name.empty())
        inputs.lines.push_back(std::string(tr(S::CourseName)) + ": " + m.form.course_name);
    for (int i = 0; i < kComponentCount; ++i) {
        auto cents = parse_euro(m.form.costs[i]);
        if (cents && *cents > 0) {
            const std::string name = component_name(static_cast<Component>(i));
            inputs.lines.push_back(std::string(component_label(name)) + ": " + euro(*cents));
        }
    }
    if (!m.form.type.empty())
        inputs.lines.push_back(std::string(tr(S::CourseType)) + ": " +
                               value_label("course.type", m.form.type));
    std::vector<std::string> marks = m.form.quality;  // with the mark an NLQF level implies
    if (nlqf_implied() && std::find(marks.begin(), marks.end(), "nlqf") == marks.end())
        marks.push_back("nlqf");
    if (m.form.quality_none && marks.empty()) {
        inputs.lines.push_back(std::string(tr(S::Quality)) + ": " + tr(S::QualityNoneValue));
    } else if (!marks.empty()) {
        std::string q;
        for (const auto& v : marks)
            q += (q.empty() ? "" : ", ") + std::string(value_label("course.quality", v));
        inputs.lines.push_back(std::string(tr(S::Quality)) + ": " + q);
    }
    if (!m.form.start_date.empty())
        inputs.lines.push_back(std::string(fact_label("course.start_date")) + ": " +
                               long_date(m.form.start_date));
    for (const auto& [fact, value] : m.form.answers)
        if (!value.empty())
            inputs.lines.push_back(std::string(fact_label(fact)) + ": " + answer_label(fact, value));
    out.push_back(inputs);

    if (!m.outcome.ok || !m.input_problem.empty()) return out;  // no result from a field not read
    const Result& r = m.outcome.result;
    Section plan{tr(S::ExportPlan), {}};
    plan.lines.push_back(std::string(tr(S::TotalCost)) + ": " + euro(r.plan.total_cost));
    for (const auto& c : r.plan.contributions)
        plan.lines.push_back(
            scheme_name(c.scheme) + ": " + euro(c.amount) + " (" +
            tr(c.applicant == Applicant::Employer ? S::ApplicantEmployer : S::ApplicantPerson) + ")");
    plan.lines.push_back(std::string(tr(S::OwnPayment)) + ": " + euro(r.plan.own_payment));
    if (r.plan.loan > 0) plan.lines.push_back(fmt(S::LoanLine, euro(r.plan.loan)));
    if (r.plan.deduction > 0) plan.lines.push_back(fmt(S::DeductionLine, euro(r.plan.deduction)));
    for (const auto& t : r.plan.explanation) plan.lines.push_back(text_in_language(t));
    if (const std::string best = best_case_line(); !best.empty()) {
        plan.lines.push_back(best);
        plan.lines.push_back({best_case_with(), 1});
    }
    out.push_back(plan);

    // What is still open, most at stake first, so an adviser and client can follow it up.
    Section open{tr(S::ExportOpenQuestions), {}};
    for (const auto& q : questions())
        if (!q.answered)
            open.lines.push_back(std::string(fact_question(q.fact)) + " — " +
                                 (q.at_stake > 0 ? fmt(S::AtStake, euro(q.at_stake)) : tr(S::AtStakeNone)));
    if (!open.lines.empty()) out.push_back(open);

    Section schemes{tr(S::ExportSchemes), {}};
    for (Status status : {Status::Eligible, Status::Possible, Status::Ineligible}) {
        for (const auto& s : r.schemes) {
            if (s.status != status) continue;
            const std::string id(s.id);
            S st = status == Status::Eligible   ? S::StatusEligible
                   : status == Status::Possible ? S::StatusPossible
                                                : S::StatusIneligible;
            std::string line = scheme_name(id) + " — " + tr(st);
            Cents amount = plan_amount(id);
            if (amount > 0) line += ", " + euro(amount);
            schemes.lines.push_back(line);
            for (const auto& reason : s.reasons)
                schemes.lines.push_back({"• " + std::string(text_in_language(reason.text)), 1});
            const SchemeSpec* spec = scheme_spec(id);
            if (spec && !spec->apply_url.empty() && status != Status::Ineligible)
                schemes.lines.push_back({spec->apply_url, 1});
            if (spec) add_meta(*spec, status, m.adviser, schemes.lines);
            if (m.adviser) add_conditions(id, schemes.lines);
        }
    }
    out.push_back(schemes);

    if (!r.notes.empty()) {
        Section notes{tr(S::NotesHeading), {}};
        for (const auto& n : r.notes) notes.lines.push_back(text_in_language(n.text));
        out.push_back(notes);
    }
    const auto& info = m.planner->info();
    out.push_back({"",
                   {fmt(S::ExportMade, long_date(m.today), info.catalogue + " " + info.version),
                    tr(S::ExportPrivacy)}});
    return out;
}

std::string escape(const std::string& s) {
    std::string out;
    for (char c : s) {
        // clang-format off
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            default: out += c;
        }
        // clang-format on
    }
    return out;
}

}  // namespace

std::string doc_html(const std::string& title, const std::vector<DocSection>& sections) {
    std::string h = "<!doctype html>\n<html lang=\"" + std::string(lang_code()) +
                    "\">\n<head>\n<meta charset=\"utf-8\">\n";
    h += "<title>" + escape(title) + "</title>\n";
    // Self-contained: inline style only, no scripts, no external files; readable on paper.
    // clang-format off
    h += "<style>body{font-family:\"DejaVu Sans\",\"Noto Sans\",Arial,sans-serif;max-width:46em;margin:2em auto;"
         "padding:0 1em;color:#1d2433;line-height:1.45}h1{font-size:1.6em}h2{font-size:1.2em;border-bottom:1px solid "
         "#ccd;padding-bottom:.2em;margin-top:1.6em}li{margin:.2em 0}.sub{list-style:none;color:#444}"
         ".d2{margin-left:1em}.d3{margin-left:2em}.d4{margin-left:3em}.d5{margin-left:4em}.d6{margin-left:5em}"
         ".d7{margin-left:6em}.d8{margin-left:7em}"
         "@media print{body{margin:0;max-width:none}a{color:inherit}h2{break-after:avoid}}</style>\n</head>\n<body>\n";
    // clang-format on
    h += "<h1>" + escape(title) + "</h1>\n";
    for (const auto& s : sections) {
        if (!s.title.empty()) h += "<h2>" + escape(s.title) + "</h2>\n";
        h += "<ul>\n";
        for (const auto& line : s.lines) {
            if (line.level == 0)
                h += "<li>" + escape(line.text) + "</li>\n";
            else if (line.level == 1)
                h += "<li class=\"sub\">" + escape(line.text) + "</li>\n";
            else
                h += "<li class=\"sub d" + std::to_string(line.level) + "\">" + escape(line.text) + "</li>\n";
        }
        h += "</ul>\n";
    }
    h += "</body>\n</html>\n";
    return h;
}

std::string doc_text(const std::string& title, const std::vector<DocSection>& sections) {
    std::string t = title + "\n";
    for (const auto& s : sections) {
        t += "\n";
        if (!s.title.empty()) t += s.title + "\n";
        for (const auto& line : s.lines)
            t += (line.level == 0 ? "- " : std::string(4 * static_cast<std::size_t>(line.level), ' ')) +
                 line.text + "\n";
    }
    return t;
}

std::string export_html() {
    return doc_html(tr(S::ExportTitle), sections());
}

std::string export_text() {
    return doc_text(tr(S::ExportTitle), sections());
}

std::string export_filename() {
    return "stapelwijzer-" + vm().today + ".html";
}

}  // namespace sw::app
