// input_scroll.h: applies a finger drag (platform/touch.cpp) to the current window's scroll.
#pragma once

#include <imgui.h>

#include "platform/input.h"

namespace sw::app {

// Call right after Begin() of the scrolling window. The drag is in CSS px, ImGui in device px.
inline void apply_touch_scroll(float dpr) {
    float dy = input::take_scroll_delta();
    if (dy != 0.0f) ImGui::SetScrollY(ImGui::GetScrollY() - dy * dpr);
}

}  // namespace sw::app
