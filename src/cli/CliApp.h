#pragma once

#include <iosfwd>

namespace casebook::cli {

// Parses the arguments, runs one command and returns its exit code (docs/cli.md).
int runCli(int argc, char** argv, std::ostream& out, std::ostream& err);

}  // namespace casebook::cli
