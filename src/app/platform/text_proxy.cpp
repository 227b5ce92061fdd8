// text_proxy.cpp: phones show their keyboard only for a focused HTML input, never for a canvas.
// A hidden <input id="sw-text-proxy"> (web/index.html) is focused when a tap lands on a text or
// number field (touch.cpp, inside touchend as iOS requires). What the user types there is fed to
// ImGui as characters and Backspace. GLFW listens for keys on `window` in the capture phase, so it
// sees every key event before the input does and stopping them there is too late: while the input
// has focus, GLFW's characters are dropped instead (input_glfw.cpp), its keys (Backspace, Enter,
// Ctrl+A) still count. Composition (IME) is read when done. The input does not take taps
// (web/style.css), so a second tap on the same spot still reaches the app.
#include <GLFW/glfw3.h>
#include <emscripten.h>
#include <imgui.h>

#include <deque>

#include "platform/idle.h"
#include "platform/input.h"

namespace {

std::deque<int> pending_keys;  // GLFW key codes to press, one per frame
int held_key = -1;             // pressed last frame: release now
bool proxy_focused = false;
// A tap focuses the input in touchend, before ImGui has seen the press that activates the field:
// give it a few frames before "no active text field" closes the keyboard again.
constexpr int kGraceFrames = 4;
int frames_focused = 0;

// The EM_JS bodies are JavaScript.
// clang-format off

EM_JS(void, js_install_proxy, (), {
    const proxy = document.getElementById("sw-text-proxy");
    if (!proxy) return;
    const SENTINEL = "  ";  // lets a Backspace on an "empty" field still change the value
    const reset = function() {
        proxy.value = SENTINEL;
        try { proxy.setSelectionRange(SENTINEL.length, SENTINEL.length); } catch (e) {}
    };
    reset();
    const flush = function() {
        const v = proxy.value;
        if (SENTINEL.startsWith(v)) {
            for (let i = v.length; i < SENTINEL.length; i++) Module._sw_proxy_key(8);
        } else {
            // Typed after the end, or over a selected sentinel: the text is what is not sentinel.
            const added = v.startsWith(SENTINEL) ? v.slice(SENTINEL.length) : v.replace(new RegExp("^ +"), "");
            if (added) Module.ccall("sw_proxy_text", null, ["string"], [added]);
        }
        reset();
    };
    proxy.addEventListener("input", function(e) { if (!e.isComposing) flush(); });
    proxy.addEventListener("compositionend", flush);
    const stop = function(e) {
        e.stopPropagation();
        // Ctrl+A reached ImGui through GLFW; selecting the sentinel here would eat the next key.
        if (e.type === "keydown" && (e.ctrlKey || e.metaKey) && (e.key === "a" || e.key === "A")) e.preventDefault();
        if (e.type === "keydown" && e.key === "Enter") {
            e.preventDefault();
            // keyCode 13 already reached GLFW (capture phase); an IME's Enter (229) did not.
            if (e.keyCode !== 13) Module._sw_proxy_key(13);
            proxy.blur();
        }
    };
    ["keydown", "keyup", "keypress"].forEach(function(t) { proxy.addEventListener(t, stop); });
    proxy.addEventListener("focus", function() { Module._sw_proxy_focus(1); });
    proxy.addEventListener("blur", function() { Module._sw_proxy_focus(0); });
});

EM_JS(void, js_focus_proxy, (int numeric, float x, float y, float w, float h), {
    const proxy = document.getElementById("sw-text-proxy");
    if (!proxy) return;
    proxy.inputMode = numeric ? "decimal" : "text";
    // At the field, so the browser scrolls the page to it when the keyboard opens.
    proxy.style.left = x + "px";
    proxy.style.top = y + "px";
    proxy.style.width = Math.max(1, w) + "px";
    proxy.style.height = Math.max(1, h) + "px";
    proxy.focus({preventScroll : false});
});

EM_JS(void, js_blur_proxy, (), {
    const proxy = document.getElementById("sw-text-proxy");
    if (proxy && document.activeElement === proxy) proxy.blur();
});
// clang-format on

}  // namespace

extern "C" {
EMSCRIPTEN_KEEPALIVE void sw_proxy_text(const char* utf8) {
    ImGui::GetIO().AddInputCharactersUTF8(utf8);
    sw::app::idle::wake();
}
EMSCRIPTEN_KEEPALIVE void sw_proxy_key(int dom_key_code) {
    pending_keys.push_back(dom_key_code == 13 ? GLFW_KEY_ENTER : GLFW_KEY_BACKSPACE);
    sw::app::idle::wake(static_cast<int>(pending_keys.size()) * 2 + 3);
}
EMSCRIPTEN_KEEPALIVE void sw_proxy_focus(int focused) {
    proxy_focused = focused != 0;
    frames_focused = 0;
    sw::app::idle::wake();
}
}

namespace sw::app::input::text_proxy {

void install() {
    js_install_proxy();
}

void focus_for(bool numeric, float x, float y, float w, float h) {
    frames_focused = 0;
    js_focus_proxy(numeric ? 1 : 0, x, y, w, h);
}

bool focused() {
    return proxy_focused;
}

void apply() {
    ImGuiIO& io = ImGui::GetIO();
    if (held_key >= 0) {
        io.KeysDown[held_key] = false;
        held_key = -1;
        idle::wake();
    } else if (!pending_keys.empty()) {
        held_key = pending_keys.front();
        pending_keys.pop_front();
        io.KeysDown[held_key] = true;
        idle::wake();
    }
}

void after_frame() {
    // The field lost focus in ImGui (tap elsewhere, Enter): close the phone keyboard too.
    if (!proxy_focused) return;
    if (frames_focused < kGraceFrames) {
        ++frames_focused;
        idle::wake();  // draw until the grace is over, so the check below runs
        return;
    }
    if (!ImGui::GetIO().WantTextInput && pending_keys.empty() && held_key < 0) js_blur_proxy();
}

}  // namespace sw::app::input::text_proxy
