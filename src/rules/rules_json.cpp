// rules_json.cpp: load_catalogue(). Reads every fragment strictly per docs/rules-format.md, merges
// them into one CatalogueSpec, reports every problem with "file: json.path", and compiles only a
// catalogue that read cleanly (so compile's own semantic checks never repeat a reading error).
#include <algorithm>
#include <climits>
#include <cstdint>
#include <optional>

#include "json_rules_context.h"
#include "rules/rules_load.h"
#include "stapelwijzer/rules.h"

namespace sw {

namespace {

using json::Value;
using rules::Origin;

constexpr const char* kFormat = "stapelwijzer-rules/1";
constexpr std::size_t kMaxFragmentBytes = 32u << 20;  // far above any real fragment; refuses runaway files

struct Fragment {
    std::string file;
    json::Document doc;
    const Value& root() const { return doc.root(); }
    std::unique_ptr<json::Errors> errors;
    std::vector<std::size_t> scheme_index;  // merged index of each of this file's schemes
    std::vector<std::size_t> note_index;
};

std::string also_in(const Origin& o) {
    return " (also in " + o.file + ": " + o.path + ")";
}

// The value of a parameter period: a scalar or a flat list of scalars.
bool read_param_value(const Value& v, const json::Path& path, json::Errors& errors, ParameterPeriod& out) {
    auto scalar_ok = [](const Value& x) { return x.is_number() || x.is_string() || x.is_bool(); };
    if (v.is_array()) {
        if (v.items().empty()) {
            errors.add(path, "must not be an empty list");
            return false;
        }
        for (std::size_t i = 0; i < v.items().size(); ++i) {
            if (!scalar_ok(v.items()[i])) {
                errors.add(json::item(path, i),
                           json::wrong_type("a number, string or boolean", v.items()[i]));
                return false;
            }
            out.values.push_back(rules::scalar_of(v.items()[i]));
        }
        out.is_list = true;
        return true;
    }
    if (!scalar_ok(v)) {
        errors.add(path, json::wrong_type("a number, string, boolean, date or a list of them", v));
        return false;
    }
    out.values.push_back(rules::scalar_of(v));
    return true;
}

void read_parameter(const std::string& name, const Value& periods, const json::Path& path,
                    json::Errors& errors, Parameter& out, rules::ParamInfo& info) {
    out.name = name;
    if (!periods.is_array() || periods.items().empty()) {
        errors.add(path, json::wrong_type("a non-empty list of periods", periods));
        return;
    }
    for (std::size_t i = 0; i < periods.items().size(); ++i) {
        const json::Path p = json::item(path, i);
        const Value& pv = periods.items()[i];
        if (!json::check_object(pv, p, {"from", "to", "value", "source"}, errors)) continue;
        ParameterPeriod period;
        if (auto f = pv.find("from"); f && !f->is_null())
            period.from = json::read_date(*f, json::member(p, "from"), errors);
        if (auto t = pv.find("to"); t && !t->is_null())
            period.to = json::read_date(*t, json::member(p, "to"), errors);
        if (period.from && period.to && *period.to < *period.from)
            errors.add(p, "is inverted: 'to' is before 'from'");
        if (auto v = json::required(pv, p, "value", errors)) {
            info.values.push_back(v);
            read_param_value(*v, json::member(p, "value"), errors, period);
        }
        if (auto src = pv.find("source"))
            period.source = rules::read_source(*src, json::member(p, "source"), errors);
        out.periods.push_back(std::move(period));
    }
    // Overlaps: sorted by start (an open start first), each period must end before the next begins.
    std::vector<std::size_t> order(out.periods.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    auto start = [&](std::size_t i) { return out.periods[i].from ? out.periods[i].from->days : INT32_MIN; };
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return start(a) < start(b); });
    for (std::size_t k = 1; k < order.size(); ++k) {
        const ParameterPeriod& prev = out.periods[order[k - 1]];
        const std::int64_t prev_end = prev.to ? prev.to->days : INT64_MAX;
        if (prev_end >= start(order[k]))
            errors.add(json::item(path, order[k]), "overlaps period " + std::to_string(order[k - 1] + 1) +
                                                       " of this parameter (periods must not overlap)");
    }
}

// Pass 1 of a fragment: its header (format, catalogue, version, fragment).
void read_header(Fragment& f, std::optional<std::pair<std::string, std::string>>& first_id,
                 std::map<std::string, std::string>& fragment_names, CatalogueSpec& spec) {
    json::Errors& e = *f.errors;
    if (!json::check_object(f.root(), "",
                            {"format", "catalogue", "version", "fragment", "sectors", "sets", "parameters",
                             "regions", "schemes", "notes"},
                            e))
        return;
    if (auto x = json::required(f.root(), "", "format", e)) json::read_enum(*x, "format", {kFormat}, e);
    std::optional<std::string> cat, ver;
    if (auto x = json::required(f.root(), "", "catalogue", e)) cat = json::read_id(*x, "catalogue", e);
    if (auto x = json::required(f.root(), "", "version", e)) ver = json::read_string(*x, "version", e);
    if (auto x = json::required(f.root(), "", "fragment", e))
        if (auto name = json::read_id(*x, "fragment", e)) {
            auto [it, fresh] = fragment_names.emplace(*name, f.file);
            if (!fresh)
                e.add("fragment", "duplicate fragment name '" + *name + "' (also " + it->second + ")");
        }
    if (!cat || !ver) return;
    if (!first_id) {
        first_id = std::make_pair(*cat, *ver);
        spec.id = *cat;
        spec.version = *ver;
        return;
    }
    if (*cat != first_id->first)
        e.add("catalogue", "is '" + *cat + "' but an earlier fragment says '" + first_id->first +
                               "' (all fragments must belong to one catalogue)");
    // Each fragment has its own version (a fund publishes its fragment on its own; the signed
    // manifest pins which version of each belongs to the release, docs/signing.md). The
    // catalogue's version is the first fragment's.
}

// Pass 2: the catalogue-wide names every scheme may use (sectors, sets, parameters, scheme ids).
// A fragment's regions: ids unique across the catalogue, usable by a leaf in any fragment (they
// are all read before any scheme).
void read_regions(const Value& regions, const std::string& fragment, Fragment& f, rules::RulesContext& ctx,
                  CatalogueSpec& spec) {
    json::Errors& e = *f.errors;
    if (!regions.is_array()) {
        e.add("regions", json::wrong_type("a list", regions));
        return;
    }
    for (std::size_t i = 0; i < regions.items().size(); ++i) {
        const std::string p = json::at("regions", i);
        auto region = rules::read_region(regions.items()[i], p, e);
        if (!region) continue;
        auto [it, fresh] = ctx.regions.emplace(
            region->id, rules::RegionInfo{Origin{f.file, json::join(p, "id")}, region->municipalities});
        if (!fresh) {
            e.add(json::member(p, "id"),
                  "duplicate region id '" + region->id + "'" + also_in(it->second.origin));
            continue;
        }
        region->fragment = fragment;
        spec.regions.push_back(std::move(*region));
    }
}

void read_vocabularies(Fragment& f, rules::RulesContext& ctx, CatalogueSpec& spec) {
    json::Errors& e = *f.errors;
    if (!f.root().is_object()) return;
    if (const Value* sectors = f.root().find("sectors")) {
        if (!sectors->is_array())
            e.add("sectors", json::wrong_type("a list", *sectors));
        else
            for (std::size_t i = 0; i < sectors->items().size(); ++i) {
                const std::string p = json::at("sectors", i);
                const Value& s = sectors->items()[i];
                if (!json::check_object(s, p, {"code", "name"}, e)) continue;
                VocabularyEntry entry;
                const Value* code = json::required(s, p, "code", e);
                auto id = code ? json::read_id(*code, json::member(p, "code"), e) : std::nullopt;
                if (auto n = json::required(s, p, "name", e))
                    if (auto t = json::read_text(*n, json::member(p, "name"), e, true)) entry.name = *t;
                if (!id) continue;
                auto [it, fresh] = ctx.sectors.emplace(*id, Origin{f.file, json::join(p, "code")});
                if (!fresh) {
                    e.add(json::member(p, "code"),
                          "duplicate sector code '" + *id + "'" + also_in(it->second));
                    continue;
                }
                entry.code = *id;
                spec.sectors.push_back(std::move(entry));
            }
    }
    if (const Value* sets = f.root().find("sets")) {
        if (!sets->is_object())
            e.add("sets", json::wrong_type("an object", *sets));
        else
            for (const auto& [key, list] : sets->members()) {
                const std::string name(key);
                const std::string p = json::join("sets", name);
                if (!json::is_kebab_id(name)) e.add(p, "set names must be kebab-case");
                if (!list.is_array() || list.items().empty()) {
                    e.add(p, json::wrong_type("a non-empty list of strings", list));
                    continue;
                }
                std::vector<std::string> values;
                bool ok = true;
                for (std::size_t i = 0; i < list.items().size(); ++i)
                    if (auto s = json::read_string(list.items()[i], json::item(p, i), e))
                        values.push_back(*s);
                    else
                        ok = false;
                if (!ok) continue;
                auto [it, fresh] = ctx.sets.emplace(name, rules::SetInfo{Origin{f.file, p}, &list});
                if (!fresh)
                    e.add(p, "duplicate set name '" + name + "'" + also_in(it->second.origin));
                else
                    spec.sets.emplace(name, std::move(values));
            }
    }
    if (const Value* regions = f.root().find("regions")) {
        const Value* name = f.root().find("fragment");
        read_regions(*regions, name && name->is_string() ? std::string(name->text()) : f.file, f, ctx, spec);
    }
    if (const Value* params = f.root().find("parameters")) {
        if (!params->is_object())
            e.add("parameters", json::wrong_type("an object", *params));
        else
            for (const auto& [key, periods] : params->members()) {
                const std::string name(key);
                const std::string p = json::join("parameters", name);
                if (!json::is_kebab_id(name)) e.add(p, "parameter names must be kebab-case");
                if (ctx.params.count(name)) {
                    e.add(p, "duplicate parameter name '" + name + "'" + also_in(ctx.params.at(name).origin));
                    continue;
                }
                rules::ParamInfo info{Origin{f.file, p}, {}};
                Parameter param;
                read_parameter(name, periods, p, e, param, info);
                ctx.params.emplace(name, std::move(info));
                spec.parameters.push_back(std::move(param));
            }
    }
    if (const Value* schemes = f.root().find("schemes")) {
        if (!schemes->is_array())
            e.add("schemes", json::wrong_type("a list", *schemes));
        else
            for (std::size_t i = 0; i < schemes->items().size(); ++i) {
                const Value* id = schemes->items()[i].is_object() ? schemes->items()[i].find("id") : nullptr;
                if (!id || !id->is_string()) continue;  // reported when the scheme is read
                const std::string p = json::join(json::at("schemes", i), "id");
                auto [it, fresh] = ctx.scheme_ids.emplace(id->text(), Origin{f.file, p});
                if (!fresh)
                    e.add(p, "duplicate scheme id '" + std::string(id->text()) + "'" + also_in(it->second));
            }
    }
}

// Pass 3: schemes and notes, with every reference checked against the context.
void read_schemes_and_notes(Fragment& f, const rules::RulesContext& ctx, CatalogueSpec& spec,
                            std::map<std::string, Origin>& note_ids, const std::string& fragment_name) {
    json::Errors& e = *f.errors;
    if (!f.root().is_object()) return;
    if (const Value* schemes = f.root().find("schemes"); schemes && schemes->is_array())
        for (std::size_t i = 0; i < schemes->items().size(); ++i) {
            SchemeSpec s = rules::read_scheme(schemes->items()[i], json::at("schemes", i), ctx, e);
            s.fragment = fragment_name;
            f.scheme_index.push_back(spec.schemes.size());
            spec.schemes.push_back(std::move(s));
        }
    if (const Value* notes = f.root().find("notes")) {
        if (!notes->is_array()) {
            e.add("notes", json::wrong_type("a list", *notes));
            return;
        }
        for (std::size_t i = 0; i < notes->items().size(); ++i) {
            const std::string p = json::at("notes", i);
            NoteSpec n = rules::read_note(notes->items()[i], p, ctx, e);
            if (!n.id.empty()) {
                auto [it, fresh] = note_ids.emplace(n.id, Origin{f.file, json::join(p, "id")});
                if (!fresh)
                    e.add(json::member(p, "id"), "duplicate note id '" + n.id + "'" + also_in(it->second));
            }
            f.note_index.push_back(spec.notes.size());
            spec.notes.push_back(std::move(n));
        }
    }
}

// compile() names schemes and notes by their place in the merged catalogue ("schemes[7].formula");
// say instead which file and which place in that file.
std::string locate(const std::string& path, const std::vector<Fragment>& fragments) {
    for (const char* list : {"schemes[", "notes["}) {
        const std::string prefix = list;
        if (path.rfind(prefix, 0) != 0) continue;
        const std::size_t close = path.find(']');
        if (close == std::string::npos) break;
        std::size_t merged = 0;
        try {
            merged = std::stoul(path.substr(prefix.size(), close - prefix.size()));
        } catch (...) {
            break;
        }
        for (const Fragment& f : fragments) {
            const auto& index = prefix == "schemes[" ? f.scheme_index : f.note_index;
            auto it = std::find(index.begin(), index.end(), merged);
            if (it != index.end())
                return f.file + ": " + prefix + std::to_string(it - index.begin()) + path.substr(close);
        }
    }
    return path;
}

// Reads, merges and compiles the parsed fragments; `errors_before` is where this load's errors
// start in `errors` (a text that did not parse is an error already: its siblings are still read
// for their own errors, but nothing is compiled).
std::shared_ptr<const Catalogue> load_fragments(std::vector<Fragment>& fragments,
                                                std::vector<Diagnostic>& errors, std::size_t errors_before) {
    CatalogueSpec spec;
    std::optional<std::pair<std::string, std::string>> first_id;
    std::map<std::string, std::string> fragment_names;
    for (Fragment& f : fragments) read_header(f, first_id, fragment_names, spec);
    rules::RulesContext ctx;
    for (Fragment& f : fragments) read_vocabularies(f, ctx, spec);
    std::map<std::string, Origin> note_ids;
    spec.schemes.reserve(ctx.scheme_ids.size());
    for (Fragment& f : fragments) {
        const Value* name = f.root().is_object() ? f.root().find("fragment") : nullptr;
        read_schemes_and_notes(f, ctx, spec, note_ids,
                               name && name->is_string() ? std::string(name->text()) : f.file);
    }
    if (errors.size() != errors_before) return nullptr;

    std::vector<Diagnostic> semantic;
    auto catalogue = Catalogue::compile(std::move(spec), semantic);
    for (Diagnostic& d : semantic)
        errors.push_back(Diagnostic{locate(d.path, fragments), std::move(d.message)});
    if (!catalogue && errors.size() == errors_before)
        errors.push_back(Diagnostic{"", "the catalogue was refused without a reason (internal error)"});
    return errors.size() == errors_before ? catalogue : nullptr;
}

bool no_files(bool empty, std::vector<Diagnostic>& errors) {
    if (empty) errors.push_back(Diagnostic{"", "no rules files given"});
    return empty;
}

Fragment fragment_of(std::string name, json::Document doc, std::vector<Diagnostic>& errors) {
    Fragment f;
    f.errors = std::make_unique<json::Errors>(errors, name);
    f.file = std::move(name);
    f.doc = std::move(doc);
    return f;
}

}  // namespace

