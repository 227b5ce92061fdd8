// canvas.h: keeps the canvas's backing store at CSS size x devicePixelRatio, so text is crisp on
// high-DPI screens and under browser zoom. Emscripten 3.1.6's GLFW has no content scale and no
// resize callback, so this polls once per animation frame (cheap: two DOM reads).
#pragma once

struct GLFWwindow;

namespace sw::app::canvas {

struct Size {
    int width = 0, height = 0;  // backing store, device pixels (= ImGui's display size)
    float dpr = 0.0f;           // device pixels per CSS pixel (0 until the first poll)
};

// Reads the CSS size and the DPR; resizes the canvas's backing store when they changed (the
// caller then sets ImGui's DisplaySize from `size`, not from GLFW). Returns true if the
// DPR changed (fonts and style must then be rebuilt before the next NewFrame).
bool poll(GLFWwindow* window, Size& size);

// The size poll() would give now, without touching the canvas: the window is created at it, so the
// backing store web/boot.js already sized is never reallocated at start (each resize waits for the
// GPU process).
Size measure();

}  // namespace sw::app::canvas
