// cursor.cpp: mouse cursor shapes. Emscripten 3.1.6's glfwSetCursor is a stub and the backend's
// glfwSetInputMode calls make Chromium complain about pointer lock, so the app sets
// ImGuiConfigFlags_NoMouseCursorChange and writes the canvas's CSS cursor itself, only on change.
#include <emscripten.h>
#include <imgui.h>

#include "platform/input.h"

namespace {

EM_JS(void, js_set_cursor, (const char* css), { Module.canvas.style.cursor = UTF8ToString(css); });

const char* css_cursor(ImGuiMouseCursor c) {
    switch (c) {
        case ImGuiMouseCursor_TextInput: return "text";
        case ImGuiMouseCursor_Hand: return "pointer";
        case ImGuiMouseCursor_ResizeNS: return "ns-resize";
        case ImGuiMouseCursor_ResizeEW: return "ew-resize";
        case ImGuiMouseCursor_NotAllowed: return "not-allowed";
        case ImGuiMouseCursor_None: return "none";
        default: return "default";
    }
}

}  // namespace

namespace sw::app::input::cursor {

void update() {
    static ImGuiMouseCursor shown = ImGuiMouseCursor_Arrow;
    ImGuiMouseCursor now = ImGui::GetMouseCursor();
    // Buttons get the hand, as links do on web pages (ImGui itself keeps the arrow).
    if (now == ImGuiMouseCursor_Arrow && ImGui::IsAnyItemHovered() && !ImGui::GetIO().WantTextInput)
        now = ImGuiMouseCursor_Hand;
    if (now != shown) {
        shown = now;
        js_set_cursor(css_cursor(now));
    }
}

}  // namespace sw::app::input::cursor
