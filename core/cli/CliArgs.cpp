#include "CliArgs.h"

#include "CliCommands.h"

namespace causeway::cli {

namespace {

const QString kDbOption = QStringLiteral("--db");

} // namespace

const QStringList& repeatableOptions() {
    static const QStringList options{QStringLiteral("--recipient")};
    return options;
}

Result<ParsedArgs> parseCommandArgs(const CommandSpec& spec, const QStringList& args) {
    using R = Result<ParsedArgs>;
    ParsedArgs parsed;
    bool optionsEnded = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& arg = args.at(i);
        if (optionsEnded || arg == u"-" || !arg.startsWith(u'-')) {
            parsed.positional.append(arg);
            continue;
        }
        if (arg == u"--") {
            optionsEnded = true;
            continue;
        }
        if (arg == u"-h" || arg == u"--help") {
            parsed.helpRequested = true;
            continue;
        }
        const qsizetype eq = arg.indexOf(u'=');
        const QString name = eq < 0 ? arg : arg.left(eq);
        const bool takesValue = name == kDbOption || spec.valueOptions.contains(name);
        if (!takesValue && !spec.flags.contains(name))
            return R::failure(QStringLiteral("unknown option %1 for \"%2\"").arg(name, spec.name));
        if (!takesValue) {
            if (eq >= 0)
                return R::failure(QStringLiteral("option %1 takes no value").arg(name));
            parsed.options.insert(name, QString());
            continue;
        }
        QString value;
        if (eq >= 0) {
            value = arg.mid(eq + 1);
        } else {
            if (i + 1 >= args.size())
                return R::failure(QStringLiteral("option %1 needs a value").arg(name));
            value = args.at(++i);
        }
        if (value.isEmpty())
            return R::failure(QStringLiteral("option %1 needs a non-empty value").arg(name));
        if (repeatableOptions().contains(name) && parsed.options.contains(name))
            parsed.options[name] += u'\n' + value;
        else
            parsed.options.insert(name, value);
    }
    if (parsed.helpRequested)
        return parsed;
    if (parsed.positional.size() < spec.minArgs)
        return R::failure(QStringLiteral("\"%1\" needs %2; usage: causeway-cli %3")
                              .arg(spec.name, spec.argumentNames, spec.synopsis));
    if (parsed.positional.size() > spec.maxArgs)
        return R::failure(QStringLiteral("unexpected argument \"%1\"; usage: causeway-cli %2")
                              .arg(parsed.positional.at(spec.maxArgs), spec.synopsis));
    return parsed;
}

} // namespace causeway::cli
