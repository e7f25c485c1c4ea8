#include "CliArgs.h"
#include "CliCommands.h"
#include "CliContext.h"

#include "model/Template.h"
#include "report/ReportExport.h"

#include <QDir>
#include <QFileInfo>

namespace causeway::cli {

namespace {

std::optional<QPageSize::PageSizeId> paperFromName(const QString& name) {
    const QString key = name.trimmed().toLower();
    if (key == u"a4")
        return QPageSize::A4;
    if (key == u"letter")
        return QPageSize::Letter;
    return std::nullopt;
}

int runExport(Context& ctx, const ParsedArgs& args) {
    // Usage is checked before the database is opened, so a typo costs nothing.
    const auto format = reportFormatFromName(args.positional.at(0));
    if (!format)
        return ctx.fail(QStringLiteral("export: expected pdf, markdown or html, not \"%1\"")
                            .arg(args.positional.at(0)));
    const QString output = args.has(QStringLiteral("-o")) ? args.value(QStringLiteral("-o"))
                                                          : args.value(QStringLiteral("--output"));
    if (output.isEmpty())
        return ctx.fail(QStringLiteral("export needs the file to write: -o FILE"));
    if (QFileInfo(output).isDir())
        return ctx.fail(QStringLiteral("%1 is a folder; -o needs a file name")
                            .arg(QDir::toNativeSeparators(output)));

    ExportRequest request;
    request.format = *format;
    request.path = output;
    if (args.has(QStringLiteral("--profile"))) {
        const auto profile = reportProfileFromName(args.value(QStringLiteral("--profile")));
        if (!profile)
            return ctx.fail(QStringLiteral("--profile: expected full, internal or external, "
                                           "not \"%1\"")
                                .arg(args.value(QStringLiteral("--profile"))));
        request.options.profile = *profile;
    }
    if (args.has(QStringLiteral("--paper"))) {
        const auto paper = paperFromName(args.value(QStringLiteral("--paper")));
        if (!paper)
            return ctx.fail(QStringLiteral("--paper: expected a4 or letter, not \"%1\"")
                                .arg(args.value(QStringLiteral("--paper"))));
        request.paper = *paper;
    }
    request.options.fullTimeline = args.has(QStringLiteral("--full-timeline"));
    request.options.auditTrail = args.has(QStringLiteral("--audit-trail"));
    // The audit trail names who changed what: only the full report may carry it.
    if (request.options.auditTrail && request.options.profile != ReportProfile::Full)
        return ctx.fail(QStringLiteral("--audit-trail is only allowed with --profile full: the "
                                       "%1 profile never shows who changed what")
                            .arg(reportProfileName(request.options.profile)));

    if (const int code = ctx.needFonts(QStringLiteral("exporting a report")); code != ExitOk)
        return code;

    auto store = ctx.openStore(Context::Access::Read);
    if (!store)
        return ExitUsage;
    const auto id = ctx.resolveId(*store, args.positional.at(1));
    if (!id)
        return ExitUsage;
    request.postmortemId = *id;

    const Result<ExportOutcome> outcome = exportReport(*store, ctx.templates(), request);
    if (!outcome)
        return ctx.fail(outcome.error());
    for (const QString& warning : outcome->warnings)
        ctx.err() << QStringLiteral("causeway-cli: warning: ") << warning << u'\n';
    const QString profile = reportProfileName(request.options.profile);
    if (request.format == ReportFormat::Pdf)
        ctx.out() << QStringLiteral("wrote %1 (%2 pages, profile %3)\n")
                         .arg(QDir::toNativeSeparators(output))
                         .arg(outcome->pages)
                         .arg(profile);
    else
        ctx.out() << QStringLiteral("wrote %1 (profile %2)\n")
                         .arg(QDir::toNativeSeparators(output), profile);
    return ExitOk;
}

} // namespace

QList<CommandSpec> exportCommands() {
    return {
        {QStringLiteral("export"),
         QStringLiteral("export pdf|markdown|html ID -o FILE [--profile full|internal|external] "
                        "[--paper a4|letter] [--full-timeline] [--audit-trail]"),
         QStringLiteral("a format (pdf, markdown or html) and an ID"),
         QStringLiteral("Write the report as PDF/A, Markdown or HTML"),
         QStringLiteral(
             "Writes the postmortem's report: cover, contents, summary, impact, phases, the\n"
             "key events, the 5-whys tree, the fishbone, actions, lessons, signatures and the\n"
             "evidence hashes.\n"
             "pdf       PDF/A-1b for archives, fonts embedded\n"
             "markdown  CommonMark with GitHub tables; the fishbone as nested lists\n"
             "html      one self-contained file; the fishbone as inline SVG\n"
             "--profile full|internal|external  what the readers may see (default full):\n"
             "          internal leaves out what is marked confidential or restricted;\n"
             "          external also what is marked internal, names people and teams by\n"
             "          role and leaves out evidence contents and ticket references\n"
             "--paper a4|letter   the PDF page size (default a4)\n"
             "--full-timeline     every timeline event, not only the key events\n"
             "--audit-trail       the audit entries as an appendix (profile full only)\n"
             "FILE is replaced only once the report is complete. Prints the pages written;\n"
             "warnings (e.g. characters the font lacks) go to standard error.\n"
             "Needs no display; the fonts are DejaVu Sans (package fonts-dejavu-core)."),
         {QStringLiteral("--full-timeline"), QStringLiteral("--audit-trail")},
         {QStringLiteral("-o"), QStringLiteral("--output"), QStringLiteral("--profile"),
          QStringLiteral("--paper")},
         2,
         2,
         &runExport},
    };
}

} // namespace causeway::cli
