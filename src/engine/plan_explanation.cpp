// plan_explanation.cpp: the plan in words (Dutch at B1 level, and English), one line per step and
// per scheme left out, in application order: what each scheme pays for which component and why,
// why an eligible scheme is not used, loans and deductions, who bears travel and wage loss, and
// the own payment.
#include <algorithm>

#include "plan_explanation_words.h"
#include "stacking_internal.h"

namespace sw::engine::stacking {

namespace {

constexpr std::size_t kTuition = static_cast<std::size_t>(Component::Tuition);

Text name_of(const Prepared& prep, int i) {
    if (i < 0) return {"een regeling die u niet krijgt", "a scheme you do not get"};
    const StackScheme& s = prep.scheme(i);
    return {s.name.nl.empty() ? s.id : s.name.nl, s.name.en.empty() ? s.id : s.name.en};
}

// "lesgeld € 800,00, examen € 150,00"
Text component_list(const ComponentCents& parts) {
    Text out;
    for (std::size_t c = 0; c < parts.size(); ++c) {
        if (parts[c] <= 0) continue;
        const Text w = component_words(static_cast<Component>(c));
        if (!out.nl.empty()) {
            out.nl += ", ";
            out.en += ", ";
        }
        out.nl += w.nl + " " + money_nl(parts[c]);
        out.en += w.en + " " + money_en(parts[c]);
    }
    return out;
}

Cents covered_open(const StackScheme& s, const ComponentCents& unpaid) {
    Cents sum = 0;
    for (std::size_t c = 0; c < unpaid.size(); ++c) {
        if (s.covers[c]) sum += unpaid[c];
    }
    return sum;
}

// What the formula alone gives, in words ("50 % van € 2.550,00, de kosten die deze regeling dekt").
Text formula_words(const StackScheme& s, const Step& step) {
    switch (s.type) {
        case FormulaType::Fixed:
            return {"een vast bedrag van hoogstens " + money_nl(step.formula_amount),
                    "a fixed amount of up to " + money_en(step.formula_amount)};
        case FormulaType::Percentage:
            if (s.base == Base::Gross) {
                return {percent_nl(s.percent_bp) + " van " + money_nl(step.covered_base) +
                            ", de kosten die deze regeling dekt",
                        percent_en(s.percent_bp) + " of " + money_en(step.covered_base) +
                            ", the costs this scheme covers"};
            }
            return {percent_nl(s.percent_bp) + " van " + money_nl(step.covered_base) +
                        ", wat nog openstond van de kosten die deze regeling dekt",
                    percent_en(s.percent_bp) + " of " + money_en(step.covered_base) +
                        ", what was still unpaid of the costs this scheme covers"};
        case FormulaType::PerHour:
            return {"een bedrag per lesuur, samen " + money_nl(step.formula_amount),
                    "an amount per course hour, " + money_en(step.formula_amount) + " in total"};
        case FormulaType::Loan:
        case FormulaType::Deduction:
        case FormulaType::None:
            break;
    }
    return {"wat nog openstond", "what was still unpaid"};
}

// Why the amount is what it is: the bound that decided it.
Text why_amount(const StackScheme& s, const Step& step) {
    const Text f = formula_words(s, step);
    switch (step.limit) {
        case Limit::Formula:
            return {"Dit is " + f.nl + ".", "This is " + f.en + "."};
        case Limit::Cap:
            return {"Dit is het maximum van deze regeling (" + f.nl + ", zou " +
                        money_nl(step.formula_amount) + " zijn).",
                    "This is the scheme's maximum (" + f.en + ", would be " + money_en(step.formula_amount) +
                        ")."};
        case Limit::Cofinancing: {
            const std::int64_t bp = s.cofinancing_max_bp.value_or(0);
            return {"Deze regeling betaalt hoogstens " + percent_nl(bp) +
                        " van de kosten die zij dekt; de rest moet van u of uw werkgever komen.",
                    "This scheme pays at most " + percent_en(bp) +
                        " of the costs it covers; the rest must come from you or your employer."};
        }
        case Limit::Unpaid:
            return {"Meer stond er niet open van de kosten die deze regeling dekt.",
                    "Nothing more was unpaid of the costs this scheme covers."};
        case Limit::Threshold:
            break;
    }
    return {"", ""};
}

Text who_applies(const StackScheme& s) {
    if (s.kind == Kind::Obligation) return {"Dit moet uw werkgever betalen.", "Your employer must pay this."};
    if (s.applicant == Applicant::Employer)
        return {"Uw werkgever vraagt dit aan.", "Your employer applies for it."};
    return {"U vraagt dit zelf aan.", "You apply for it yourself."};
}

Text requires_line(const Prepared& prep, int i, int other, const Text& pays_nothing) {
    const Text n = name_of(prep, i);
    const Text o = name_of(prep, other);
    return {n.nl + " " + pays_nothing.nl + ": deze regeling geldt alleen als " + o.nl +
                " iets betaalt, en dat is hier niet zo.",
            n.en + " " + pays_nothing.en + ": it only applies when " + o.en +
                " pays something, which it does not here."};
}

Text excluded_line(const Prepared& prep, int i, int other) {
    const Text n = name_of(prep, i);
    const Text o = name_of(prep, other);
    return {n.nl + " is niet gebruikt: deze regeling mag niet samen met " + o.nl + ".",
            n.en + " is not used: it cannot be combined with " + o.en + "."};
}

// A gift scheme that is eligible but not in the optimal subset: why not.
Text not_chosen_line(const Prepared& prep, const PlanRun& run, int i) {
    const Text n = name_of(prep, i);
    for (int m : prep.order) {
        const auto mi = static_cast<std::size_t>(m);
        const bool member = run.in_subset[mi] || (prep.scheme(m).kind == Kind::Obligation && run.applied[mi]);
        if (member && prep.conflicts(i, m)) return excluded_line(prep, i, m);
    }
    if (prep.scheme(i).subsidiary) {
        std::vector<char> with = run.in_subset;
        with[static_cast<std::size_t>(i)] = 1;
        if (!run_plan(prep, with).feasible) {
            return {
                n.nl +
                    " is een vangnet: u krijgt deze regeling alleen als alle andere regelingen die u krijgt, "
                    "ook worden gebruikt.",
                n.en + " is a last resort: it is used only when every other scheme you can get is used too."};
        }
    }
    if (covered_open(prep.scheme(i), run.unpaid) == 0) {
        return {n.nl + " is niet nodig: de kosten die deze regeling dekt, zijn al betaald.",
                n.en + " is not needed: the costs it covers are already paid."};
    }
    return {n.nl + " is niet gebruikt: uw eigen bijdrage wordt er niet lager van.",
            n.en + " is not used: it would not lower your own payment."};
}

Text nothing_to_pay_line(const Prepared& prep, int i, const Step& step) {
    const Text n = name_of(prep, i);
    if (step.covered_base > 0 && step.formula_amount == 0) {
        return {
            n.nl +
                " betaalt niets: het bedrag van deze regeling is 0 (bijvoorbeeld omdat het al is gebruikt).",
            n.en + " pays nothing: its amount is 0 (for example because it has been used already)."};
    }
    return {n.nl + " betaalt niets: van de kosten die deze regeling dekt, stond niets meer open.",
            n.en + " pays nothing: nothing was left unpaid of the costs it covers."};
}

void explain_gifts_and_obligations(const Prepared& prep, const PlanRun& run, std::vector<Text>& out) {
    bool any = false;
    for (int i : prep.order) {
        const Kind k = prep.scheme(i).kind;
        any = any || k == Kind::Gift || k == Kind::Obligation;
    }
    if (!any) return;
    out.push_back(
        {"De regelingen betalen na elkaar, in een vaste volgorde: eerst wat uw werkgever moet betalen, dan "
         "werkgever "
         "en sectorfonds, dan overheid en regio, als laatste het vangnet. Elke regeling betaalt alleen wat "
         "nog openstaat.",
         "The schemes pay one after another in a fixed order: first what your employer must pay, then the "
         "employer "
         "and sector fund, then government and region, last the safety net. Each scheme pays only what is "
         "still unpaid."});
    int number = 0;
    for (int i : prep.order) {
        const StackScheme& s = prep.scheme(i);
        if (s.kind != Kind::Gift && s.kind != Kind::Obligation) continue;
        const Step& step = run.steps[static_cast<std::size_t>(i)];
        const Text n = name_of(prep, i);
        if (step.skip == Skip::NotChosen) {
            out.push_back(not_chosen_line(prep, run, i));
        } else if (step.skip == Skip::Requires) {
            out.push_back(requires_line(prep, i, step.other, {"betaalt niets", "pays nothing"}));
        } else if (step.skip == Skip::Excluded) {
            out.push_back(excluded_line(prep, i, step.other));
        } else if (step.amount <= 0) {
            out.push_back(nothing_to_pay_line(prep, i, step));
        } else {
            ++number;
            const Text parts = component_list(step.components);
            const Text why = why_amount(s, step);
            const Text who = who_applies(s);
            out.push_back({"Stap " + std::to_string(number) + ": " + n.nl + " betaalt " +
                               money_nl(step.amount) + " (" + parts.nl + "). " + why.nl + " " + who.nl,
                           "Step " + std::to_string(number) + ": " + n.en + " pays " + money_en(step.amount) +
                               " (" + parts.en + "). " + why.en + " " + who.en});
        }
    }
}

void explain_loans(const Prepared& prep, const PlanRun& run, std::vector<Text>& out) {
    for (int i : prep.loans) {
        const Step& step = run.steps[static_cast<std::size_t>(i)];
        const Text n = name_of(prep, i);
        switch (step.skip) {
            case Skip::Requires:
                out.push_back(requires_line(prep, i, step.other, {"leent niets", "lends nothing"}));
                continue;
            case Skip::Excluded:
                out.push_back(excluded_line(prep, i, step.other));
                continue;
            case Skip::NoTuitionLeft:
                if (prep.costs[kTuition] == 0) {
                    out.push_back(
                        {n.nl + ": u kunt hiermee niet lenen, want deze opleiding heeft geen lesgeld.",
                         n.en + ": you cannot borrow with it, because this course has no tuition."});
                } else {
                    out.push_back(
                        {n.nl + ": u kunt hiermee niet lenen, want andere regelingen betalen al het lesgeld.",
                         n.en + ": you cannot borrow with it, because other schemes already pay all the "
                                "tuition."});
                }
                continue;
            default:
                break;
        }
        if (step.amount <= 0) {
            out.push_back(
                {n.nl + ": er is niets meer te lenen; de kosten die deze lening dekt, zijn al betaald.",
                 n.en + ": there is nothing left to borrow; the costs this loan covers are already paid."});
            continue;
        }
        const Text parts = component_list(step.components);
        Text line{"U kunt " + money_nl(step.amount) + " lenen met " + n.nl + " (" + parts.nl + ").",
                  "You can borrow " + money_en(step.amount) + " with " + n.en + " (" + parts.en + ")."};
        if (step.limit == Limit::Cap) {
            line.nl += " Dat is het maximum van deze lening.";
            line.en += " That is the most this loan lends.";
        }
        line.nl +=
            " Dit is een lening: u betaalt die later terug. Uw eigen bijdrage wordt er niet lager van.";
        line.en += " This is a loan: you pay it back later. It does not lower your own payment.";
        out.push_back(line);
    }
}

void explain_deductions(const Prepared& prep, const PlanRun& run, std::vector<Text>& out) {
    for (int i : prep.deductions) {
        const StackScheme& s = prep.scheme(i);
        const Step& step = run.steps[static_cast<std::size_t>(i)];
        const Text n = name_of(prep, i);
        if (step.skip == Skip::Requires) {
            out.push_back(requires_line(prep, i, step.other, {"geeft geen aftrek", "gives no deduction"}));
            continue;
        }
        if (step.skip == Skip::Excluded) {
            out.push_back(excluded_line(prep, i, step.other));
            continue;
        }
        const Text what = s.own_costs_only ? Text{"wat u zelf betaalt", "what you pay yourself"}
                                           : Text{"de kosten", "the costs"};
        if (step.skip == Skip::BelowThreshold) {
            out.push_back({n.nl + ": " + what.nl + " (" + money_nl(step.covered_base) +
                               ") is niet meer dan de drempel van " + money_nl(s.threshold) +
                               ". U kunt niets aftrekken.",
                           n.en + ": " + what.en + " (" + money_en(step.covered_base) +
                               ") is not above the threshold of " + money_en(s.threshold) +
                               ". You cannot deduct anything."});
            continue;
        }
        if (step.amount <= 0) {
            out.push_back(
                {n.nl + ": u betaalt zelf niets van de kosten die meetellen, dus u kunt niets aftrekken.",
                 n.en + ": you pay none of the costs that count yourself, so you cannot deduct anything."});
            continue;
        }
        Text line{
            "U mag " + money_nl(step.amount) + " aftrekken van uw inkomen met " + n.nl + ": " + what.nl,
            "You may deduct " + money_en(step.amount) + " from your income with " + n.en + ": " + what.en};
        if (s.threshold > 0) {
            line.nl += " boven de drempel van " + money_nl(s.threshold);
            line.en += " above the threshold of " + money_en(s.threshold);
        }
        if (step.limit == Limit::Cap) {
            line.nl += ", tot het maximum van " + money_nl(step.amount);
            line.en += ", up to the maximum of " + money_en(step.amount);
        }
        line.nl += ". Uw eigen bijdrage wordt er niet lager van; u krijgt een deel terug via de belasting.";
        line.en += ". It does not lower your own payment; you get part of it back through tax.";
        out.push_back(line);
    }
}

// Travel and wage loss are in the own payment when unpaid; say who normally bears them.
void explain_who_bears(const Prepared& prep, const PlanRun& run, std::vector<Text>& out) {
    const auto travel = static_cast<std::size_t>(Component::Travel);
    const auto wage = static_cast<std::size_t>(Component::WageLoss);
    if (prep.costs[travel] > 0) {
        out.push_back({"Reiskosten (" + money_nl(prep.costs[travel]) +
                           "): die betaalt u meestal zelf, tenzij uw werkgever ze vergoedt. Nog open: " +
                           money_nl(run.unpaid[travel]) + ".",
                       "Travel (" + money_en(prep.costs[travel]) +
                           "): you usually pay this yourself, unless your employer pays it. Still unpaid: " +
                           money_en(run.unpaid[travel]) + "."});
    }
    if (prep.costs[wage] > 0) {
        out.push_back(
            {"Verlet (" + money_nl(prep.costs[wage]) +
                 "): dit is het loon voor de uren dat u in werktijd leert. Dat betaalt normaal uw werkgever, "
                 "niet u. Nog open: " +
                 money_nl(run.unpaid[wage]) + "; dit telt mee in de eigen bijdrage hieronder.",
             "Wage loss (" + money_en(prep.costs[wage]) +
                 "): the pay for the hours you train in working time. Normally your employer bears it, not "
                 "you. "
                 "Still unpaid: " +
                 money_en(run.unpaid[wage]) + "; it counts in the own payment below."});
    }
}

}  // namespace

std::vector<Text> explain_plan(const Prepared& prep, const PlanRun& run) {
    std::vector<Text> out;
    explain_gifts_and_obligations(prep, run, out);
    explain_loans(prep, run, out);
    explain_deductions(prep, run, out);
    explain_who_bears(prep, run, out);
    Cents loan = 0;
    for (int i : prep.loans) loan += run.steps[static_cast<std::size_t>(i)].amount;
    Text total{"Eigen bijdrage: " + money_nl(run.own_payment) + " van de " + money_nl(prep.total) +
                   " totale kosten.",
               "Own payment: " + money_en(run.own_payment) + " of " + money_en(prep.total) + " total cost."};
    if (loan > 0) {
        total.nl += " Daarvan kunt u " + money_nl(loan) + " lenen.";
        total.en += " You can borrow " + money_en(loan) + " of it.";
    }
    out.push_back(total);
    return out;
}

void explain_budget(const Choice& choice, std::vector<Text>& out) {
    if (!choice.optimal) {
        out.push_back(
            {"Let op: de rekenmachine heeft niet alle combinaties van regelingen kunnen nagaan. Misschien "
             "kan uw "
             "eigen bijdrage nog lager, maar niet lager dan " +
                 money_nl(choice.own_payment_lower_bound) + ".",
             "Note: the calculator could not check every combination of schemes. Your own payment may be "
             "lower "
             "still, but not below " +
                 money_en(choice.own_payment_lower_bound) + "."});
    } else if (!choice.tie_break_proven) {
        out.push_back(
            {"Let op: geen andere combinatie geeft een lagere eigen bijdrage. Maar misschien kan het met "
             "minder "
             "regelingen, dus minder aanvragen: de rekenmachine heeft dat niet helemaal kunnen nagaan.",
             "Note: no other combination gives a lower own payment. But fewer schemes, so fewer "
             "applications, "
             "might do as well: the calculator could not check that completely."});
    }
}

}  // namespace sw::engine::stacking
