// stapelwijzer lint: placeholder until its issue lands (replaced by the real command).
#include <cstdio>

#include "commands.h"

int sw::cli::cmd_lint(const Args&) {
    std::fputs("stapelwijzer lint: not built yet\n", stderr);
    return 70;
}
