// The subcommands of `stapelwijzer`, one file each (cmd_<name>.cpp). Each takes the arguments
// after its name and returns the process exit code (docs/contract.md: 0 ok, 2 bad input, 3 rules
// refused, other non-zero internal error). Messages go to stderr, results to stdout.
#pragma once

#include <string>
#include <vector>

namespace sw::cli {

using Args = std::vector<std::string>;

int cmd_plan(const Args& args);
int cmd_explain(const Args& args);
int cmd_batch(const Args& args);
int cmd_lint(const Args& args);
int cmd_test(const Args& args);
int cmd_verify(const Args& args);
int cmd_keygen(const Args& args);
int cmd_sign(const Args& args);
int cmd_catalogue(const Args& args);  // coverage as Markdown (docs/coverage.md)
int cmd_diff(const Args& args);       // two versions of the rules compared (docs/cli.md)

}  // namespace sw::cli
