#include "style.h"

#include <imgui.h>

namespace sw::app::style {
namespace {

ImGuiStyle base() {
    ImGuiStyle s;
    ImGui::StyleColorsLight(&s);
    s.WindowPadding = ImVec2(16, 16);
    // 17 px text + 2 x 14 px padding = 45 CSS px: touch targets of at least 44 px.
    s.FramePadding = ImVec2(14, 14);
    s.ItemSpacing = ImVec2(10, 10);
    s.ItemInnerSpacing = ImVec2(10, 8);
    s.TouchExtraPadding = ImVec2(2, 2);
    s.ScrollbarSize = 14;
    s.GrabMinSize = 24;
    s.FrameRounding = 8;
    s.ChildRounding = 8;
    s.WindowRounding = 0;
    s.WindowBorderSize = 0;
    s.FrameBorderSize = 1;
    s.ScrollbarRounding = 7;
    ImVec4* c = s.Colors;
    c[ImGuiCol_WindowBg] = ImVec4(0.965f, 0.969f, 0.976f, 1);
    c[ImGuiCol_ChildBg] = ImVec4(1, 1, 1, 1);
    c[ImGuiCol_Text] = ImVec4(0.11f, 0.14f, 0.20f, 1);
    c[ImGuiCol_TextDisabled] = ImVec4(0.36f, 0.40f, 0.47f, 1);  // still 4.5:1 on white (WCAG AA)
    c[ImGuiCol_Border] = ImVec4(0.78f, 0.80f, 0.84f, 1);
    c[ImGuiCol_FrameBg] = ImVec4(1, 1, 1, 1);
    c[ImGuiCol_FrameBgHovered] = ImVec4(0.93f, 0.95f, 0.99f, 1);
    c[ImGuiCol_FrameBgActive] = ImVec4(0.88f, 0.92f, 0.99f, 1);
    // Plain buttons are light with dark text; the primary action is drawn by ui::primary_button.
    c[ImGuiCol_Button] = ImVec4(0.90f, 0.93f, 0.98f, 1);
    c[ImGuiCol_ButtonHovered] = ImVec4(0.82f, 0.88f, 0.97f, 1);
    c[ImGuiCol_ButtonActive] = ImVec4(0.74f, 0.82f, 0.95f, 1);
    c[ImGuiCol_CheckMark] = ImVec4(0.08f, 0.33f, 0.64f, 1);
    c[ImGuiCol_Header] = ImVec4(0.88f, 0.92f, 0.98f, 1);
    c[ImGuiCol_HeaderHovered] = ImVec4(0.82f, 0.88f, 0.97f, 1);
    c[ImGuiCol_HeaderActive] = ImVec4(0.76f, 0.84f, 0.96f, 1);
    c[ImGuiCol_Separator] = ImVec4(0.85f, 0.87f, 0.90f, 1);
    return s;
}

}  // namespace

void apply(float dpr) {
    static const ImGuiStyle pristine = base();
    ImGuiStyle s = pristine;
    s.ScaleAllSizes(dpr);
    ImGui::GetStyle() = s;
}

}  // namespace sw::app::style
