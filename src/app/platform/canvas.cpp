#include "platform/canvas.h"

#include <emscripten/html5.h>

#include <cmath>

#include "platform/idle.h"

namespace sw::app::canvas {

Size measure() {
    double css_w = 0, css_h = 0;
    emscripten_get_element_css_size("#canvas", &css_w, &css_h);
    float dpr = static_cast<float>(emscripten_get_device_pixel_ratio());
    if (!(dpr > 0.25f && dpr < 8.0f)) dpr = 1.0f;  // guard against odd browser values
    Size s;
    s.width = static_cast<int>(std::lround(css_w * dpr));
    s.height = static_cast<int>(std::lround(css_h * dpr));
    if (s.width < 1) s.width = 1;
    if (s.height < 1) s.height = 1;
    s.dpr = dpr;
    return s;
}

bool poll(GLFWwindow*, Size& size) {
    const Size now = measure();
    const int w = now.width, h = now.height;
    const float dpr = now.dpr;
    bool dpr_changed = dpr != size.dpr;
    if (w != size.width || h != size.height || dpr_changed) {
        size.width = w;
        size.height = h;
        size.dpr = dpr;
        // Not glfwSetWindowSize: Emscripten's GLFW treats a size equal to the screen's as a
        // request for full screen (and pointer lock). The app's display size comes from here.
        emscripten_set_canvas_element_size("#canvas", w, h);
        idle::wake();
    }
    return dpr_changed;
}

}  // namespace sw::app::canvas
