// libFuzzer target: the two JSON parsers behind json::parse() against each other. The fast parser
// (json_parse_fast.cpp) takes the common, valid text and leaves everything else to nlohmann's
// (json_parse_nlohmann.cpp), which also gives every error message. So whenever the fast parser
// accepts a text, nlohmann's must accept it too and build the same tree: the same kinds, literals,
// strings, key order, and the same nearest double for every number. A text nlohmann refuses must
// come with a reason.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>

#include "json/json_tree_builder.h"

namespace {

bool same_tree(const sw::json::Value& a, const sw::json::Value& b) {
    if (a.kind != b.kind || a.boolean != b.boolean || a.text() != b.text()) return false;
    if (std::memcmp(&a.number, &b.number, sizeof a.number) != 0) return false;
    if (a.items().size() != b.items().size() || a.members().size() != b.members().size()) return false;
    for (std::size_t i = 0; i < a.items().size(); ++i) {
        if (!same_tree(a.items()[i], b.items()[i])) return false;
    }
    for (std::size_t i = 0; i < a.members().size(); ++i) {
        const auto& ma = a.members()[i];
        const auto& mb = b.members()[i];
        if (ma.key != mb.key || !same_tree(ma.value, mb.value)) return false;
    }
    return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    sw::json::Document fast_doc;
    sw::json::TreeBuilder fast(fast_doc, text.size());
    const bool fast_ok = sw::json::parse_fast(fast.arena().copy(text), fast);

    sw::json::Document slow_doc;
    sw::json::TreeBuilder slow(slow_doc, text.size());
    const bool slow_ok = sw::json::parse_nlohmann(text, slow);
    if (!slow_ok && slow.error.empty()) std::abort();
    if (fast_ok && (!slow_ok || !same_tree(fast_doc.root(), slow_doc.root()))) std::abort();

    // And json::parse() itself: a tree exactly when nlohmann's parser gives one.
    std::string error;
    const auto parsed = sw::json::parse(text, error);
    if (parsed.has_value() != slow_ok) std::abort();
    if (parsed && !same_tree(parsed->root(), slow_doc.root())) std::abort();
    return 0;
}
