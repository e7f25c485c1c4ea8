#include "CliArgs.h"
#include "CliCommands.h"
#include "CliContext.h"

#include "model/PostmortemJson.h"

#include <QFile>

namespace causeway::cli {

int runImportJson(Context& ctx, const ParsedArgs& args) {
    const QString file = args.positional.first();
    const bool fromStdin = file == u"-";
    const QString source = fromStdin ? QStringLiteral("standard input") : file;
    QByteArray bytes;
    if (fromStdin) {
        bytes = ctx.in().readAll();
    } else {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return ctx.fail(QStringLiteral("cannot read %1: %2").arg(file, f.errorString()));
        bytes = f.readAll();
    }

    // The whole document is validated before the store is opened: a bad file leaves the
    // database untouched, byte for byte.
    auto parsed = PostmortemJson::fromJson(bytes, ctx.templates());
    if (!parsed)
        return ctx.fail(source + QStringLiteral(": ") + parsed.error());

    auto store = ctx.openStore(Context::Access::Write);
    if (!store)
        return ExitUsage;
    auto imported = store->importPostmortem(parsed.value());
    if (!imported)
        return ctx.fail(QStringLiteral("could not import %1: %2").arg(source, imported.error()));
    const ImportOutcome& outcome = imported.value();
    if (outcome.created)
        ctx.out() << QStringLiteral("created ") << outcome.id << u'\n';
    else
        ctx.out()
            << QStringLiteral("updated %1 (%2 fields)").arg(outcome.id).arg(outcome.changedFields)
            << u'\n';
    return ExitOk;
}

} // namespace causeway::cli
