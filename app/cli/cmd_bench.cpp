#include "cli.h"

namespace offprint::cli {

int cmdBench(const Invocation &)
{
    return usageError(QStringLiteral("bench: not available in this build yet"));
}

} // namespace offprint::cli
