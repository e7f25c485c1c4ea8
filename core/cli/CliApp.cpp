#include "CliApp.h"

#include "CliArgs.h"
#include "CliCommands.h"
#include "CliContext.h"

namespace causeway::cli {

namespace {

int runHelp(Context& ctx, const QStringList& args) {
    if (args.isEmpty()) {
        ctx.out() << generalHelp();
        return ExitOk;
    }
    if (args.size() > 1)
        return ctx.fail(QStringLiteral("\"help\" takes one command name"));
    const CommandSpec* spec = findCommand(args.first());
    if (!spec)
        return ctx.fail(QStringLiteral("unknown command \"%1\"; run \"causeway-cli --help\" for "
                                       "the list of commands")
                            .arg(args.first()));
    ctx.out() << commandHelp(*spec);
    return ExitOk;
}

} // namespace

int run(const QStringList& arguments, QIODevice& in, QIODevice& out, QIODevice& err) {
    Context ctx(in, out, err);

    // Global options come before the command.
    qsizetype i = 0;
    for (; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        if (arg == u"--help" || arg == u"-h")
            return runHelp(ctx, {});
        if (arg == u"--version" || arg == u"-V") {
            ctx.out() << QStringLiteral("causeway-cli " CAUSEWAY_VERSION "\n");
            return ExitOk;
        }
        if (arg == u"--db") {
            if (i + 1 >= arguments.size() || arguments.at(i + 1).isEmpty())
                return ctx.fail(QStringLiteral("option --db needs a file path"));
            ctx.setDatabaseOption(arguments.at(++i));
            continue;
        }
        if (arg.startsWith(QStringLiteral("--db="))) {
            if (arg.size() == 5)
                return ctx.fail(QStringLiteral("option --db needs a file path"));
            ctx.setDatabaseOption(arg.mid(5));
            continue;
        }
        if (arg.startsWith(u'-'))
            return ctx.fail(
                QStringLiteral("unknown option %1; run \"causeway-cli --help\"").arg(arg));
        break;
    }
    if (i >= arguments.size()) {
        ctx.err() << generalHelp();
        return ctx.fail(QStringLiteral("no command given"));
    }

    const QString name = arguments.at(i);
    const QStringList rest = arguments.mid(i + 1);
    if (name == u"help")
        return runHelp(ctx, rest);
    const CommandSpec* spec = findCommand(name);
    if (!spec)
        return ctx.fail(
            QStringLiteral("unknown command \"%1\"; run \"causeway-cli --help\" for the "
                           "list of commands")
                .arg(name));
    auto parsed = parseCommandArgs(*spec, rest);
    if (!parsed)
        return ctx.fail(parsed.error());
    if (parsed->helpRequested) {
        ctx.out() << commandHelp(*spec);
        return ExitOk;
    }
    if (parsed->has(QStringLiteral("--db")))
        ctx.setDatabaseOption(parsed->value(QStringLiteral("--db")));
    return spec->handler(ctx, parsed.value());
}

bool needsGuiApplication(const QStringList& arguments) {
    // The same reading of the global options as run(): the first word that is neither an
    // option nor the value of --db is the command.
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        if (arg == u"--db") {
            ++i;
            continue;
        }
        if (arg.startsWith(u'-'))
            continue;
        return arg == u"diagram" || arg == u"export";
    }
    return false;
}

} // namespace causeway::cli
