// stapelwijzer plan: placeholder until its issue lands (replaced by the real command).
#include <cstdio>

#include "commands.h"

int sw::cli::cmd_plan(const Args&) {
    std::fputs("stapelwijzer plan: not built yet\n", stderr);
    return 70;
}
