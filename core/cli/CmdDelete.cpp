#include "CliArgs.h"
#include "CliCommands.h"
#include "CliContext.h"

namespace causeway::cli {

int runDelete(Context& ctx, const ParsedArgs& args) {
    auto store = ctx.openStore(Context::Access::Write);
    if (!store)
        return ExitUsage;
    const auto id = ctx.resolveId(*store, args.positional.first());
    if (!id)
        return ExitUsage;
    if (auto deleted = store->setDeleted(*id, true); !deleted)
        return ctx.refuse(QStringLiteral("could not delete %1: %2").arg(*id, deleted.error()));
    ctx.out() << QStringLiteral("moved %1 to the trash\n").arg(*id);
    return ExitOk;
}

} // namespace causeway::cli
