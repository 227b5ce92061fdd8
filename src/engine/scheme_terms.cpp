// scheme_terms.cpp: provenance and terms of one scheme on one date (stapelwijzer/scheme_terms.h).
// Called by the shells (result JSON, app) for the schemes they show, not by evaluate(): the texts
// cost nothing when nobody looks at them.
#include "stapelwijzer/scheme_terms.h"

#include <algorithm>
#include <set>

namespace sw {

namespace {

constexpr std::string_view kConfidenceNames[] = {"confirmed", "indicative", "unconfirmed"};
constexpr std::string_view kPaidAfterNames[] = {"passing", "invoice_paid"};

int year_of(Date d) {
    int y = 0, m = 0, day = 0;
    date_to_ymd(d, y, m, day);
    return y;
}

void operand_params(const Operand& o, std::set<std::string>& out) {
    if (!o.param.empty()) out.insert(o.param);
}

void condition_params(const Condition& c, std::set<std::string>& out) {
    operand_params(c.operand, out);
    for (const Condition& child : c.children) condition_params(child, out);
}

void amount_params(const Amount& a, std::set<std::string>& out) {
    for (const AmountCase& k : a.cases) {
        if (k.when) condition_params(*k.when, out);
        operand_params(k.value, out);
    }
}

bool in_period(const ParameterPeriod& p, Date d) {
    return (!p.from || *p.from <= d) && (!p.to || d <= *p.to);
}

std::string plural(int n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

// The enumerator whose name (in enumerator order) is `name`.
template <typename E, std::size_t N>
std::optional<E> from_name(const std::string_view (&names)[N], std::string_view name) {
    for (std::size_t i = 0; i < N; ++i)
        if (names[i] == name) return static_cast<E>(i);
    return std::nullopt;
}

}  // namespace

const char* confidence_name(Confidence c) {
    return kConfidenceNames[static_cast<int>(c)].data();
}
std::optional<Confidence> confidence_from_name(std::string_view name) {
    return from_name<Confidence>(kConfidenceNames, name);
}
const char* paid_after_name(PaidAfter p) {
    return kPaidAfterNames[static_cast<int>(p)].data();
}
std::optional<PaidAfter> paid_after_from_name(std::string_view name) {
    return from_name<PaidAfter>(kPaidAfterNames, name);
}

const char* term_kind_name(TermKind k) {
    static const char* const names[] = {"apply_before",       "claim_by",           "claim_after_end",
                                        "paid_after_passing", "paid_after_invoice", "repayment"};
    return names[static_cast<int>(k)];
}

Text date_in_words(Date d) {
    static const char* const nl[] = {"januari", "februari", "maart",     "april",   "mei",      "juni",
                                     "juli",    "augustus", "september", "oktober", "november", "december"};
    static const char* const en[] = {"January", "February", "March",     "April",   "May",      "June",
                                     "July",    "August",   "September", "October", "November", "December"};
    int y = 0, m = 0, day = 0;
    date_to_ymd(d, y, m, day);
    const std::string tail = " " + std::to_string(y);
    return {std::to_string(day) + " " + nl[m - 1] + tail, std::to_string(day) + " " + en[m - 1] + tail};
}

Provenance scheme_provenance(const Catalogue& catalogue, const SchemeSpec& scheme, Date reference) {
    Provenance p;
    p.declared = scheme.confidence;
    for (const Source& s : scheme.sources) p.sources.push_back(&s);
    std::set<std::string> params;
    condition_params(scheme.condition, params);
    for (const Amount* a :
         {&scheme.formula.amount, &scheme.formula.percent, &scheme.formula.rate, &scheme.formula.threshold})
        amount_params(*a, params);
    if (scheme.formula.cap) amount_params(scheme.formula.cap->amount, params);
    for (const Parameter& param : catalogue.spec().parameters) {
        if (!params.count(param.name)) continue;
        for (const ParameterPeriod& period : param.periods)
            if (period.source && in_period(period, reference)) p.sources.push_back(&*period.source);
    }
    for (const Source* s : p.sources) {
        if (!p.last_confirmed || *p.last_confirmed < s->checked) p.last_confirmed = s->checked;
        // The year a source confirms: the page's own year when the catalogue knows it (`checked`
        // may be only the day an undated page was read); a page that shows only that the scheme
        // runs confirms no values.
        if (s->period_only) continue;
        const int year = s->page_year.value_or(year_of(s->checked));
        if (!p.last_confirmed_year || *p.last_confirmed_year < year) p.last_confirmed_year = year;
    }
    p.stale = p.last_confirmed_year && *p.last_confirmed_year < year_of(reference);
    p.at_date = p.stale ? Confidence::Unconfirmed : p.declared;
    if (p.stale) {
        const std::string year = std::to_string(*p.last_confirmed_year);
        p.last_confirmed_text = {"Laatst bevestigd in " + year + ".", "Last confirmed in " + year + "."};
    }
    return p;
}

std::vector<SchemeTerm> scheme_terms(const SchemeSpec& scheme, std::optional<Date> course_start,
                                     Date reference) {
    const SchemeDeadlines& d = scheme.deadlines;
    std::vector<SchemeTerm> out;
    if (d.apply_weeks_before_start) {
        SchemeTerm t;
        t.kind = TermKind::ApplyBefore;
        t.number = *d.apply_weeks_before_start;
        const std::string weeks_nl = plural(t.number, "week", "weken");
        const std::string weeks_en = plural(t.number, "week", "weeks");
        if (course_start) {
            t.date = Date{course_start->days - 7 * t.number};
            // A case without its own reference date has the start as reference date: that says
            // nothing about today, so only a reference date other than the start can pass it.
            t.passed = reference > *t.date && reference != *course_start;
            const Text when = date_in_words(*t.date);
            t.text = {"Vraag uiterlijk " + when.nl + " aan (minstens " + weeks_nl + " voor de start).",
                      "Apply by " + when.en + " (at least " + weeks_en + " before the start)."};
            if (t.passed)
                t.warning = {"Let op: de termijn om aan te vragen is voorbij (uiterlijk " + when.nl +
                                 "). Vraag de aanbieder of dat nog kan.",
                             "Note: the deadline to apply has passed (" + when.en +
                                 "). Ask the provider whether you can still apply."};
        } else {
            t.text = {"Vraag minstens " + weeks_nl + " voor de start van de opleiding aan.",
                      "Apply at least " + weeks_en + " before the course starts."};
        }
        out.push_back(std::move(t));
    }
    if (d.claim_by) {
        SchemeTerm t;
        t.kind = TermKind::ClaimBy;
        t.date = *d.claim_by;
        t.passed = reference > *t.date;
        const Text when = date_in_words(*t.date);
        t.text = {"Dien de declaratie uiterlijk " + when.nl + " in.", "Claim by " + when.en + "."};
        out.push_back(std::move(t));
    }
    if (d.claim_months_after_end) {
        SchemeTerm t;
        t.kind = TermKind::ClaimAfterEnd;
        t.number = *d.claim_months_after_end;
        t.text = {"Dien de declaratie in binnen " + plural(t.number, "maand", "maanden") +
                      " na het einde van de opleiding.",
                  "Claim within " + plural(t.number, "month", "months") + " after the course ends."};
        out.push_back(std::move(t));
    }
    for (PaidAfter p : d.paid_after) {
        SchemeTerm t;
        if (p == PaidAfter::Passing) {
            t.kind = TermKind::PaidAfterPassing;
            t.text = {"Het geld wordt pas betaald als de opleiding met succes is afgerond.",
                      "The money is paid only after the course has been passed."};
        } else {
            t.kind = TermKind::PaidAfterInvoice;
            t.text = {"Het geld wordt pas betaald als de factuur van de opleiding is betaald.",
                      "The money is paid only after the course invoice has been paid."};
        }
        out.push_back(std::move(t));
    }
    if (d.repay_if_leaving_within_months) {
        SchemeTerm t;
        t.kind = TermKind::Repayment;
        t.number = *d.repay_if_leaving_within_months;
        t.text = {"Vertrekt de werknemer binnen " + plural(t.number, "maand", "maanden") +
                      " na de opleiding, dan moet (een deel van) het geld terug.",
                  "If the employee leaves within " + plural(t.number, "month", "months") +
                      " after the course, (part of) the money must be paid back."};
        out.push_back(std::move(t));
    }
    return out;
}

}  // namespace sw
