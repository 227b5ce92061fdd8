// work_pump.cpp: the page side of work_pump.h.
#include "platform/work_pump.h"

#include <emscripten.h>

namespace {

bool (*current)() = nullptr;
bool running = false;

// One channel for the page's life; each message is one task. A task posts the next only when the
// step asks for more, so nothing runs while there is no work. A browser runs posted tasks ahead
// of drawing for a while (Chromium up to about 100 ms), so when no animation frame has come for
// kYieldMs the next slice waits for one: input and frames never wait much longer than that.
EM_JS(void, js_pump_post, (double yield_ms), {
    if (!Module.swPump) {
        const pump = {channel : new MessageChannel(), frame : performance.now(), watching : false};
        const watch = function() {
            pump.frame = performance.now();
            if (pump.watching) requestAnimationFrame(watch);
        };
        pump.post = function() {
            if (!pump.watching) {
                pump.watching = true;
                pump.frame = performance.now();
                requestAnimationFrame(watch);
            }
            pump.channel.port2.postMessage(0);
        };
        pump.channel.port1.onmessage = function() {
            if (!Module._sw_pump_step()) {
                pump.watching = false;
                return;
            }
            if (performance.now() - pump.frame < yield_ms)
                pump.channel.port2.postMessage(0);
            else
                requestAnimationFrame(function() { pump.channel.port2.postMessage(0); });
        };
        Module.swPump = pump;
    }
    Module.swPump.post();
});

// The longest the work goes on without an animation frame in between (two frames at 60 Hz).
constexpr double kYieldMs = 33.0;

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
    js_pump_post(kYieldMs);
}

}  // namespace sw::app::work_pump
