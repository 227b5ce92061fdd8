// clipboard.cpp: the 1.86 GLFW backend wires ImGui's clipboard to glfwGet/SetClipboardString,
// which are empty stubs in Emscripten 3.1.6. Copy goes to navigator.clipboard (and a local copy
// for pasting inside the app); paste is read from the page's `paste` event, which the browser
// fires right after the Ctrl+V keydown and before ImGui handles that key on the next frame.
#include <emscripten.h>
#include <imgui.h>

#include <string>

#include "platform/idle.h"
#include "platform/input.h"

namespace {

std::string local_clipboard;

EM_JS(void, js_write_clipboard, (const char* text), {
    const t = UTF8ToString(text);
    if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(t).catch(function() {});
});

EM_JS(void, js_listen_paste, (), {
    window.addEventListener("paste", function(e) {
        const t = e.clipboardData ? e.clipboardData.getData("text/plain") : "";
        Module.ccall("sw_clipboard_pasted", null, ["string"], [t]);
    });
});

const char* get_clipboard(void*) { return local_clipboard.c_str(); }

void set_clipboard(void*, const char* text) {
    local_clipboard = text ? text : "";
    js_write_clipboard(local_clipboard.c_str());
}

}  // namespace

extern "C" EMSCRIPTEN_KEEPALIVE void sw_clipboard_pasted(const char* text) {
    local_clipboard = text ? text : "";
    sw::app::idle::wake();
}

namespace sw::app::input::clipboard {

void install() {
    ImGuiIO& io = ImGui::GetIO();
    io.GetClipboardTextFn = get_clipboard;
    io.SetClipboardTextFn = set_clipboard;
    io.ClipboardUserData = nullptr;
    js_listen_paste();
}

}  // namespace sw::app::input::clipboard
