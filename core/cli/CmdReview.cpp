#include "CliCommands.h"

namespace causeway::cli {

QList<CommandSpec> reviewCommands() {
    return {};
}

} // namespace causeway::cli
