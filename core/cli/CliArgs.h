#pragma once

#include "util/Result.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace causeway::cli {

struct CommandSpec;

// The arguments of one command after option parsing.
struct ParsedArgs {
    QStringList positional;
    QMap<QString, QString> options; // "--name" -> value ("" for a flag)
    bool helpRequested = false;

    bool has(const QString& option) const { return options.contains(option); }
    QString value(const QString& option) const { return options.value(option); }
    // Every value of a repeatable option (repeatableOptions()), in order.
    QStringList values(const QString& option) const {
        return has(option) ? options.value(option).split(u'\n') : QStringList();
    }
};

// Parses a command's arguments against its spec: "--opt value", "--opt=value", flags,
// "-" as a positional (stdin) and "--" ending the options. --db is accepted everywhere and
// returned in options like any other value option.
// Value options that may be given more than once (--recipient); the others keep their last value.
const QStringList& repeatableOptions();
Result<ParsedArgs> parseCommandArgs(const CommandSpec& spec, const QStringList& args);

} // namespace causeway::cli
