#include "CliCommands.h"

namespace causeway::cli {

QList<CommandSpec> metricsCommands() {
    return {};
}

} // namespace causeway::cli
