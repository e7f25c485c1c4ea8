#include "CliCommands.h"

namespace causeway::cli {

QString generalHelp() {
    QString text = QStringLiteral(
        "Usage: causeway-cli [--db PATH] COMMAND [ARGS]\n\n"
        "Causeway keeps blameless postmortems in a local database. This tool reads and\n"
        "writes the same database as the Causeway application.\n\n"
        "Commands:\n");
    for (const CommandSpec& spec : commands())
        text += QStringLiteral("  %1%2\n").arg(spec.name.leftJustified(13), spec.summary);
    text += QStringLiteral(
        "  help COMMAND Show the help of one command\n\n"
        "Options:\n"
        "  --db PATH    The database file (default: $CAUSEWAY_DB, then the application's\n"
        "               data folder)\n"
        "  --help       Show this help\n"
        "  --version    Show the version\n\n"
        "Exit status: 0 success, 1 a check found problems or a rule refused the request,\n"
        "2 a usage or input error (nothing was written).\n");
    return text;
}

QString commandHelp(const CommandSpec& spec) {
    return QStringLiteral("Usage: causeway-cli [--db PATH] ") + spec.synopsis +
           QStringLiteral("\n\n") + spec.description + u'\n';
}

} // namespace causeway::cli
