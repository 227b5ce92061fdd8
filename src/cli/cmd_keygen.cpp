// stapelwijzer keygen: placeholder until its issue lands (replaced by the real command).
#include <cstdio>

#include "commands.h"

int sw::cli::cmd_keygen(const Args&) {
    std::fputs("stapelwijzer keygen: not built yet\n", stderr);
    return 70;
}
