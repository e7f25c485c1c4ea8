#include "report/ReportOutput.h"

#include "editing/PostmortemDocument.h"
#include "model/Template.h"
#include "report/ExportReportDialog.h"
#include "store/Store.h"

#include <QDir>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QSettings>

namespace causeway {

namespace {

constexpr int kStatusTimeoutMs = 8000;
// How many missing characters the message lists before "and N more"; all are in the
// details.
constexpr int kWarningsShown = 8;

// A cancellable progress dialog fed by the ReportProgress callback. It appears only after a
// moment, so a short report never flashes one; while it shows, setValue lets Cancel through.
class ProgressWindow {
public:
    ProgressWindow(const QString& title, const QString& label, QWidget* parent)
        : m_dialog(label, ReportOutput::tr("Cancel"), 0, 0, parent) {
        m_dialog.setWindowTitle(title);
        m_dialog.setWindowModality(Qt::WindowModal);
        m_dialog.setMinimumDuration(400);
        m_dialog.setAutoReset(false);
        m_dialog.setAutoClose(false);
        m_dialog.setValue(0);
    }
    ~ProgressWindow() { m_dialog.close(); }
    ProgressWindow(const ProgressWindow&) = delete;
    ProgressWindow& operator=(const ProgressWindow&) = delete;

