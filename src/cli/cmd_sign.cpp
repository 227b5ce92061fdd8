// stapelwijzer sign: placeholder until its issue lands (replaced by the real command).
#include <cstdio>

#include "commands.h"

int sw::cli::cmd_sign(const Args&) {
    std::fputs("stapelwijzer sign: not built yet\n", stderr);
    return 70;
}
