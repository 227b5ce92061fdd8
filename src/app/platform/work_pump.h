// work_pump.h: long work (the employer view's rows) in short tasks of their own, between the
// browser's input events and animation frames, instead of inside the frames: the page answers
// within one task, frames are drawn only when something must be shown, and the work is not
// held to the frame rate (docs/employer.md "The employer view").
#pragma once

namespace sw::app::work_pump {

// Calls `step` in a task of its own (a MessageChannel message, which the browser does not
// throttle like a timer), again and again while it returns true. Each call should work for a
// few milliseconds only. Starting it while it runs replaces the step.
void start(bool (*step)());

}  // namespace sw::app::work_pump
