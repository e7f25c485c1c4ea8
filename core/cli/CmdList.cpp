#include "CliArgs.h"
#include "CliCommands.h"
#include "CliContext.h"
#include "CliFormat.h"

#include <QHash>

namespace causeway::cli {

namespace {

void printSummaries(Context& ctx, const ParsedArgs& args, const QList<PostmortemSummary>& rows) {
    if (args.has(QStringLiteral("--json")))
        printSummaryJson(ctx.out(), rows);
    else
        printSummaryTable(ctx.out(), rows);
}

} // namespace

int runList(Context& ctx, const ParsedArgs& args) {
    auto store = ctx.openStore(Context::Access::Read);
    if (!store)
        return ExitUsage;
    const ListScope scope =
        args.has(QStringLiteral("--trash")) ? ListScope::Trash : ListScope::Active;
    printSummaries(ctx, args, store->listPostmortems(scope));
    return ExitOk;
}

int runSearch(Context& ctx, const ParsedArgs& args) {
    const QString query = args.positional.first().trimmed();
    if (query.isEmpty())
        return ctx.fail(QStringLiteral("\"search\" needs a non-empty QUERY"));
    auto store = ctx.openStore(Context::Access::Read);
    if (!store)
        return ExitUsage;
    auto found = store->search(query);
    if (!found)
        return ctx.fail(QStringLiteral("cannot search for \"%1\": %2").arg(query, found.error()));
    QHash<QString, PostmortemSummary> byId;
    for (const PostmortemSummary& s : store->listPostmortems(ListScope::Active))
        byId.insert(s.id, s);
    QList<PostmortemSummary> rows;
    for (const QString& id : found.value()) {
        if (byId.contains(id))
            rows.append(byId.value(id));
    }
    printSummaries(ctx, args, rows);
    return ExitOk;
}

} // namespace causeway::cli
