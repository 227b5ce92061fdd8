// catalogue_impl.h: the compiled, immutable form of a catalogue (engine-internal). Built once by
// Catalogue::compile from a validated CatalogueSpec: strings interned to symbol ids, conditions
// flattened into one node array, parameters and sets in one table of dated periods. Evaluation
// walks these arrays only; the spec stays alongside for texts and for spec().
#pragma once

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "stapelwijzer/catalogue.h"

namespace sw::engine {

// A literal after compilation: numbers in `num`; symbol id, date (days) or boolean (0/1) in `i`.
struct CValue {
    double num = 0;
    std::int32_t i = 0;
};

struct Span {
    std::uint32_t begin = 0;
    std::uint32_t count = 0;
};

// One period of a named value list; a set is a parameter with a single open period.
struct CPeriod {
    std::int32_t from = INT32_MIN;  // inclusive
    std::int32_t to = INT32_MAX;    // inclusive
    Span values;
};
struct CParam {
    std::string name;
    bool is_set = false;
    std::vector<CPeriod> periods;  // sorted by `from`, never overlapping
};

// Literal values, or (param >= 0) the values of a parameter or set at the reference date.
struct COperand {
    std::int32_t param = -1;
    Span values;
};

enum class NodeType : std::uint8_t { All, Any, Not, Leaf, SchemeStatus, EmployerContribution };

struct CNode {
    NodeType type = NodeType::All;
    Fact fact = Fact::PersonAge;  // Leaf
    Op op = Op::Eq;               // Leaf
    std::uint8_t status_mask = 0;  // SchemeStatus: bit (1 << Status)
    FactType fact_type = FactType::Integer;  // Leaf: fact_info(fact).type, kept here for speed
    // All/Any: children are child_index[a, a + b). Not: child node a.
    // Leaf: operand index a, leaf index b. SchemeStatus: compiled scheme index a.
    std::uint32_t a = 0;
    std::uint32_t b = 0;
};

// What a leaf needs for explanations (kept out of CNode so the hot array stays small).
struct CLeaf {
    const Condition* spec = nullptr;  // points into Impl::spec, which never changes after compile
    std::uint32_t operand = 0;
};

// A leaf in the form the evaluation loop tests without reading its operand (kleene.cpp): a
// constant operand compared with a number, or a list of at most 64 consecutive symbol ids as a bit
// mask. Generic: everything else (parameters, dates, sets, number lists, no values).
struct CFastLeaf {
    enum class Kind : std::uint8_t { Generic, NumEq, NumNe, NumLt, NumLe, NumGt, NumGe, SymMask };
    Kind kind = Kind::Generic;
    bool negate = false;     // SymMask: `!=` / `not_in` (true when the symbol is in none)
    std::int32_t base = 0;   // SymMask: symbol id of bit 0
    union {
        double num;          // Num*: the literal
        std::uint64_t mask;  // SymMask: bit (id - base) set for each listed id
    };
    CFastLeaf() : mask(0) {}
};

struct CAmountCase {
    std::int32_t when = -1;  // root node of the `when` condition, -1: always
    COperand value;
};

// An amount as compiled: cases in amount_cases[cases.begin, +count). count 0: not given.
struct CAmount {
    Span cases;
};

struct CScheme {
    const SchemeSpec* spec = nullptr;  // into Impl::spec
    std::int32_t valid_from = 0;
    std::int32_t valid_to = INT32_MAX;
    std::uint32_t root = 0;  // condition root node
    // Copies of what every evaluation reads of each scheme, next to the fields above, so the
    // loop over 1,000 schemes does not visit 1,000 SchemeSpecs spread over the heap.
    Kind kind = Kind::Gift;
    Applicant applicant = Applicant::Person;
    bool discretionary = false;
    std::string_view id;  // spec->id
    CAmount amount, percent, rate, threshold, cap;
    bool has_cap = false;
    std::vector<std::int32_t> excludes;          // compiled scheme indices
    std::vector<std::int32_t> requires_schemes;  // compiled scheme indices
    std::vector<Fact> condition_facts;           // distinct facts of the condition's leaves
    std::vector<Fact> amount_facts;              // distinct facts of the formula's `when`s
    // Pro rata: the leaf "hours_per_week >= full time" (-1: none). Not part of the condition: it
    // only tells the best-case search that the amount changes with the hours (scheme_limits.cpp).
    std::int32_t pro_rata_leaf = -1;
};

struct CNote {
    const NoteSpec* spec = nullptr;
    std::uint32_t root = 0;
};

}  // namespace sw::engine

namespace sw {

struct Catalogue::Impl {
    CatalogueSpec spec;
    std::vector<std::string> symbols;
    std::unordered_map<std::string, std::int32_t> symbol_ids;
    std::vector<engine::CValue> values;
    std::vector<engine::CParam> params;
    std::vector<engine::COperand> operands;
    std::vector<engine::CNode> nodes;
    std::vector<std::uint32_t> child_index;
    std::vector<engine::CLeaf> leaves;
    std::vector<engine::CFastLeaf> fast_leaves;  // parallel to leaves
    std::vector<engine::CAmountCase> amount_cases;
    std::vector<engine::CScheme> schemes;  // sorted by id: the order of every result
    std::unordered_map<std::string, std::int32_t> scheme_index;  // id -> index into schemes
    std::vector<engine::CNote> notes;                             // catalogue order
    std::vector<std::int32_t> sector_symbols;                     // catalogue sectors, spec order
    std::vector<std::int32_t> sector_of_symbol;                   // symbol id -> index in spec.sectors, -1
    // Leaves the compiler adds for a scheme's pro_rata.min_hours, use_limit and budget (their
    // texts and operands live here; a deque never moves them, CLeaf::spec points at them).
    std::deque<Condition> synthetic;

    // Symbol id of a string, -1 if no rule or vocabulary mentions it.
    std::int32_t symbol(const std::string& s) const {
        auto it = symbol_ids.find(s);
        return it == symbol_ids.end() ? -1 : it->second;
    }
};

}  // namespace sw
