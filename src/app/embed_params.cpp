// embed_params.cpp: reads Module.swEmbed (set by web/embed-frame.js from the iframe's URL) and
// reports the content height back to that page. See embed_params.h for the hook.
#include "embed_params.h"

#include <emscripten.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace {

// The EM_JS bodies are JavaScript.
// clang-format off
// One field of Module.swEmbed as text ("" when absent); the page has validated it already.
EM_JS(char*, js_embed_field, (const char* name), {
    const e = Module.swEmbed;
    const v = e ? e[UTF8ToString(name)] : undefined;
    return allocateUTF8(typeof v === "string" ? v : "");
});

EM_JS(int, js_embedded, (), { return Module.swEmbed ? 1 : 0; });

EM_JS(void, js_content_height, (int px), {
    if (Module.swContentHeight) Module.swContentHeight(px);
});

EM_JS(void, js_scroll_page_to, (int px), {
    if (Module.swScrollTo) Module.swScrollTo(px);
});
EM_JS(void, js_sticky_text, (const char* text), {
    if (Module.swStickyText) Module.swStickyText(UTF8ToString(text));
});
// clang-format on

std::string field(const char* name) {
    char* p = js_embed_field(name);
    std::string s = p ? p : "";
    std::free(p);
    return s;
}

// Lower-case letters, digits and '-' only, 1..48 long: codes and ids, never markup or URLs.
bool is_code(const std::string& s) {
    if (s.empty() || s.size() > 48) return false;
    for (char c : s)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
    return true;
}

bool is_province(const std::string& s) {
    static const char* codes[] = {"DR", "FL", "FR", "GD", "GR", "LB", "NB", "NH", "OV", "UT", "ZE", "ZH"};
    for (const char* c : codes)
        if (s == c) return true;
    return false;
}

// "1d4f8a" -> 0x1d4f8a; anything else -> nullopt.
std::optional<std::uint32_t> colour(const std::string& s) {
    if (s.size() != 6) return std::nullopt;
    std::uint32_t v = 0;
    for (char c : s) {
        int d = (c >= '0' && c <= '9')   ? c - '0'
                : (c >= 'a' && c <= 'f') ? c - 'a' + 10
                : (c >= 'A' && c <= 'F') ? c - 'A' + 10
                                         : -1;
        if (d < 0) return std::nullopt;
        v = v * 16 + static_cast<std::uint32_t>(d);
    }
    return v;
}

sw::app::embed::Params read() {
    sw::app::embed::Params p;
    p.embedded = js_embedded() != 0;
    if (!p.embedded) return p;
    std::string lang = field("lang");
    if (lang == "nl" || lang == "en") p.lang = lang;
    if (std::string s = field("sector"); is_code(s)) p.sector = s;
    if (std::string s = field("fund"); is_code(s)) p.fund = s;
    if (std::string s = field("province"); is_province(s)) p.province = s;
    std::string m = field("municipality");
    if (m.size() <= 60) p.municipality = m;
    p.primary = colour(field("primary"));
    p.accent = colour(field("accent"));
    return p;
}

int last_height = -1;

}  // namespace

namespace sw::app::embed {

const Params& params() {
    static const Params p = read();
    return p;
}

void report_content_height(float css_px) {
    const int px = static_cast<int>(std::ceil(css_px));
    if (px == last_height || !params().embedded) return;
    last_height = px;
    js_content_height(px);
}

void scroll_page_to(float css_y) {
    js_scroll_page_to(static_cast<int>(std::floor(css_y)));
}

void report_sticky_text(const std::string& text) {
    static std::string last;
    if (!params().embedded || text == last) return;
    last = text;
    js_sticky_text(text.c_str());
}

}  // namespace sw::app::embed

// What the app read, as JSON, for the browser tests of the embed page (tests/web/embed*.test.mjs).
extern "C" EMSCRIPTEN_KEEPALIVE const char* sw_embed_params_json() {
    static std::string out;
    const auto& p = sw::app::embed::params();
    auto hex = [](const std::optional<std::uint32_t>& c) {
        if (!c) return std::string("null");
        char buf[16];
        std::snprintf(buf, sizeof buf, "\"%06x\"", static_cast<unsigned>(*c));
        return std::string(buf);
    };
    // Every text field passed is_code/is_province or is plain; escape quotes and backslashes anyway.
    auto str = [](const std::string& s) {
        std::string o = "\"";
        for (char c : s) {
            if (c == '"' || c == '\\') o += '\\';
            if (static_cast<unsigned char>(c) >= 0x20) o += c;
        }
        return o + "\"";
    };
    out = "{\"embedded\":" + std::string(p.embedded ? "true" : "false") + ",\"lang\":" + str(p.lang) +
          ",\"sector\":" + str(p.sector) + ",\"fund\":" + str(p.fund) + ",\"province\":" + str(p.province) +
          ",\"municipality\":" + str(p.municipality) + ",\"primary\":" + hex(p.primary) +
          ",\"accent\":" + hex(p.accent) + "}";
    return out.c_str();
}