std::shared_ptr<const Catalogue> load_catalogue(const std::vector<RulesFile>& files,
                                                std::vector<Diagnostic>& errors) {
    const std::size_t errors_before = errors.size();
    if (no_files(files.empty(), errors)) return nullptr;
    std::vector<Fragment> fragments;
    for (const RulesFile& file : files) {
        if (file.text.size() > kMaxFragmentBytes) {
            errors.push_back(Diagnostic{file.name, "is larger than 32 MB; refused"});
            continue;
        }
        std::string why;
        auto root = json::parse(file.text, why);
        if (!root) {
            errors.push_back(Diagnostic{file.name, "not valid JSON: " + why});
            continue;
        }
        fragments.push_back(fragment_of(file.name, std::move(*root), errors));
    }
    return load_fragments(fragments, errors, errors_before);
}

std::shared_ptr<const Catalogue> load_parsed_catalogue(std::vector<ParsedRulesFile> files,
                                                       std::vector<Diagnostic>& errors) {
    const std::size_t errors_before = errors.size();
    if (no_files(files.empty(), errors)) return nullptr;
    std::vector<Fragment> fragments;
    fragments.reserve(files.size());
    for (ParsedRulesFile& file : files)
        fragments.push_back(fragment_of(std::move(file.name), std::move(file.doc), errors));
    return load_fragments(fragments, errors, errors_before);
}

}  // namespace sw
