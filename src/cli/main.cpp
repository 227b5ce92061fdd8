// stapelwijzer: which training budgets apply to a course, and how to stack them.
#include <cstdio>
#include <cstring>
#include <exception>
#include <string>

#include "commands.h"

#ifdef __EMSCRIPTEN__
#include <unistd.h>
#endif

namespace {

const char* kUsage =
    "stapelwijzer " SW_APP_VERSION
    "\n"
    "Usage:\n"
    "  stapelwijzer plan   [--rules BUNDLE] --input CASE.json|-     one case -> result JSON\n"
    "  stapelwijzer explain [--rules BUNDLE] --input CASE.json|- --scheme ID [--format text|json] [--lang "
    "nl|en]\n"
    "                                                               every condition of one scheme\n"
    "  stapelwijzer batch  [--rules BUNDLE] --input STAFF.csv|.jsonl --output OUT.csv|.jsonl\n"
    "  stapelwijzer verify [--rules BUNDLE]                         signature, manifest, expiry\n"
    "  stapelwijzer lint   RULES.json...                            schema and semantic checks\n"
    "  stapelwijzer test   RULES-TESTS-DIR                          the catalogue's scenarios\n"
    "  stapelwijzer diff   OLD NEW [--tests DIR]                    what changed, which outcomes change\n"
    "  stapelwijzer catalogue --markdown [--rules BUNDLE]           coverage per sector (docs/coverage.md)\n"
    "  stapelwijzer keygen | sign                                   see `stapelwijzer sign --help`\n"
    "  stapelwijzer --help | --version\n"
    "Without --rules the signed Dutch catalogue built into this binary is used.\n"
    "Exit codes: 0 ok, 2 bad input, 3 rules refused, other: internal error.\n";

struct Command {
    const char* name;
    int (*run)(const sw::cli::Args&);
};

const Command kCommands[] = {
    {"plan", sw::cli::cmd_plan},     {"explain", sw::cli::cmd_explain}, {"batch", sw::cli::cmd_batch},
    {"verify", sw::cli::cmd_verify}, {"lint", sw::cli::cmd_lint},       {"test", sw::cli::cmd_test},
    {"keygen", sw::cli::cmd_keygen}, {"sign", sw::cli::cmd_sign},       {"catalogue", sw::cli::cmd_catalogue},
    {"diff", sw::cli::cmd_diff},
};

}  // namespace

int main(int argc, char** argv) {
#ifdef __EMSCRIPTEN__
    // The Node build (src/cli/CMakeLists.txt): Emscripten's C library line-buffers stdout even into
    // a pipe or a file, one write per line (0.6 s of `stapelwijzer test`'s 754 lines). Buffer it
    // fully there, as glibc does natively; src/cli/node_env.js makes isatty() tell the truth.
    static char stdout_buffer[1 << 16];  // musl ignores the size without a buffer of our own
    if (!isatty(STDOUT_FILENO)) std::setvbuf(stdout, stdout_buffer, _IOFBF, sizeof stdout_buffer);
#endif
    if (argc < 2 || std::strcmp(argv[1], "--help") == 0 || std::strcmp(argv[1], "-h") == 0) {
        std::fputs(kUsage, argc < 2 ? stderr : stdout);
        return argc < 2 ? 2 : 0;
    }
    if (std::strcmp(argv[1], "--version") == 0) {
        std::printf("stapelwijzer %s\n", SW_APP_VERSION);
        return 0;
    }
    for (const Command& c : kCommands) {
        if (std::strcmp(argv[1], c.name) == 0) {
            try {
                return c.run(sw::cli::Args(argv + 2, argv + argc));
            } catch (const std::exception& e) {
                std::fprintf(stderr, "stapelwijzer: internal error: %s\n", e.what());
                return 70;
            }
        }
    }
    std::fprintf(stderr, "stapelwijzer: unknown command '%s'\n\n%s", argv[1], kUsage);
    return 2;
}
