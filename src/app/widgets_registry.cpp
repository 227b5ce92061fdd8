#include "widgets_registry.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <cstdio>

namespace sw::app::widgets {
namespace {
std::vector<Entry> list;
std::vector<Entry> last;  // the last complete frame: what tests and touch see
float scale = 1.0f;

const char* kind_name(Kind k) {
    // clang-format off
    switch (k) {
        case Kind::Button: return "button";
        case Kind::Text: return "text";
        case Kind::Number: return "number";
        case Kind::Check: return "check";
        case Kind::Combo: return "combo";
        case Kind::Label: return "label";
        case Kind::Link: return "link";
    }
    // clang-format on
    return "label";
}

void json_string(std::string& out, const std::string& s) {
    out += '"';
    for (unsigned char c : s) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += static_cast<char>(c);
        } else if (c < 0x20) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", c);
            out += buf;
        } else {
            out += static_cast<char>(c);
        }
    }
    out += '"';
}
}  // namespace

void begin_frame(float dpr) {
    list.clear();
    scale = dpr > 0 ? dpr : 1.0f;
}

void record(const std::string& id, Kind kind, const std::string& text, const std::string& lines) {
    ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    ImRect clip = ImGui::GetCurrentWindow()->ClipRect;
    Entry e;
    e.id = id;
    e.kind = kind;
    e.text = text;
    if (lines != text) e.lines = lines;
    e.x = a.x / scale;
    e.y = a.y / scale;
    e.w = (b.x - a.x) / scale;
    e.h = (b.y - a.y) / scale;
    // Visible when its centre is inside the window's clip rectangle.
    ImVec2 c((a.x + b.x) / 2, (a.y + b.y) / 2);
    e.visible = clip.Contains(c);
    list.push_back(std::move(e));
}

void end_frame() {
    last = list;
}

const std::vector<Entry>& entries() {
    return last;
}

const Entry* text_field_at(float x, float y) {
    for (const auto& e : last) {
        if ((e.kind == Kind::Text || e.kind == Kind::Number) && e.visible && x >= e.x && x < e.x + e.w &&
            y >= e.y && y < e.y + e.h)
            return &e;
    }
    return nullptr;
}

std::string to_json() {
    std::string out = "[";
    char buf[160];
    bool first = true;
    for (const auto& e : last) {
        if (!first) out += ',';
        first = false;
        out += "{\"id\":";
        json_string(out, e.id);
        std::snprintf(buf, sizeof buf,
                      ",\"kind\":\"%s\",\"x\":%.1f,\"y\":%.1f,\"w\":%.1f,\"h\":%.1f,\"visible\":%s,\"text\":",
                      kind_name(e.kind), e.x, e.y, e.w, e.h, e.visible ? "true" : "false");
        out += buf;
        json_string(out, e.text);
        if (!e.lines.empty()) {
            out += ",\"lines\":";
            json_string(out, e.lines);
        }
        out += '}';
    }
    out += ']';
    return out;
}

}  // namespace sw::app::widgets
