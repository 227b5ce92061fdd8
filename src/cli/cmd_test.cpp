// stapelwijzer test: placeholder until its issue lands (replaced by the real command).
#include <cstdio>

#include "commands.h"

int sw::cli::cmd_test(const Args&) {
    std::fputs("stapelwijzer test: not built yet\n", stderr);
    return 70;
}
