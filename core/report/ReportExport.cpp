#include "report/ReportExport.h"

#include "model/Template.h"
#include "report/ReportText.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace causeway {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("causeway", text);
}

QString cannotWrite(const QString& path, const QString& reason) {
    return tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason);
}

// Through a temporary file next to path: the old file, if any, stays until the new one is
// complete, and a failure leaves nothing half-written.
Status writeFile(const QString& path, const QByteArray& bytes) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(cannotWrite(path, file.errorString()));
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return Status::failure(cannotWrite(path, reason));
    }
    if (!file.commit())
        return Status::failure(cannotWrite(path, file.errorString()));
    return {};
}

void appendNew(QStringList& into, const QStringList& from) {
    for (const QString& warning : from) {
        if (!into.contains(warning))
            into.append(warning);
    }
}

} // namespace

std::optional<ReportFormat> reportFormatFromName(const QString& name) {
    const QString key = name.trimmed().toLower();
    if (key == u"pdf")
        return ReportFormat::Pdf;
    if (key == u"markdown" || key == u"md")
        return ReportFormat::Markdown;
    if (key == u"html" || key == u"htm")
        return ReportFormat::Html;
    return std::nullopt;
}

QString reportFormatSuffix(ReportFormat format) {
    switch (format) {
    case ReportFormat::Pdf:
        return QStringLiteral("pdf");
    case ReportFormat::Markdown:
        return QStringLiteral("md");
    case ReportFormat::Html:
        return QStringLiteral("html");
    }
    return QString();
}

Result<ExportOutcome> exportReport(const Store& store, const TemplateRegistry& templates,
                                   const ExportRequest& request, const ReportProgress& progress) {
    if (request.path.isEmpty())
        return Result<ExportOutcome>::failure(tr("no file to write the report to"));
    const std::optional<Postmortem> pm = store.loadPostmortem(request.postmortemId);
    if (!pm)
        return Result<ExportOutcome>::failure(
            tr("there is no postmortem %1 in %2")
                .arg(request.postmortemId, QDir::toNativeSeparators(store.path())));

    ReportInputs inputs;
    inputs.tmpl = templates.find(pm->templateId());
    // Only Full may show the trail; for any other profile buildReport refuses the option
    // with its own message, and the entries are not worth reading first.
    if (request.options.auditTrail && request.options.profile == ReportProfile::Full) {
        Result<QList<AuditEntry>> trail = store.auditTrail(pm->root.id);
        if (!trail)
            return Result<ExportOutcome>::failure(trail.error());
        inputs.auditTrail = std::move(trail).value();
    }

    Result<Report> report = buildReport(*pm, inputs, request.options);
    if (!report)
        return Result<ExportOutcome>::failure(report.error());

    ExportOutcome outcome;
    appendNew(outcome.warnings, report->warnings);
    switch (request.format) {
    case ReportFormat::Pdf: {
        const Result<PdfOutcome> pdf =
            writeReportPdf(report.value(), request.path, request.paper, progress);
        if (!pdf)
            return Result<ExportOutcome>::failure(pdf.error());
        outcome.pages = pdf->pages;
        appendNew(outcome.warnings, pdf->warnings);
        break;
    }
    case ReportFormat::Markdown:
    case ReportFormat::Html: {
        // Text is written in one go; progress only tells that it is done.
        if (progress && !progress(0, 1))
            return Result<ExportOutcome>::failure(tr("the export was cancelled"));
        const QByteArray bytes = request.format == ReportFormat::Html
                                     ? reportHtml(report.value())
                                     : reportMarkdown(report.value());
        const Status written = writeFile(request.path, bytes);
        if (!written)
            return Result<ExportOutcome>::failure(written.error());
        if (progress)
            progress(1, 1);
        break;
    }
    }
    return outcome;
}

} // namespace causeway
