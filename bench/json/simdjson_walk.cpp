// simdjson_walk.cpp: see simdjson_walk.h. SW_SIMDJSON_KERNEL names this copy's functions; the
// kernel itself follows from the compiler flags.
#include "simdjson_walk.h"

#include <simdjson.h>

#include <cstring>
#include <utility>

#include "json/json_tree_builder.h"

#define SW_CONCAT2(a, b) a##b
#define SW_CONCAT(a, b) SW_CONCAT2(a, b)
#define SW_NAMED(name) SW_CONCAT(name, SW_SIMDJSON_KERNEL)

namespace sw::bench {

namespace {

namespace od = simdjson::builtin::ondemand;
using json::TreeBuilder;
using json::Value;

// Views = false: On-Demand hands out strings and keys unescaped into the parser's own buffer
// (reused by the next document), so they are copied into the tree's arena.
// Views = true: the text itself is in the arena (parse() below), and a string or key without a
// backslash is kept as a view into it, as our own parser does; only escaped ones are copied.
// Numbers keep their literal (the raw token) either way.
template <bool Views>
bool walk(od::value v, TreeBuilder& b, const char* end) {
    od::json_type type;
    if (v.type().get(type)) return false;
    switch (type) {
        case od::json_type::null:
            return v.is_null() && b.null();
        case od::json_type::boolean: {
            bool x = false;
            return !v.get_bool().get(x) && b.boolean(x);
        }
        case od::json_type::number: {
            std::string_view literal = v.raw_json_token();
            while (!literal.empty() && (literal.back() == ' ' || literal.back() == '\n' ||
                                        literal.back() == '\r' || literal.back() == '\t'))
                literal.remove_suffix(1);
            double d = 0;
            if (v.get_double().get(d)) return false;
            return b.number(d, Views ? literal : b.arena().copy(literal));
        }
        case od::json_type::string: {
            if (Views) {
                const std::string_view raw = v.raw_json_token();  // "text" and what whitespace follows
                const char* close =
                    static_cast<const char*>(std::memchr(raw.data() + 1, '"', raw.size() - 1));
                if (close &&
                    !std::memchr(raw.data() + 1, '\\', static_cast<std::size_t>(close - raw.data() - 1)))
                    return b.string(
                        std::string_view(raw.data() + 1, static_cast<std::size_t>(close - raw.data() - 1)));
            }
            std::string_view s;
            return !v.get_string().get(s) && b.string(b.arena().copy(s));
        }
        case od::json_type::array: {
            od::array a;
            if (v.get_array().get(a) || !b.open(Value::Kind::Array)) return false;
            for (auto item : a) {
                od::value x;
                if (std::move(item).get(x) || !walk<Views>(x, b, end)) return false;
            }
            return b.close();
        }
        case od::json_type::object: {
            od::object o;
            if (v.get_object().get(o) || !b.open(Value::Kind::Object)) return false;
            for (auto member : o) {
                od::field f;
                if (std::move(member).get(f)) return false;
                std::string_view key;
                bool plain = false;
                if (Views) {
                    const char* start = f.key().raw();
                    const char* close = static_cast<const char*>(
                        std::memchr(start, '"', static_cast<std::size_t>(end - start)));
                    plain = close && !std::memchr(start, '\\', static_cast<std::size_t>(close - start));
                    if (plain) key = std::string_view(start, static_cast<std::size_t>(close - start));
                }
                if (!plain) {
                    if (f.unescaped_key().get(key)) return false;
                    key = b.arena().copy(key);
                }
                if (!b.key(key) || !walk<Views>(f.value(), b, end)) return false;
            }
            return b.close();
        }
    }
    return false;
}

}  // namespace

bool SW_NAMED(parse_simdjson_)(const RulesFile& file, json::Document& doc) {
    static od::parser parser;  // kept, as a loader would keep it: its buffers grow once
    // simdjson reads up to 64 bytes past the text: it needs a padded copy.
    const simdjson::padded_string text(file.text);
    od::document parsed;
    od::value root;
    if (parser.iterate(text).get(parsed) || parsed.get_value().get(root)) return false;
    TreeBuilder b(doc, file.text.size());
    // Text after the root value is not checked: simdjson 3.0.1's document has no at_end().
    return walk<false>(root, b, nullptr);
}

bool SW_NAMED(parse_simdjson_views_)(const RulesFile& file, json::Document& doc) {
    static od::parser parser;
    TreeBuilder b(doc, file.text.size());
    // The padded copy in the tree's arena: the text, then the padding right after it (the
    // builder's first block holds several times the text, so the two are adjacent; checked).
    const char zeros[simdjson::SIMDJSON_PADDING] = {};
    const std::string_view text = b.arena().copy(file.text);
    const char* padding = b.arena().copy(zeros, sizeof zeros);
    if (padding != text.data() + text.size()) return false;
    od::document parsed;
    od::value root;
    if (parser.iterate(simdjson::padded_string_view(text.data(), text.size(), text.size() + sizeof zeros))
            .get(parsed) ||
        parsed.get_value().get(root))
        return false;
    return walk<true>(root, b, text.data() + text.size());
}

const char* SW_NAMED(simdjson_kernel_)() {
    return SIMDJSON_STRINGIFY(SIMDJSON_BUILTIN_IMPLEMENTATION);
}

const char* SW_NAMED(simdjson_stage1_kernel_)() {
    return simdjson::get_active_implementation()->name().c_str();
}

}  // namespace sw::bench
