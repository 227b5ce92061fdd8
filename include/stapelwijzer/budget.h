// stapelwijzer/budget.h: company budgets (a yearly pot of the employer from which any employee's
// training is paid; docs/engine.md "Company budgets"). What a caller that shares one pot among
// several people (the employer view) needs from the engine.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "stapelwijzer/case.h"
#include "stapelwijzer/catalogue.h"

namespace sw {

// The pot of scheme `scheme_id` for the employer of `c` at its reference date:
// base + per_employee x person.employer_size + wage_bill_percent % of person.employer_wage_bill,
// rounded down to whole cents. nullopt when the scheme has no budget (or is not in the catalogue),
// or when a fact the formula needs (employer_size, employer_wage_bill) is unknown.
std::optional<Cents> budget_pot(const Catalogue& catalogue, const Case& c, std::string_view scheme_id);

// One pot as share_budgets() shared it.
struct BudgetShare {
    std::string scheme;        // the scheme with the company budget
    Cents pot = 0;             // what the staff share: the pot, or what is left of it this year
    std::vector<Cents> given;  // per case: its share, as set in person.budget_left[scheme]
    std::vector<Cents>
        need;  // per case: the least share with which its plan is as good as with the whole pot
    std::vector<Cents> saving;  // per case: how much lower its own payment is with `need` than with nothing
    Cents given_total = 0;      // the sum of `given`: never more than `pot`
};

// The rule share_budgets() follows, for people (docs/employer.md "Company budgets"), in Dutch and
// English: "First the people for whom each euro from the pot saves the most; among equals in the
// order of the list. Each gets what their plan can use of what is left."
Text budget_share_rule();

// Shares each company budget (a scheme with `budget`, valid at the first good case's reference
// date) among the staff of one employer, `cases`, so that the employer's total payment (the sum
// of the plans' own payments: what no scheme pays and the employer, paying its staff's training,
// bears) is lowest, and never gives out more than the pot. Writes each share into
// cases[i].person.budget_left[scheme] (a case that fails check_case() is left as it is and gets
// 0); evaluate the cases afterwards for their plans. The pot: the smallest `budget_left` the cases
// already give for the scheme (what is left of it this year), else budget_pot() of the first case
// where it is known (rows of one employer carry the same size and wage bill; the smallest pot
// when they differ). A pot that is known for no case is left out: its cases stay as they are.
// Exact when each person's own payment falls at a constant rate per cent of their share up to
// what their plan can use (docs/employer.md "Company budgets" says when that holds); several
// pots are shared one after another, in id order.
std::vector<BudgetShare> share_budgets(const Catalogue& catalogue, std::vector<Case>& cases);

// share_budgets() in small steps, for a caller that must not block (the web app's employer view
// computes a slice per frame): the same work in the same order, so the same shares. share_budgets()
// is this class run to the end. Holds references to `catalogue` and `cases`: both must outlive it
// and `cases` must not change in between (the steps write the shares into it, as share_budgets()).
class BudgetSharing {
public:
    BudgetSharing(const Catalogue& catalogue, std::vector<Case>& cases);
    // One case checked or weighed for the current pot, or one pot shared out; false when every
    // pot is shared (then take_shares()).
    bool step();
    bool done() const { return stage_ == Stage::Done; }
    // 0..1, by cases looked at: checking them, then weighing them for each pot.
    double progress() const;
    std::vector<BudgetShare> take_shares() { return std::move(shares_); }

private:
    enum class Stage { Check, Pot, Weigh, Done };
    void weigh(std::size_t i);
    void next_pot();

    const Catalogue& catalogue_;
    std::vector<Case>& cases_;
    std::vector<bool> good_;
    std::vector<std::size_t> pots_;  // indexes into the catalogue's schemes: budgets valid at `first`
    std::size_t pot_ = 0;            // the pot being shared (index into pots_)
    std::size_t index_ = 0;          // the case being checked or weighed
    Stage stage_ = Stage::Check;
    BudgetShare share_;
    std::vector<std::size_t> takers_;
    std::vector<BudgetShare> shares_;
};

}  // namespace sw
