#include "export_doc.h"

#include <vector>

#include "format.h"
#include "result_lookup.h"
#include "stapelwijzer/facts.h"
#include "string_table.h"
#include "view_model.h"

namespace sw::app {
namespace {

// The document as sections of lines, written once and rendered as HTML or as text.
struct Section {
    std::string title;
    std::vector<std::string> lines;
};

std::vector<Section> sections() {
    const ViewModel& m = vm();
    std::vector<Section> out;
    Section inputs{tr(S::ExportInputs), {}};
    if (!m.form.course_name.empty()) inputs.lines.push_back(std::string(tr(S::CourseName)) + ": " + m.form.course_name);
    for (int i = 0; i < kComponentCount; ++i) {
        auto cents = parse_euro(m.form.costs[i]);
        if (cents && *cents > 0) {
            const std::string name = component_name(static_cast<Component>(i));
            inputs.lines.push_back(std::string(component_label(name)) + ": " + euro(*cents));
        }
    }
    if (!m.form.type.empty())
        inputs.lines.push_back(std::string(tr(S::CourseType)) + ": " + value_label("course.type", m.form.type));
    if (m.form.quality_none) {
        inputs.lines.push_back(std::string(tr(S::Quality)) + ": " + tr(S::QualityNoneValue));
    } else if (!m.form.quality.empty()) {
        std::string q;
        for (const auto& v : m.form.quality) q += (q.empty() ? "" : ", ") + std::string(value_label("course.quality", v));
        inputs.lines.push_back(std::string(tr(S::Quality)) + ": " + q);
    }
    if (!m.form.start_date.empty())
        inputs.lines.push_back(std::string(fact_label("course.start_date")) + ": " + long_date(m.form.start_date));
    for (const auto& [fact, value] : m.form.answers)
        if (!value.empty()) inputs.lines.push_back(std::string(fact_label(fact)) + ": " + value_label(fact, value));
    out.push_back(inputs);

    if (!m.outcome.ok) return out;
    const Result& r = m.outcome.result;
    Section plan{tr(S::ExportPlan), {}};
    plan.lines.push_back(std::string(tr(S::TotalCost)) + ": " + euro(r.plan.total_cost));
    for (const auto& c : r.plan.contributions)
        plan.lines.push_back(scheme_name(c.scheme) + ": " + euro(c.amount) + " (" +
                             tr(c.applicant == Applicant::Employer ? S::ApplicantEmployer : S::ApplicantPerson) + ")");
    plan.lines.push_back(std::string(tr(S::OwnPayment)) + ": " + euro(r.plan.own_payment));
    if (r.plan.loan > 0) plan.lines.push_back(fmt(S::LoanLine, euro(r.plan.loan)));
    if (r.plan.deduction > 0) plan.lines.push_back(fmt(S::DeductionLine, euro(r.plan.deduction)));
    for (const auto& t : r.plan.explanation) plan.lines.push_back(text_in_language(t));
    out.push_back(plan);

    Section schemes{tr(S::ExportSchemes), {}};
    for (Status status : {Status::Eligible, Status::Possible, Status::Ineligible}) {
        for (const auto& s : r.schemes) {
            if (s.status != status) continue;
            S st = status == Status::Eligible ? S::StatusEligible
                   : status == Status::Possible ? S::StatusPossible
                                                : S::StatusIneligible;
            std::string line = scheme_name(s.id) + " — " + tr(st);
            Cents amount = plan_amount(s.id);
            if (amount > 0) line += ", " + euro(amount);
            schemes.lines.push_back(line);
            for (const auto& reason : s.reasons) schemes.lines.push_back("    • " + std::string(text_in_language(reason.text)));
            const SchemeSpec* spec = scheme_spec(s.id);
            if (spec && !spec->apply_url.empty() && status != Status::Ineligible)
                schemes.lines.push_back("    " + spec->apply_url);
        }
    }
    out.push_back(schemes);

    if (!r.notes.empty()) {
        Section notes{tr(S::NotesHeading), {}};
        for (const auto& n : r.notes) notes.lines.push_back(text_in_language(n.text));
        out.push_back(notes);
    }
    const auto& info = m.planner->info();
    out.push_back({"", {fmt(S::ExportMade, long_date(m.today), info.catalogue + " " + info.version), tr(S::ExportPrivacy)}});
    return out;
}

std::string escape(const std::string& s) {
    std::string out;
    for (char c : s) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            default: out += c;
        }
    }
    return out;
}

}  // namespace

std::string export_html() {
    std::string h = "<!doctype html>\n<html lang=\"" + std::string(lang_code()) + "\">\n<head>\n<meta charset=\"utf-8\">\n";
    h += "<title>" + escape(tr(S::ExportTitle)) + "</title>\n";
    // Self-contained: inline style only, no scripts, no external files; readable on paper.
    h += "<style>body{font-family:\"DejaVu Sans\",\"Noto Sans\",Arial,sans-serif;max-width:46em;margin:2em auto;"
         "padding:0 1em;color:#1d2433;line-height:1.45}h1{font-size:1.6em}h2{font-size:1.2em;border-bottom:1px solid "
         "#ccd;padding-bottom:.2em;margin-top:1.6em}li{margin:.2em 0}.sub{list-style:none;color:#444}"
         "@media print{body{margin:0;max-width:none}a{color:inherit}h2{break-after:avoid}}</style>\n</head>\n<body>\n";
    h += "<h1>" + escape(tr(S::ExportTitle)) + "</h1>\n";
    for (const auto& s : sections()) {
        if (!s.title.empty()) h += "<h2>" + escape(s.title) + "</h2>\n";
        h += "<ul>\n";
        for (const auto& line : s.lines) {
            bool sub = line.rfind("    ", 0) == 0;
            h += sub ? "<li class=\"sub\">" + escape(line.substr(4)) + "</li>\n" : "<li>" + escape(line) + "</li>\n";
        }
        h += "</ul>\n";
    }
    h += "</body>\n</html>\n";
    return h;
}

std::string export_text() {
    std::string t = std::string(tr(S::ExportTitle)) + "\n";
    for (const auto& s : sections()) {
        t += "\n";
        if (!s.title.empty()) t += s.title + "\n";
        for (const auto& line : s.lines) t += (line.rfind("    ", 0) == 0 ? line : "- " + line) + "\n";
    }
    return t;
}

std::string export_filename() { return "stapelwijzer-" + vm().today + ".html"; }

}  // namespace sw::app
