#include "CliCommands.h"

namespace causeway::cli {

QList<CommandSpec> actionCommands() {
    return {};
}

} // namespace causeway::cli
