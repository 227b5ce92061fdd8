// work_pump.cpp: the page side of work_pump.h.
#include "platform/work_pump.h"

#include <emscripten.h>

namespace {

bool (*current)() = nullptr;
bool running = false;

// One channel for the page's life; each message is one task. A task posts the next only when the
// step asks for more, so nothing runs while there is no work.
EM_JS(void, js_pump_post, (), {
    if (!Module.swPump) {
        const channel = new MessageChannel();
        channel.port1.onmessage = function() {
            if (Module._sw_pump_step()) channel.port2.postMessage(0);
        };
        Module.swPump = channel;
    }
    Module.swPump.port2.postMessage(0);
});

}  // namespace

extern "C" EMSCRIPTEN_KEEPALIVE int sw_pump_step() {
    running = current != nullptr && current();
    return running ? 1 : 0;
}

namespace sw::app::work_pump {

void start(bool (*step)()) {
    current = step;
    if (running) return;
    running = true;
    js_pump_post();
}

}  // namespace sw::app::work_pump
