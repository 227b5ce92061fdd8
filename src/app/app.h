// app.h: the app as the main loop sees it: set up once, then draw one frame over the whole
// display. Everything below (view-model, views, planner) is reached from here.
#pragma once

namespace sw::app {

void init();
// Draws the UI for one frame (between ImGui::NewFrame and ImGui::Render).
void draw(float dpr);

}  // namespace sw::app
