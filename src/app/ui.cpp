#include "ui.h"

#include <imgui.h>

#include <cstring>

#include "fonts.h"
#include "widgets_registry.h"

namespace sw::app::ui {
namespace {

int string_resize(ImGuiInputTextCallbackData* data) {
    if (data->EventFlag == ImGuiInputTextFlags_CallbackResize) {
        auto* s = static_cast<std::string*>(data->UserData);
        s->resize(static_cast<std::size_t>(data->BufTextLen));
        data->Buf = s->data();
    }
    return 0;
}

std::string label_with_id(const char* text, const char* id) {
    return std::string(text) + "###" + id;
}

bool after_euro(const std::string& s, std::size_t i) {
    return i >= 3 && s.compare(i - 3, 3, "\xE2\x82\xAC") == 0;
}

// ImGui's own wrapping also breaks after '.' and ',' inside a word, which splits Dutch amounts
// ("€ 1.850," / "00"). Lines are broken here at spaces only, never between "€" and its amount;
// ImGui's wrap stays on behind this for a word wider than a whole line (a long web address).
std::string break_at_spaces(const std::string& text, float width) {
    std::string out = text;
    std::size_t line = 0, candidate = std::string::npos;
    for (std::size_t i = 0; i <= out.size(); ++i) {
        const bool end = i == out.size();
        if (!end && out[i] == '\n') {
            line = i + 1;
            candidate = std::string::npos;
            continue;
        }
        if (!end && out[i] != ' ') continue;
        if (candidate != std::string::npos &&
            ImGui::CalcTextSize(out.data() + line, out.data() + i).x > width) {
            out[candidate] = '\n';
            line = candidate + 1;
        }
        candidate = after_euro(out, i) ? candidate : i;
        if (candidate < line) candidate = std::string::npos;
    }
    return out;
}

const ImVec4 kPrimary(0.08f, 0.33f, 0.64f, 1);
const ImVec4 kPrimaryHover(0.06f, 0.28f, 0.56f, 1);
const ImVec4 kError(0.70f, 0.11f, 0.05f, 1);

}  // namespace

float dpr() {
    // The app renders in device pixels; the body font is rasterised at 17 CSS px x DPR.
    const ImFont* f = fonts::current().body;
    return f ? f->FontSize / 17.0f : 1.0f;
}

float px(float css) {
    return css * dpr();
}

void heading(const char* id, const char* text) {
    ImGui::PushFont(fonts::current().heading);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(text);
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
    widgets::record(id, widgets::Kind::Label, text);
}

void paragraph(const char* id, const std::string& text, bool muted) {
    if (muted) ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyle().Colors[ImGuiCol_TextDisabled]);
    const std::string lines = break_at_spaces(text, ImGui::GetContentRegionAvail().x - 1.0f);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(lines.c_str());
    ImGui::PopTextWrapPos();
    if (muted) ImGui::PopStyleColor();
    if (id && *id) widgets::record(id, widgets::Kind::Label, text, lines);
}

void bold(const char* id, const std::string& text) {
    ImGui::PushFont(fonts::current().bold);
    paragraph(id, text);
    ImGui::PopFont();
}

bool button(const char* id, const char* text, bool full_width) {
    bool pressed = ImGui::Button(label_with_id(text, id).c_str(), ImVec2(full_width ? -1.0f : 0.0f, 0.0f));
    widgets::record(id, widgets::Kind::Button, text);
    return pressed;
}

bool primary_button(const char* id, const char* text, bool full_width) {
    ImGui::PushStyleColor(ImGuiCol_Button, kPrimary);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, kPrimaryHover);
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, kPrimaryHover);
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
    bool pressed = button(id, text, full_width);
    ImGui::PopStyleColor(4);
    return pressed;
}

bool choice(const char* id, const char* text, bool selected) {
    if (selected) {
        ImGui::PushStyleColor(ImGuiCol_Button, kPrimary);
        ImGui::PushStyleColor(ImGuiCol_ButtonHovered, kPrimaryHover);
        ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
    }
    bool pressed = ImGui::Button(label_with_id(text, id).c_str());
    widgets::record(id, widgets::Kind::Button, selected ? std::string("[x] ") + text : std::string(text));
    if (selected) ImGui::PopStyleColor(3);
    return pressed;
}

bool checkbox(const char* id, const char* text, bool checked) {
    bool v = checked;
    bool pressed = ImGui::Checkbox(label_with_id(text, id).c_str(), &v);
    widgets::record(id, widgets::Kind::Check, (checked ? "[x] " : "[ ] ") + std::string(text));
    return pressed;
}

bool text_field(const char* id, std::string& value, bool numeric, float width_css, const char* hint) {
    ImGui::PushID(id);
    ImGui::SetNextItemWidth(width_css > 0 ? px(width_css) : -1.0f);
    ImGuiInputTextFlags flags = ImGuiInputTextFlags_CallbackResize;
    // No character filter: ImGui's numeric filters drop the comma ("2500,50" became 250050). What
    // is typed stays as typed; the field's reader (read_euro, answer_value) says what is wrong.
    if (value.capacity() < 16) value.reserve(16);
    bool edited = ImGui::InputTextWithHint("##field", hint, value.data(), value.capacity() + 1, flags,
                                           string_resize, &value);
    if (edited) value.resize(std::strlen(value.c_str()));  // shorter text: keep size() in step
    ImGui::PopID();
    widgets::record(id, numeric ? widgets::Kind::Number : widgets::Kind::Text, value);
    return edited;
}

bool text_area(const char* id, std::string& value, float height_css) {
    ImGui::PushID(id);
    if (value.capacity() < 256) value.reserve(256);
    bool edited = ImGui::InputTextMultiline(
        "##area", value.data(), value.capacity() + 1, ImVec2(-1.0f, px(height_css)),
        ImGuiInputTextFlags_CallbackResize | ImGuiInputTextFlags_AllowTabInput, string_resize, &value);
    if (edited) value.resize(std::strlen(value.c_str()));
    ImGui::PopID();
    widgets::record(id, widgets::Kind::Text, value);
    return edited;
}

void error_text(const char* id, const char* text) {
    ImGui::PushStyleColor(ImGuiCol_Text, kError);
    paragraph(id, text);
    ImGui::PopStyleColor();
}

float text_width_css(const char* text) {
    const ImGuiStyle& s = ImGui::GetStyle();
    return (ImGui::CalcTextSize(text).x + s.FramePadding.x * 2) / dpr();
}

void flow_next(float next_width_css) {
    const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    ImGui::SameLine();
    if (ImGui::GetCursorScreenPos().x + px(next_width_css) > right) ImGui::NewLine();
}

}  // namespace sw::app::ui
