#include "platform/idle.h"

namespace sw::app::idle {
namespace {
int owed = 3;
unsigned long drawn = 0;
}  // namespace

void wake(int frames) {
    if (frames > owed) owed = frames;
}

bool take_frame() {
    if (owed <= 0) return false;
    --owed;
    return true;
}

unsigned long drawn_frames() { return drawn; }
void count_drawn_frame() { ++drawn; }

}  // namespace sw::app::idle
