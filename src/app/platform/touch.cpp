// touch.cpp: Emscripten 3.1.6's GLFW sends touches to its mouse handlers but never reads the
// finger's position, so a tap lands where the mouse last was. These handlers take over touch on
// the canvas (returning EM_TRUE also stops the browser's emulated mouse events, which would click
// twice). A tap becomes a click at the finger, delivered over two frames so ImGui sees press and
// release; a drag of more than a few pixels scrolls instead of clicking.
#include <emscripten/html5.h>
#include <imgui.h>

#include <cfloat>
#include <cmath>

#include "platform/idle.h"
#include "platform/input.h"
#include "widgets_registry.h"

namespace sw::app::input {
namespace {

constexpr float kDragThreshold = 10.0f;  // CSS px: less is a tap (fingers wobble)

struct State {
    bool active = false;
    bool scrolling = false;
    long id = -1;
    float start_x = 0, start_y = 0, x = 0, y = 0;
    float scroll_dy = 0;
    int click_phase = 0;  // 0 none, 1 press, 2 release, 3 hover cleared
    float click_x = 0, click_y = 0;
    bool touch_mode = false;  // last pointer was a finger: hide the stale mouse position
} s;

const EmscriptenTouchPoint* find(const EmscriptenTouchEvent* e, bool changed_only) {
    for (int i = 0; i < e->numTouches; ++i) {
        const auto& t = e->touches[i];
        if (changed_only && !t.isChanged) continue;
        if (s.id < 0 || t.identifier == s.id) return &t;
    }
    return nullptr;
}

EM_BOOL on_start(int, const EmscriptenTouchEvent* e, void*) {
    s.touch_mode = true;
    if (!s.active) {
        const auto* t = find(e, true);
        if (!t) return EM_TRUE;
        s.active = true;
        s.scrolling = false;
        s.id = t->identifier;
        s.start_x = s.x = static_cast<float>(t->targetX);
        s.start_y = s.y = static_cast<float>(t->targetY);
    }
    idle::wake();
    return EM_TRUE;
}

EM_BOOL on_move(int, const EmscriptenTouchEvent* e, void*) {
    const auto* t = s.active ? find(e, true) : nullptr;
    if (!t) return EM_TRUE;
    float nx = static_cast<float>(t->targetX), ny = static_cast<float>(t->targetY);
    if (!s.scrolling && std::hypot(nx - s.start_x, ny - s.start_y) > kDragThreshold) s.scrolling = true;
    if (s.scrolling) s.scroll_dy += ny - s.y;
    s.x = nx;
    s.y = ny;
    idle::wake();
    return EM_TRUE;
}

EM_BOOL on_end(int type, const EmscriptenTouchEvent* e, void*) {
    const auto* t = s.active ? find(e, true) : nullptr;
    if (!t) return EM_TRUE;
    if (type == EMSCRIPTEN_EVENT_TOUCHEND && !s.scrolling) {
        s.click_phase = 1;
        s.click_x = s.x;
        s.click_y = s.y;
        // iOS opens the keyboard only for focus() inside a touchend handler: decide it here.
        if (const auto* field = widgets::text_field_at(s.x, s.y))
            text_proxy::focus_for(field->kind == widgets::Kind::Number, field->x, field->y, field->w, field->h);
    }
    s.active = false;
    s.id = -1;
    idle::wake();
    return EM_TRUE;
}

}  // namespace

void touch_mouse_moved() {
    if (!s.active && s.click_phase == 0) s.touch_mode = false;
}

namespace touch {

void install() {
    emscripten_set_touchstart_callback("#canvas", nullptr, false, on_start);
    emscripten_set_touchmove_callback("#canvas", nullptr, false, on_move);
    emscripten_set_touchend_callback("#canvas", nullptr, false, on_end);
    emscripten_set_touchcancel_callback("#canvas", nullptr, false, on_end);
}

void apply(float dpr) {
    if (!s.touch_mode) return;
    ImGuiIO& io = ImGui::GetIO();
    switch (s.click_phase) {
        case 1:
            io.MousePos = ImVec2(s.click_x * dpr, s.click_y * dpr);
            io.MouseDown[0] = true;
            s.click_phase = 2;
            idle::wake();
            return;
        case 2:
            io.MousePos = ImVec2(s.click_x * dpr, s.click_y * dpr);
            io.MouseDown[0] = false;
            s.click_phase = 3;
            idle::wake();
            return;
        case 3:
            s.click_phase = 0;
            break;
        default:
            break;
    }
    io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);  // no finger: nothing is hovered
    io.MouseDown[0] = false;
}

float take_scroll_delta() {
    float d = s.scroll_dy;
    s.scroll_dy = 0;
    return d;
}

}  // namespace touch
}  // namespace sw::app::input