    ReportProgress callback() {
        return [this](int done, int total) {
            if (total > 0 && m_dialog.maximum() != total)
                m_dialog.setMaximum(total);
            m_dialog.setValue(qBound(0, done, qMax(total, 0)));
            return !m_dialog.wasCanceled();
        };
    }
    bool cancelled() const { return m_dialog.wasCanceled(); }

private:
    QProgressDialog m_dialog;
};

const Template* templateFor(const TemplateRegistry& templates, const Postmortem& pm) {
    // A postmortem from a template this installation lacks still reports, with the
    // standard labels; MainWindow opens it the same way.
    if (const Template* t = templates.find(pm.templateId()))
        return t;
    return templates.find(QStringLiteral("standard"));
}

} // namespace

ReportOutput::ReportOutput(const TemplateRegistry& templates, QWidget* window)
    : QObject(window)
    , m_templates(templates)
    , m_window(window) {}

// Steps -------------------------------------------------------------------------------

Result<ExportOutcome> ReportOutput::runExport(const Store& store, const ExportRequest& request) {
    ProgressWindow progress(tr("Export Report"),
                            tr("Writing %1…").arg(QDir::toNativeSeparators(request.path)),
                            m_window);
    Result<ExportOutcome> outcome =
        causeway::exportReport(store, m_templates, request, progress.callback());
    m_cancelled = !outcome && progress.cancelled();
    return outcome;
}

Result<Report> ReportOutput::buildFromStore(const Store& store, const TemplateRegistry& templates,
                                            const QString& postmortemId,
                                            const ReportOptions& options) {
    const std::optional<Postmortem> pm = store.loadPostmortem(postmortemId);
    if (!pm)
        return Result<Report>::failure(
            tr("The postmortem %1 is not in the database.").arg(postmortemId));
    ReportInputs inputs;
    inputs.tmpl = templateFor(templates, *pm);
    if (options.auditTrail) {
        Result<QList<AuditEntry>> trail = store.auditTrail(postmortemId);
        if (!trail)
            return Result<Report>::failure(trail.error());
        inputs.auditTrail = std::move(trail).value();
    }
    return buildReport(*pm, inputs, options);
}

Result<PdfOutcome> ReportOutput::paint(const Report& report, QPrinter& printer, QWidget* parent) {
    ProgressWindow progress(tr("Print Report"), tr("Laying out the pages…"),
                            parent ? parent : m_window.data());
    Result<PdfOutcome> outcome = paintReport(report, printer, progress.callback());
    m_cancelled = !outcome && progress.cancelled();
    return outcome;
}

// Commands ----------------------------------------------------------------------------

void ReportOutput::exportReport(Store* store, PostmortemDocument* document,
                                const QString& postmortemId) {
    if (!store || postmortemId.isEmpty() || !commitPending(document, postmortemId))
        return;
    const std::optional<Postmortem> pm = store->loadPostmortem(postmortemId);
    if (!pm) {
        showFailure(tr("Report Not Exported"),
                    tr("The postmortem %1 is not in the database.").arg(postmortemId));
        return;
    }
    ExportReportDialog dialog(ExportReportDialog::Mode::Export, m_window);
    {
        const QSettings settings;
        dialog.restoreChoices(settings);
    }
    dialog.setPostmortemTitle(pm->title());
    if (dialog.exec() != QDialog::Accepted)
        return;
    {
        QSettings settings;
        dialog.saveChoices(settings);
    }
    const ExportRequest request = dialog.request(postmortemId);
    const QString file = QDir::toNativeSeparators(request.path);
    const Result<ExportOutcome> outcome = runExport(*store, request);
    if (!outcome) {
        if (m_cancelled) {
            Q_EMIT statusMessage(tr("Export cancelled; %1 was not written.").arg(file),
                                 kStatusTimeoutMs);
            return;
        }
        showFailure(tr("Report Not Exported"),
                    tr("The report could not be written to %1.\n\n%2").arg(file, outcome.error()));
        return;
    }
    Q_EMIT statusMessage(request.format == ReportFormat::Pdf
                             ? tr("Exported %1 (%n page(s))", nullptr, outcome->pages).arg(file)
                             : tr("Exported %1").arg(file),
                         kStatusTimeoutMs);
    showWarnings(tr("Report Exported with Warnings"), outcome->warnings);
}

void ReportOutput::print(Store* store, PostmortemDocument* document, const QString& postmortemId) {
    const std::optional<Report> report = reportForPrinting(store, document, postmortemId);
    if (!report)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(report->title);
    printer.setPageSize(QPageSize(ExportReportDialog::defaultPaper()));
    QPrintDialog dialog(&printer, m_window);
    dialog.setWindowTitle(tr("Print Report"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Result<PdfOutcome> outcome = paint(*report, printer, m_window);
    if (!outcome) {
        if (m_cancelled)
            Q_EMIT statusMessage(tr("Printing cancelled."), kStatusTimeoutMs);
        else
            showFailure(tr("Report Not Printed"),
                        tr("The report could not be printed on %1.\n\n%2")
                            .arg(printer.outputFileName().isEmpty()
                                     ? printer.printerName()
                                     : QDir::toNativeSeparators(printer.outputFileName()),
                                 outcome.error()));
        return;
    }
    Q_EMIT statusMessage(
        tr("Printed “%1” (%n page(s))", nullptr, outcome->pages).arg(report->title),
        kStatusTimeoutMs);
    showWarnings(tr("Report Printed with Warnings"), outcome->warnings);
}

void ReportOutput::printPreview(Store* store, PostmortemDocument* document,
                                const QString& postmortemId) {
    const std::optional<Report> report = reportForPrinting(store, document, postmortemId);
    if (!report)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(report->title);
    printer.setPageSize(QPageSize(ExportReportDialog::defaultPaper()));
    QPrintPreviewDialog preview(&printer, m_window);
    preview.setWindowTitle(tr("Print Preview — %1").arg(report->title));
    // Pages need room; the dialog's own default is a small square.
    if (m_window)
        preview.resize(m_window->size() * 4 / 5);
    // The preview repaints after every page setup change; the last outcome is the one the
    // user saw (and maybe printed from the preview).
    std::optional<Result<PdfOutcome>> last;
    connect(&preview, &QPrintPreviewDialog::paintRequested, &preview,
            [this, &report, &last, &preview](QPrinter* target) {
                last = paint(*report, *target, &preview);
            });
    preview.exec();
    if (!last)
        return;
    if (!last->ok()) {
        if (!m_cancelled)
            showFailure(tr("Report Not Shown"),
                        tr("The report could not be laid out.\n\n%1").arg(last->error()));
        return;
    }
    showWarnings(tr("Report Shown with Warnings"), last->value().warnings);
}

// Helpers -----------------------------------------------------------------------------

bool ReportOutput::commitPending(PostmortemDocument* document, const QString& postmortemId) {
    // Like signing: the report is of the stored record, so what was typed a moment ago
    // must be in it.
    if (!document || document->id() != postmortemId)
        return true;
    const Status flushed = document->flush();
    if (flushed)
        return true;
    showFailure(tr("Report Not Made"),
                tr("The latest changes could not be saved, so the report would miss them.\n\n%1")
                    .arg(flushed.error()));
    return false;
}

std::optional<ReportOptions> ReportOutput::chooseForPrinting(const QString& title) {
    // Full by default: whoever prints at their desk ran the analysis; choosing a narrower
    // profile is a decision made each time, so it is not remembered.
    ExportReportDialog dialog(ExportReportDialog::Mode::Print, m_window);
    dialog.setPostmortemTitle(title);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.options();
}

std::optional<Report> ReportOutput::reportForPrinting(Store* store, PostmortemDocument* document,
                                                      const QString& postmortemId) {
    if (!store || postmortemId.isEmpty() || !commitPending(document, postmortemId))
        return std::nullopt;
    const std::optional<Postmortem> pm = store->loadPostmortem(postmortemId);
    if (!pm) {
        showFailure(tr("Report Not Made"),
                    tr("The postmortem %1 is not in the database.").arg(postmortemId));
        return std::nullopt;
    }
    const std::optional<ReportOptions> options = chooseForPrinting(pm->title());
    if (!options)
        return std::nullopt;
    Result<Report> report = buildFromStore(*store, m_templates, postmortemId, *options);
    if (!report) {
        showFailure(tr("Report Not Made"), report.error());
        return std::nullopt;
    }
    return std::move(report).value();
}

void ReportOutput::showWarnings(const QString& title, const QStringList& warnings) {
    if (warnings.isEmpty())
        return;
    QStringList shown = warnings.mid(0, kWarningsShown);
    if (warnings.size() > kWarningsShown)
        shown.append(
            tr("… and %n more (see Show Details)", nullptr, int(warnings.size() - kWarningsShown)));
    QMessageBox box(QMessageBox::Information, title,
                    tr("The report is complete, with these warnings:"), QMessageBox::Ok, m_window);
    box.setInformativeText(shown.join(u'\n'));
    if (warnings.size() > kWarningsShown)
        box.setDetailedText(warnings.join(u'\n'));
    box.exec();
}

void ReportOutput::showFailure(const QString& title, const QString& message) {
    QMessageBox::warning(m_window, title, message);
}

} // namespace causeway
