// Notes: shown when their condition is true (not unknown), in catalogue order.
#include "engine/spec_builders.h"

using namespace spec;
using sw::Fact;
using sw::Op;

namespace {

sw::NoteSpec note(const char* id, sw::Condition when) {
    sw::NoteSpec n;
    n.id = id;
    n.text = {std::string("Notitie ") + id, std::string("Note ") + id};
    n.when = std::move(when);
    return n;
}

sw::Condition employer_pays() {
    sw::Condition c;
    c.type = sw::Condition::Type::EmployerContribution;
    return c;
}

sw::Condition status_is(const char* scheme, std::vector<sw::Status> statuses) {
    sw::Condition c;
    c.type = sw::Condition::Type::SchemeStatus;
    c.scheme = scheme;
    c.statuses = std::move(statuses);
    return c;
}

std::vector<std::string> note_ids(const sw::Result& r) {
    std::vector<std::string> out;
    for (const auto& n : r.notes) out.push_back(n.id);
    return out;
}

std::shared_ptr<const sw::Catalogue> cat() {
    auto employer = scheme("employer-fund", 500);
    employer.applicant = sw::Applicant::Employer;
    employer.condition = leaf(Fact::PersonSector, Op::Eq, "metaal-mkb");
    auto budget = scheme("budget", 300);
    budget.condition = leaf_bool(Fact::PersonReceivesWw, false);
    auto c = catalogue({employer, budget});
    c.notes.push_back(note("z-tax-free", all({employer_pays(), leaf_in(Fact::CourseAim, {"current_job", "future_job"})})));
    c.notes.push_back(note("a-taxed", all({employer_pays(), leaf(Fact::CourseAim, Op::Eq, "personal")})));
    c.notes.push_back(note("limited", status_is("budget", {sw::Status::Eligible, sw::Status::Possible})));
    c.notes.push_back(note("dismissal", leaf_in(Fact::PersonDismissal, {"threatened", "dismissed"})));
    return compile(c);
}

}  // namespace

TEST_CASE("employer contribution and aim") {
    auto k = blank_case();
    k.person.sector = "metaal-mkb";
    k.person.receives_ww = true;
    k.course.aim = "future_job";
    CHECK(note_ids(sw::evaluate(*cat(), k)) == std::vector<std::string>{"z-tax-free"});
    k.course.aim = "personal";
    CHECK(note_ids(sw::evaluate(*cat(), k)) == std::vector<std::string>{"a-taxed"});
    // No employer money in the plan: neither note.
    k.person.sector = "bakkerij";
    CHECK(note_ids(sw::evaluate(*cat(), k)).empty());
}

TEST_CASE("unknown is not true: a note on an unknown fact is not shown") {
    auto k = blank_case();
    k.person.sector = "metaal-mkb";
    k.person.receives_ww = true;
    CHECK(note_ids(sw::evaluate(*cat(), k)).empty());  // aim unknown
}

TEST_CASE("scheme status notes, in catalogue order") {
    auto k = blank_case();
    k.person.sector = "metaal-mkb";
    k.course.aim = "current_job";
    k.person.dismissal = "threatened";
    // budget is possible (ww unknown).
    CHECK(note_ids(sw::evaluate(*cat(), k)) == std::vector<std::string>{"z-tax-free", "limited", "dismissal"});
    k.person.receives_ww = true;  // budget ineligible
    CHECK(note_ids(sw::evaluate(*cat(), k)) == std::vector<std::string>{"z-tax-free", "dismissal"});
}
