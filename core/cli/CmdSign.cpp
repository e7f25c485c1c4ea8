#include "CliCommands.h"

namespace causeway::cli {

QList<CommandSpec> signingCommands() {
    return {};
}

} // namespace causeway::cli
