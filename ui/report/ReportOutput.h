#pragma once

#include "report/ReportExport.h"

#include <QObject>
#include <QPointer>

class QPrinter;
class QWidget;

namespace causeway {

class PostmortemDocument;
class Store;
class TemplateRegistry;

// File → Export Report…, Print… and Print Preview… for one postmortem. Every report is
// built from the postmortem as saved in the store (the open document's pending edits are
// committed first), never from the screen, so it is what the CLI would export. The main
// window owns one and calls it with the current postmortem; it tells the user itself.
class ReportOutput : public QObject {
    Q_OBJECT
public:
    ReportOutput(const TemplateRegistry& templates, QWidget* window);

    // document: the open document (or null); its edits are committed when it is the
    // postmortem's. Each asks for the choices, then reports the outcome.
    void exportReport(Store* store, PostmortemDocument* document, const QString& postmortemId);
    void print(Store* store, PostmortemDocument* document, const QString& postmortemId);
    void printPreview(Store* store, PostmortemDocument* document, const QString& postmortemId);

    // The steps without the choosing, for the above and for tests.
    // Writes the file with a cancellable progress dialog.
    Result<ExportOutcome> runExport(const Store& store, const ExportRequest& request);
    // The report of the postmortem as stored, with its audit trail when options ask.
    static Result<Report> buildFromStore(const Store& store, const TemplateRegistry& templates,
                                         const QString& postmortemId, const ReportOptions& options);
    // Paints on the printer with a cancellable progress dialog.
    Result<PdfOutcome> paint(const Report& report, QPrinter& printer, QWidget* parent);
    // Whether the last runExport or paint failed because the user pressed Cancel.
    bool wasCancelled() const { return m_cancelled; }

Q_SIGNALS:
    // For the status bar: "Exported … (N pages)", "Export cancelled".
    void statusMessage(const QString& message, int timeoutMs);

private:
    bool commitPending(PostmortemDocument* document, const QString& postmortemId);
    // Asks for the profile and the optional parts; empty when the user cancelled.
    std::optional<ReportOptions> chooseForPrinting(const QString& title);
    std::optional<Report> reportForPrinting(Store* store, PostmortemDocument* document,
                                            const QString& postmortemId);
    void showWarnings(const QString& title, const QStringList& warnings);
    void showFailure(const QString& title, const QString& message);

    const TemplateRegistry& m_templates;
    QPointer<QWidget> m_window;
    bool m_cancelled = false;
};

} // namespace causeway
