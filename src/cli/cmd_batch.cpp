// stapelwijzer batch: placeholder until its issue lands (replaced by the real command).
#include <cstdio>

#include "commands.h"

int sw::cli::cmd_batch(const Args&) {
    std::fputs("stapelwijzer batch: not built yet\n", stderr);
    return 70;
}
