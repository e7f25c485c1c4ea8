#include "CliArgs.h"
#include "CliCommands.h"
#include "CliContext.h"

namespace causeway::cli {

int runVerify(Context& ctx, const ParsedArgs&) {
    auto store = ctx.openStore(Context::Access::Read);
    if (!store)
        return ExitUsage;
    const VerifyReport report = store->verify();
    const QString integrity = store->integrityCheck();
    if (report.ok && integrity == u"ok") {
        ctx.out() << QStringLiteral("ok: %1 audit entries verified\n").arg(report.entries);
        return ExitOk;
    }
    QTextStream& out = ctx.out();
    out << QStringLiteral("FAILED: %1\n").arg(store->path());
    if (!report.ok) {
        out << QStringLiteral("audit trail: %1 entries checked").arg(report.entries);
        if (report.firstBadSeq > 0)
            out << QStringLiteral("; first bad entry: #%1").arg(report.firstBadSeq);
        out << u'\n';
        for (const QString& problem : report.problems)
            out << QStringLiteral("  - ") << problem << u'\n';
    }
    if (integrity != u"ok")
        out << QStringLiteral("database integrity check: ") << integrity << u'\n';
    return ExitProblems;
}

} // namespace causeway::cli
