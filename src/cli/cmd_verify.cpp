// stapelwijzer verify: placeholder until its issue lands (replaced by the real command).
#include <cstdio>

#include "commands.h"

int sw::cli::cmd_verify(const Args&) {
    std::fputs("stapelwijzer verify: not built yet\n", stderr);
    return 70;
}
