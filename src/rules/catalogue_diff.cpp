// catalogue_diff.cpp: the rules of two catalogues compared as JSON (diff_rules, see
// stapelwijzer/catalogue_diff.h). Definitions are matched by id across all fragments, so a scheme
// that moves from one file to another is "changed" (its fragment), not removed and added.
#include "stapelwijzer/catalogue_diff.h"

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

namespace sw {
namespace {

using json = nlohmann::ordered_json;

// The lists of definitions a fragment holds and the field that names each item ("" = the keys of
// an object). Order: how the report lists them.
struct Collection {
    const char* name;
    const char* id_field;
};
constexpr Collection kCollections[] = {{"schemes", "id"},  {"sectors", "code"}, {"regions", "id"},
                                       {"parameters", ""}, {"sets", ""},        {"notes", "id"}};

struct Definition {
    std::string fragment;
    const json* value = nullptr;
};

// id -> definition, in first-seen order (a vector of keys next to the map keeps the order).
struct Index {
    std::vector<std::string> order;
    std::map<std::string, Definition> by_id;
    void add(const std::string& id, const std::string& fragment, const json* v) {
        if (by_id.emplace(id, Definition{fragment, v}).second) order.push_back(id);
    }
};

bool parse_all(const std::vector<RulesFile>& files, std::vector<json>& docs, std::string& error) {
    docs.reserve(files.size());
    for (const RulesFile& f : files) {
        try {
            docs.push_back(json::parse(f.text));
        } catch (const json::exception& e) {
            error = f.name + ": not valid JSON: " + e.what();
            return false;
        }
        if (!docs.back().is_object()) {
            error = f.name + ": a rules fragment must be a JSON object";
            return false;
        }
    }
    return true;
}

Index index_of(const std::vector<RulesFile>& files, const std::vector<json>& docs, const Collection& c) {
    Index idx;
    for (std::size_t i = 0; i < files.size(); ++i) {
        auto it = docs[i].find(c.name);
        if (it == docs[i].end()) continue;
        if (c.id_field[0] == '\0') {
            if (!it->is_object()) continue;
            for (auto item = it->begin(); item != it->end(); ++item)
                idx.add(item.key(), files[i].name, &item.value());
        } else if (it->is_array()) {
            for (const json& item : *it) {
                auto id = item.is_object() ? item.find(c.id_field) : item.end();
                if (id != item.end() && id->is_string())
                    idx.add(id->get<std::string>(), files[i].name, &item);
            }
        }
    }
    return idx;
}

bool contains(const std::string& s, const char* part) {
    return s.find(part) != std::string::npos;
}

// What sort of value sits at `path` inside a definition, for the reader's label.
std::string kind_of(const std::string& collection, const std::string& path) {
    const auto last = path.substr(path.rfind('.') == std::string::npos ? 0 : path.rfind('.') + 1);
    if (contains(path, "explain") || contains(path, "name.") || contains(path, "description") ||
        contains(path, "text.") || path == "name" || path == "provider")
        return "text";
    if (contains(path, "condition") || contains(path, ".when") || path.rfind("when", 0) == 0)
        return "condition";
    if (contains(path, "sources") || contains(path, "confirmation")) return "source";
    if (contains(path, "confidence")) return "confidence";
    if (contains(path, "percent") || contains(path, "requires_cofinancing")) return "percentage";
    if (contains(path, "amount") || contains(path, "rate") || contains(path, "threshold") ||
        contains(path, "cap"))
        return "amount";
    if (path.rfind("valid", 0) == 0 || last == "from" || last == "to" || contains(path, "terms"))
        return "period";
    if (path.rfind("interactions", 0) == 0) return "interaction";
    if (collection == "parameters" && contains(path, "value")) return "value";
    return "other";
}

std::string dump(const json& v) {
    return v.dump();
}

// Every leaf that differs between a and b, by path; a list item or key present on one side only is
// one change with the whole item.
void diff_values(const std::string& collection, const std::string& path, const json& a, const json& b,
                 std::vector<ValueChange>& out) {
    if (a == b) return;
    const auto child = [&](const std::string& key) { return path.empty() ? key : path + "." + key; };
    if (a.is_object() && b.is_object()) {
        for (auto it = a.begin(); it != a.end(); ++it) {
            auto other = b.find(it.key());
            if (other == b.end())
                out.push_back({child(it.key()), kind_of(collection, child(it.key())), dump(it.value()), ""});
            else
                diff_values(collection, child(it.key()), it.value(), *other, out);
        }
        for (auto it = b.begin(); it != b.end(); ++it) {
            if (!a.contains(it.key()))
                out.push_back({child(it.key()), kind_of(collection, child(it.key())), "", dump(it.value())});
        }
        return;
    }
    if (a.is_array() && b.is_array()) {
        const std::size_t n = std::max(a.size(), b.size());
        for (std::size_t i = 0; i < n; ++i) {
            const std::string p = path + "[" + std::to_string(i) + "]";
            if (i >= a.size())
                out.push_back({p, kind_of(collection, p), "", dump(b[i])});
            else if (i >= b.size())
                out.push_back({p, kind_of(collection, p), dump(a[i]), ""});
            else
                diff_values(collection, p, a[i], b[i], out);
        }
        return;
    }
    out.push_back({path, kind_of(collection, path), dump(a), dump(b)});
}

Text name_of(const json* v) {
    Text t;
    if (!v || !v->is_object()) return t;
    auto name = v->find("name");
    if (name == v->end() || !name->is_object()) return t;
    if (name->contains("nl") && (*name)["nl"].is_string()) t.nl = (*name)["nl"].get<std::string>();
    if (name->contains("en") && (*name)["en"].is_string()) t.en = (*name)["en"].get<std::string>();
    return t;
}

// A scheme ends when its valid.to is set, or moved earlier.
bool ends(const json& a, const json& b) {
    const auto to = [](const json& s) -> std::string {
        auto v = s.find("valid");
        if (v == s.end() || !v->is_object()) return "";
        auto t = v->find("to");
        return t != v->end() && t->is_string() ? t->get<std::string>() : "";
    };
    const std::string old_to = to(a), new_to = to(b);
    return !new_to.empty() && (old_to.empty() || new_to < old_to);
}

std::string field_string(const json& doc, const char* key) {
    auto it = doc.find(key);
    return it != doc.end() && it->is_string() ? it->get<std::string>() : "";
}

}  // namespace

std::optional<std::vector<DefinitionChange>> diff_rules(const std::vector<RulesFile>& old_files,
                                                        const std::vector<RulesFile>& new_files,
                                                        std::string& error) {
    std::vector<json> old_docs, new_docs;
    if (!parse_all(old_files, old_docs, error) || !parse_all(new_files, new_docs, error)) return std::nullopt;
    std::vector<DefinitionChange> out;

    // Whole files: added, removed, or a new version of the fragment.
    std::map<std::string, const json*> old_by_file;
    for (std::size_t i = 0; i < old_files.size(); ++i) old_by_file[old_files[i].name] = &old_docs[i];
    std::set<std::string> new_names;
    for (std::size_t i = 0; i < new_files.size(); ++i) {
        const std::string& file = new_files[i].name;
        new_names.insert(file);
        auto old = old_by_file.find(file);
        if (old == old_by_file.end()) {
            out.push_back({"fragments", file, file, "added", {}, {}});
            continue;
        }
        const std::string ov = field_string(*old->second, "version"),
                          nv = field_string(new_docs[i], "version");
        if (ov != nv)
            out.push_back({"fragments",
                           file,
                           file,
                           "changed",
                           {},
                           {{"version", "other", json(ov).dump(), json(nv).dump()}}});
    }
    for (const RulesFile& f : old_files)
        if (!new_names.count(f.name)) out.push_back({"fragments", f.name, f.name, "removed", {}, {}});

    for (const Collection& c : kCollections) {
        const Index before = index_of(old_files, old_docs, c), after = index_of(new_files, new_docs, c);
        for (const std::string& id : after.order) {
            const Definition& n = after.by_id.at(id);
            auto o = before.by_id.find(id);
            if (o == before.by_id.end()) {
                out.push_back({c.name, id, n.fragment, "added", name_of(n.value), {}});
                continue;
            }
            DefinitionChange d{c.name, id, n.fragment, "changed", name_of(n.value), {}};
            diff_values(c.name, "", *o->second.value, *n.value, d.values);
            if (o->second.fragment != n.fragment)
                d.values.push_back(
                    {"(file)", "other", json(o->second.fragment).dump(), json(n.fragment).dump()});
            if (d.values.empty()) continue;
            if (std::string(c.name) == "schemes" && ends(*o->second.value, *n.value)) d.change = "ended";
            out.push_back(std::move(d));
        }
        for (const std::string& id : before.order) {
            if (after.by_id.count(id)) continue;
            const Definition& o = before.by_id.at(id);
            out.push_back({c.name, id, o.fragment, "removed", name_of(o.value), {}});
        }
    }
    return out;
}

}  // namespace sw
