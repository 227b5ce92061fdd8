// idle.h: render only when something changed (battery and CPU on phones). Every input, resize or
// state change calls wake(); the main loop draws while frames are owed and skips otherwise.
// ImGui needs a couple of frames to settle after an event (hover, layout), hence several frames.
#pragma once

namespace sw::app::idle {

void wake(int frames = 3);
// True when this frame must be drawn; consumes one owed frame.
bool take_frame();
// Frames actually drawn since start (the test hook reports it: idle tests check it stays still).
unsigned long drawn_frames();
void count_drawn_frame();

}  // namespace sw::app::idle
