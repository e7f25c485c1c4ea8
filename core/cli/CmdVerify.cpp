#include "CliArgs.h"
#include "CliCommands.h"
#include "CliContext.h"
#include "CliFormat.h"
#include "CliSignatures.h"

#include "review/ReviewRecords.h"
#include "signing/Signatures.h"

namespace causeway::cli {

namespace {

// One line per signature: its manifestation (meaning, printed name, role, time, key) and
// state. Returns the number of invalid signatures.
int printSignatureLines(QTextStream& out, const QList<SignatureCheck>& checks) {
    int invalid = 0;
    for (const SignatureCheck& c : checks) {
        out << QStringLiteral("  - ") << SignatureVocabulary::meaningName(c.meaning)
            << QStringLiteral(" by ") << c.name;
        if (!c.role.isEmpty())
            out << QStringLiteral(" (") << c.role << u')';
        out << QStringLiteral(", ") << displayTime(c.signedAt) << QStringLiteral(", key ")
            << c.keyId << QStringLiteral(": ") << c.stateText() << u'\n';
        if (!c.isValid())
            ++invalid;
    }
    return invalid;
}

int printSignatures(QTextStream& out, const Postmortem& pm, const QList<SignatureCheck>& checks) {
    out << pm.id().left(8) << QStringLiteral("  ") << pm.title() << u'\n';
    return printSignatureLines(out, checks);
}

} // namespace

void printSignatureSection(QTextStream& out, const Postmortem& pm) {
    const QString title = QStringLiteral("Signatures");
    out << u'\n' << title << u'\n' << QString(title.size(), u'-') << u'\n';
    const QList<SignatureCheck> checks = Signatures::checkAll(pm);
    if (checks.isEmpty())
        out << QStringLiteral("(not signed)\n");
    else
        printSignatureLines(out, checks);
}

int runVerify(Context& ctx, const ParsedArgs& args) {
    auto store = ctx.openStore(Context::Access::Read);
    if (!store)
        return ExitUsage;
    QStringList ids;
    if (!args.positional.isEmpty()) {
        const auto id = ctx.resolveId(*store, args.positional.first());
        if (!id)
            return ExitUsage;
        ids.append(*id);
    } else {
        for (const PostmortemSummary& s : store->listPostmortems(ListScope::All))
            ids.append(s.id);
    }

    QTextStream& out = ctx.out();
    const VerifyReport report = store->verify();
    const QString integrity = store->integrityCheck();
    const bool auditOk = report.ok && integrity == u"ok";
    if (auditOk) {
        out << QStringLiteral("ok: %1 audit entries verified\n").arg(report.entries);
    } else {
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
    }

    // Every signature of the chosen postmortems, checked against their current content.
    int total = 0;
    int invalid = 0;
    bool headed = false;
    for (const QString& id : ids) {
        const auto pm = store->loadPostmortem(id);
        if (!pm)
            continue;
        const QList<SignatureCheck> checks = Signatures::checkAll(*pm);
        if (checks.isEmpty())
            continue;
        if (!headed) {
            out << QStringLiteral("signatures:\n");
            headed = true;
        }
        invalid += printSignatures(out, *pm, checks);
        total += static_cast<int>(checks.size());
    }
    if (total == 0 && !args.positional.isEmpty())
        out << QStringLiteral("signatures: none on %1\n").arg(ids.first());
    else if (total > 0 && invalid == 0)
        out << QStringLiteral("ok: %1 signature%2 valid\n")
                   .arg(total)
                   .arg(total == 1 ? QString() : QStringLiteral("s"));
    else if (invalid > 0)
        out << QStringLiteral("FAILED: %1 of %2 signatures invalid\n").arg(invalid).arg(total);
    return auditOk && invalid == 0 ? ExitOk : ExitProblems;
}

} // namespace causeway::cli
