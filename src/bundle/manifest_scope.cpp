// Delegation scope of a fragment by a SAX walk (see manifest_scope.h). Only the first problem is
// reported: the bundle is refused on it anyway.
#include "manifest_scope.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <vector>

namespace sw::manifest {
namespace {

using json = nlohmann::json;

std::string join(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& s : items) out += (out.empty() ? "" : ", ") + s;
    return out;
}

class ScopeWalker : public nlohmann::json_sax<json> {
public:
    explicit ScopeWalker(const Delegation* d) : d_(d) {}

    std::string error;
    std::string catalogue, version;  // as found ("" if absent or not a string)

    bool null() override { return value(Kind::Other, nullptr); }
    bool boolean(bool) override { return value(Kind::Other, nullptr); }
    bool number_integer(number_integer_t) override { return value(Kind::Other, nullptr); }
    bool number_unsigned(number_unsigned_t) override { return value(Kind::Other, nullptr); }
    bool number_float(number_float_t, const string_t&) override { return value(Kind::Other, nullptr); }
    bool string(string_t& s) override { return value(Kind::String, &s); }
    bool binary(binary_t&) override { return value(Kind::Other, nullptr); }
    bool start_object(std::size_t) override {
        if (!value(Kind::Object, nullptr)) return false;
        stack_.push_back({true, "", 0, false});
        return true;
    }
    bool start_array(std::size_t) override {
        if (!value(Kind::Array, nullptr)) return false;
        stack_.push_back({false, "", 0, false});
        return true;
    }
    bool end_array() override {
        stack_.pop_back();
        return true;
    }
    bool end_object() override {
        // The end of one item of schemes, notes, regions or sectors: it must have had an id.
        if (stack_.size() == 3 && in_id_list() && !stack_.back().has_id) {
            return fail(list_path() + "." + id_key() + ": required field is missing");
        }
        stack_.pop_back();
        return true;
    }
    bool key(string_t& k) override {
        stack_.back().key = k;
        if (stack_.size() == 2 && (top() == "sets" || top() == "parameters")) {
            return check_id(k, top() + "." + k, top() == "sets" ? "set name" : "parameter name");
        }
        return true;
    }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& e) override {
        return fail(std::string("not valid JSON: ") + e.what());
    }

private:
    enum class Kind { Object, Array, String, Other };
    struct Frame {
        bool object;
        std::string key;    // the current key, in an object
        std::size_t count;  // items seen, in an array
        bool has_id;        // an item of schemes/notes: its id was seen
    };

    const Delegation* d_;  // nullptr: a root fragment, only its header is checked
    std::vector<Frame> stack_;

    const std::string& top() const { return stack_[0].key; }
    // Lists whose items carry a catalogue-wide id the fund must own (a region id too: a fund's
    // region could otherwise clash with, and so refuse, the root's; a sector code: a fund's own
    // sector or sub-sector, docs/rules-format.md).
    bool in_id_list() const {
        return top() == "schemes" || top() == "notes" || top() == "regions" || top() == "sectors";
    }
    const char* id_key() const { return top() == "sectors" ? "code" : "id"; }
    std::string list_path() const { return top() + "[" + std::to_string(stack_[1].count - 1) + "]"; }

    bool fail(std::string why) {
        if (error.empty()) error = std::move(why);
        return false;
    }

    bool check_id(const std::string& id, const std::string& path, const char* what, const char* why = "") {
        if (!d_) return true;
        const bool ok = std::any_of(d_->prefixes.begin(), d_->prefixes.end(),
                                    [&](const std::string& p) { return id.rfind(p, 0) == 0; });
        if (ok) return true;
        return fail(std::string(what) + " '" + id + "' (" + path + ") is outside fund " + d_->fund +
                    "'s delegation (prefixes: " + join(d_->prefixes) + ")" + why);
    }

    // schemes[i].interactions.excludes[j]: excluding a scheme keeps it out of every plan with this
    // one, so a fund may exclude only its own schemes. (`requires` only narrows the fund's own
    // scheme and may name any scheme.)
    bool in_scheme_excludes() const {
        return stack_.size() == 5 && top() == "schemes" && stack_[2].object &&
               stack_[2].key == "interactions" && stack_[3].object && stack_[3].key == "excludes" &&
               !stack_[4].object;
    }

    // Every value, by where it sits: the root, a top-level field, an item of a top-level list, or
    // a field of such an item.
    bool value(Kind kind, const std::string* s) {
        const std::size_t depth = stack_.size();
        if (depth == 0) return kind == Kind::Object ? true : fail("must be a JSON object");
        if (!stack_.back().object) ++stack_.back().count;
        const std::string& field = top();
        if (depth == 1) {
            if (field == "catalogue" || field == "version") {
                (field == "catalogue" ? catalogue : version) = kind == Kind::String ? *s : "";
            } else if ((field == "schemes" || field == "notes" || field == "regions" || field == "sectors") &&
                       kind != Kind::Array) {
                return fail(field + ": must be a list");
            } else if ((field == "sets" || field == "parameters") && kind != Kind::Object) {
                return fail(field + ": must be an object");
            }
            return true;
        }
        if (depth == 2 && !stack_[1].object) {
            if (in_id_list() && kind != Kind::Object)
                return fail(list_path() + "." + id_key() + ": required field is missing");
            return true;
        }
        if (depth == 3 && in_id_list() && stack_[2].object && stack_[2].key == id_key()) {
            stack_[2].has_id = true;
            if (kind != Kind::String) return fail(list_path() + "." + id_key() + ": must be a string");
            return check_id(*s, list_path() + "." + id_key(),
                            field == "schemes"   ? "scheme id"
                            : field == "notes"   ? "note id"
                            : field == "sectors" ? "sector code"
                                                 : "region id");
        }
        if (in_scheme_excludes() && kind == Kind::String) {
            return check_id(
                *s, list_path() + ".interactions.excludes[" + std::to_string(stack_[4].count - 1) + "]",
                "excluded scheme", ": a fund may exclude only its own schemes");
        }
        return true;
    }
};

}  // namespace

std::string check_fragment_scope(std::string_view text, const Delegation* delegation,
                                 const std::string& catalogue, const std::string& version) {
    ScopeWalker walker(delegation);
    const bool ok = json::sax_parse(text.begin(), text.end(), &walker);
    if (!ok || !walker.error.empty()) return walker.error.empty() ? "not valid JSON" : walker.error;
    if (walker.catalogue != catalogue) return "catalogue must be '" + catalogue + "' as in manifest.json";
    if (walker.version != version)
        return "version is '" + walker.version + "' but manifest.json lists version '" + version +
               "' of this fragment (a fragment from another release)";
    return "";
}

}  // namespace sw::manifest
