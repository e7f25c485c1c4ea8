#include "TestSupport.h"

#include "editing/PostmortemDocument.h"
#include "mainwindow/MainWindow.h"
#include "model/Fields.h"
#include "report/ExportReportDialog.h"
#include "report/ReportOutput.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QMenuBar>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace causeway;

namespace {

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Runs handle on the modal dialog of type T as soon as it is shown (exec() blocks the test);
// gives up after about five seconds.
template <typename T> void whenModal(const std::function<void(T*)>& handle, int tries = 250) {
    QTimer::singleShot(20, qApp, [handle, tries] {
        if (auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget()))
            handle(dialog);
        else if (tries > 0)
            whenModal<T>(handle, tries - 1);
    });
}

} // namespace

class TestReportOutput : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void auditTrailOnlyWithFull() {
        ExportReportDialog dialog(ExportReportDialog::Mode::Export);
        QCOMPARE(dialog.profile(), ReportProfile::Full);
        QVERIFY(dialog.auditTrailBox()->isEnabled());
        dialog.setAuditTrail(true);
        QVERIFY(dialog.auditTrail());
        QVERIFY(dialog.options().auditTrail);
        const QString fullNote = dialog.auditTrailNote()->text();

        for (ReportProfile narrower : {ReportProfile::Internal, ReportProfile::External}) {
            dialog.setProfile(narrower);
            QCOMPARE(dialog.profile(), narrower);
            QVERIFY(!dialog.auditTrailBox()->isEnabled());
            QVERIFY(!dialog.auditTrailBox()->isChecked());
            QVERIFY(!dialog.auditTrail());
            QVERIFY(!dialog.options().auditTrail);
            QCOMPARE(dialog.options().profile, narrower);
            // Says why it is off.
            QVERIFY(dialog.auditTrailNote()->text() != fullNote);
            QVERIFY(dialog.auditTrailNote()->text().contains(QStringLiteral("Full")));
        }
        // Back to Full: what the user had chosen comes back.
        dialog.setProfile(ReportProfile::Full);
        QVERIFY(dialog.auditTrailBox()->isEnabled());
        QVERIFY(dialog.auditTrail());
        dialog.auditTrailBox()->setChecked(false);
        dialog.setProfile(ReportProfile::Internal);
        dialog.setProfile(ReportProfile::Full);
        QVERIFY(!dialog.auditTrail());
    }

    void paperOnlyWithPdf() {
        ExportReportDialog dialog(ExportReportDialog::Mode::Export);
        QCOMPARE(dialog.format(), ReportFormat::Pdf);
        QVERIFY(dialog.paperBox()->isEnabled());
        dialog.setFormat(ReportFormat::Html);
        QVERIFY(!dialog.paperBox()->isEnabled());
        dialog.setFormat(ReportFormat::Markdown);
        QVERIFY(!dialog.paperBox()->isEnabled());
        dialog.setFormat(ReportFormat::Pdf);
        QVERIFY(dialog.paperBox()->isEnabled());
        dialog.setPaper(QPageSize::Letter);
        QCOMPARE(dialog.request(QStringLiteral("pm")).paper, QPageSize::Letter);
        dialog.setPaper(QPageSize::A4);
        QCOMPARE(dialog.request(QStringLiteral("pm")).paper, QPageSize::A4);
    }

    void defaultPaperFollowsLocale() {
        QCOMPARE(ExportReportDialog::defaultPaper(QLocale(QLocale::English, QLocale::UnitedStates)),
                 QPageSize::Letter);
        QCOMPARE(ExportReportDialog::defaultPaper(QLocale(QLocale::French, QLocale::Canada)),
                 QPageSize::Letter);
        QCOMPARE(
            ExportReportDialog::defaultPaper(QLocale(QLocale::English, QLocale::UnitedKingdom)),
            QPageSize::A4);
        QCOMPARE(ExportReportDialog::defaultPaper(QLocale(QLocale::German, QLocale::Germany)),
                 QPageSize::A4);
    }

    void suffixFollowsFormat() {
        const QString dir = test::tempDir();
        ExportReportDialog dialog(ExportReportDialog::Mode::Export);
        dialog.setDirectory(dir);
        dialog.setPostmortemTitle(QStringLiteral("Checkout: down/EU"));
        QCOMPARE(dialog.path(), QDir(dir).filePath(QStringLiteral("Checkout- down-EU (full).pdf")));
        dialog.setFormat(ReportFormat::Markdown);
        QCOMPARE(QFileInfo(dialog.path()).fileName(),
                 QStringLiteral("Checkout- down-EU (full).md"));
        dialog.setProfile(ReportProfile::External);
        QCOMPARE(QFileInfo(dialog.path()).fileName(),
                 QStringLiteral("Checkout- down-EU (external).md"));
        dialog.setFormat(ReportFormat::Html);
        QCOMPARE(dialog.request(QStringLiteral("pm")).path,
                 QDir(dir).filePath(QStringLiteral("Checkout- down-EU (external).html")));

        // A file the user chose keeps its name; only the suffix follows the format.
        const QString chosen = QDir(dir).filePath(QStringLiteral("for-auditors.pdf"));
        dialog.setPath(chosen);
        QCOMPARE(dialog.path(), QDir(dir).filePath(QStringLiteral("for-auditors.html")));
        dialog.setFormat(ReportFormat::Markdown);
        QCOMPARE(dialog.path(), QDir(dir).filePath(QStringLiteral("for-auditors.md")));
        dialog.setProfile(ReportProfile::Internal);
        QCOMPARE(dialog.path(), QDir(dir).filePath(QStringLiteral("for-auditors.md")));
        // An unknown suffix is part of the name.
        dialog.setPath(QDir(dir).filePath(QStringLiteral("notes.v2")));
        QCOMPARE(dialog.path(), QDir(dir).filePath(QStringLiteral("notes.v2.md")));
        // No file name, no export.
        dialog.setPath(QString());
        QVERIFY(!dialog.acceptButton()->isEnabled());
        dialog.setPath(QStringLiteral("bare"));
        QVERIFY(dialog.acceptButton()->isEnabled());
        QCOMPARE(dialog.path(), QDir(dir).filePath(QStringLiteral("bare.md")));
    }

    void printModeAsksOnlyForTheContent() {
        ExportReportDialog dialog(ExportReportDialog::Mode::Print);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!dialog.formatBox()->isVisible());
        QVERIFY(!dialog.paperBox()->isVisible());
        QVERIFY(!dialog.pathEdit()->isVisible());
        QVERIFY(dialog.fullTimelineBox()->isVisible());
        QVERIFY(dialog.auditTrailBox()->isVisible());
        QVERIFY(dialog.acceptButton()->isEnabled());
        QCOMPARE(dialog.profile(), ReportProfile::Full);
        dialog.setFullTimeline(true);
        QVERIFY(dialog.options().fullTimeline);
        dialog.close();
    }

    void choicesAreRemembered() {
        const QString ini = test::tempPath(QStringLiteral("choices.ini"));
        {
            QSettings settings(ini, QSettings::IniFormat);
            ExportReportDialog dialog(ExportReportDialog::Mode::Export);
            dialog.setFormat(ReportFormat::Html);
            dialog.setProfile(ReportProfile::Internal);
            dialog.setPaper(QPageSize::Letter);
            dialog.setFullTimeline(true);
            dialog.setPath(QDir(test::tempDir()).filePath(QStringLiteral("x.html")));
            dialog.saveChoices(settings);
        }
        const QSettings settings(ini, QSettings::IniFormat);
        ExportReportDialog dialog(ExportReportDialog::Mode::Export);
        dialog.restoreChoices(settings);
        dialog.setPostmortemTitle(QStringLiteral("Queue backlog"));
        QCOMPARE(dialog.format(), ReportFormat::Html);
        QCOMPARE(dialog.profile(), ReportProfile::Internal);
        QCOMPARE(dialog.paper(), QPageSize::Letter);
        QVERIFY(dialog.fullTimeline());
        QCOMPARE(dialog.path(),
                 QDir(test::tempDir()).filePath(QStringLiteral("Queue backlog (internal).html")));
    }

    void exportThroughTheDialogsRequest() {
        test::OpenDocument o = test::openNewDocument(QStringLiteral("Checkout down in EU"));
        ExportReportDialog dialog(ExportReportDialog::Mode::Export);
        dialog.setDirectory(test::tempDir());
        dialog.setPostmortemTitle(o.store->loadPostmortem(o.id)->title());
        ReportOutput output(test::builtinTemplates(), nullptr);

        dialog.setFormat(ReportFormat::Markdown);
        const ExportRequest markdown = dialog.request(o.id);
        QVERIFY(!QFileInfo::exists(markdown.path));
        const Result<ExportOutcome> written = output.runExport(*o.store, markdown);
        QVERIFY2(written.ok(), qPrintable(written.error()));
        QVERIFY(readAll(markdown.path).contains("Checkout down in EU"));

        dialog.setFormat(ReportFormat::Pdf);
        const ExportRequest pdf = dialog.request(o.id);
        const Result<ExportOutcome> pdfWritten = output.runExport(*o.store, pdf);
        QVERIFY2(pdfWritten.ok(), qPrintable(pdfWritten.error()));
        QVERIFY(pdfWritten->pages >= 2); // a cover and the contents at least
        QVERIFY(readAll(pdf.path).startsWith("%PDF"));

        // Into a folder that does not exist: a failure, and no file.
        ExportRequest nowhere = markdown;
        nowhere.path = QDir(test::tempDir()).filePath(QStringLiteral("missing/report.md"));
        const Result<ExportOutcome> failed = output.runExport(*o.store, nowhere);
        QVERIFY(!failed.ok());
        QVERIFY(!failed.error().isEmpty());
        QVERIFY(!output.wasCancelled());
        QVERIFY(!QFileInfo::exists(nowhere.path));
    }

    void printsOnAPrinter() {
        test::OpenDocument o = test::openNewDocument(QStringLiteral("Printer test"));
        ReportOptions options;
        Result<Report> report =
            ReportOutput::buildFromStore(*o.store, test::builtinTemplates(), o.id, options);
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QCOMPARE(report->title, QStringLiteral("Printer test"));

        // A QPrinter writing a file stands in for a real printer.
        const QString path = test::tempPath(QStringLiteral("printed.pdf"));
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(path);
        ReportOutput output(test::builtinTemplates(), nullptr);
        const Result<PdfOutcome> painted = output.paint(report.value(), printer, nullptr);
        QVERIFY2(painted.ok(), qPrintable(painted.error()));
        QVERIFY(painted->pages >= 2);
        QVERIFY(readAll(path).startsWith("%PDF"));

        // The audit trail only for Full; the store's trail when asked.
        options.auditTrail = true;
        QVERIFY(
            ReportOutput::buildFromStore(*o.store, test::builtinTemplates(), o.id, options).ok());
        options.profile = ReportProfile::External;
        QVERIFY(
            !ReportOutput::buildFromStore(*o.store, test::builtinTemplates(), o.id, options).ok());
        QVERIFY(!ReportOutput::buildFromStore(*o.store, test::builtinTemplates(),
                                              QStringLiteral("no-such-id"), ReportOptions())
                     .ok());
    }

    void mainWindowActions() {
        MainWindow w(test::openStore(test::tempPath(QStringLiteral("window.db"))));
        QAction* print = w.printAction();
        QAction* preview = w.printPreviewAction();
        QAction* exportReport = w.exportReportAction();
        QVERIFY(print && preview && exportReport);
        // In the File menu.
        QMenu* file = w.menuBar()->actions().first()->menu();
        QVERIFY(file);
        for (QAction* action : {print, preview, exportReport})
            QVERIFY(file->actions().contains(action));
        QCOMPARE(print->shortcut(), QKeySequence(QKeySequence::Print));
        QCOMPARE(exportReport->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
        // No other action of the window answers to the same keys.
        const auto actions = w.findChildren<QAction*>();
        for (QAction* other : actions) {
            if (other == print || other == exportReport)
                continue;
            for (const QKeySequence& keys : other->shortcuts()) {
                QVERIFY2(keys != print->shortcut(), qPrintable(other->text()));
                QVERIFY2(keys != exportReport->shortcut(), qPrintable(other->text()));
            }
        }

        // Nothing selected: nothing to report.
        QVERIFY(!print->isEnabled());
        QVERIFY(!preview->isEnabled());
        QVERIFY(!exportReport->isEnabled());

        const QString id = w.createPostmortem(
            QStringLiteral("standard"), QStringLiteral("Queue backlog"), QStringLiteral("SEV2"));
        QVERIFY(!id.isEmpty());
        QVERIFY(print->isEnabled());
        QVERIFY(preview->isEnabled());
        QVERIFY(exportReport->isEnabled());
    }

    void exportActionReportsWhatWasJustTyped() {
        MainWindow w(test::openStore(test::tempPath(QStringLiteral("typed.db"))));
        const QString id = w.createPostmortem(
            QStringLiteral("standard"), QStringLiteral("Queue backlog"), QStringLiteral("SEV2"));
        QVERIFY(!id.isEmpty());
        // Not yet autosaved: the export must commit it first.
        w.document()->editField(id, Field::Title, QStringLiteral("Queue backlog in the EU"));
        QVERIFY(w.document()->hasPendingChanges());

        const QString path = test::tempPath(QStringLiteral("typed.md"));
        QString offeredName;
        whenModal<ExportReportDialog>([&](ExportReportDialog* dialog) {
            offeredName = QFileInfo(dialog->path()).completeBaseName();
            dialog->setFormat(ReportFormat::Markdown);
            dialog->setPath(path);
            dialog->accept();
        });
        QSignalSpy status(w.reportOutput(), &ReportOutput::statusMessage);
        w.exportReportAction()->trigger();
        QCOMPARE(offeredName, QStringLiteral("Queue backlog in the EU (full)"));
        QVERIFY(!w.document()->hasPendingChanges());
        QVERIFY(readAll(path).contains("Queue backlog in the EU"));
        QCOMPARE(status.count(), 1);
        QVERIFY(status.first().first().toString().contains(QDir::toNativeSeparators(path)));
    }

    void printPreviewShowsTheReport() {
        MainWindow w(test::openStore(test::tempPath(QStringLiteral("preview.db"))));
        const QString id = w.createPostmortem(
            QStringLiteral("standard"), QStringLiteral("Queue backlog"), QStringLiteral("SEV2"));
        QVERIFY(!id.isEmpty());
        int previewPages = -1;
        bool printModeAsked = false;
        whenModal<ExportReportDialog>([&](ExportReportDialog* dialog) {
            printModeAsked = dialog->mode() == ExportReportDialog::Mode::Print;
            dialog->setProfile(ReportProfile::External);
            dialog->accept();
            whenModal<QPrintPreviewDialog>([&](QPrintPreviewDialog* preview) {
                auto* pages = preview->findChild<QPrintPreviewWidget*>();
                if (pages && QTest::qWaitFor([pages] { return pages->pageCount() > 0; }))
                    previewPages = pages->pageCount();
                const QString dir = qEnvironmentVariable("CAUSEWAY_SCREENSHOT_DIR");
                if (!dir.isEmpty())
                    preview->grab().save(QDir(dir).filePath(QStringLiteral("print-preview.png")));
                preview->reject();
            });
        });
        w.printPreviewAction()->trigger();
        QVERIFY(printModeAsked);
        QVERIFY(previewPages >= 2);
    }

    void screenshotOfTheDialog() {
        // For looking at the layout: set CAUSEWAY_SCREENSHOT_DIR to keep a PNG.
        const QString dir = qEnvironmentVariable("CAUSEWAY_SCREENSHOT_DIR");
        ExportReportDialog dialog(ExportReportDialog::Mode::Export);
        dialog.setDirectory(QStringLiteral("/home/analyst/Documents"));
        dialog.setPostmortemTitle(QStringLiteral("Checkout errors in EU after config push"));
        dialog.setAuditTrail(true);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // Nothing cut off: the dialog is at least as big as its layout wants, also after the
        // notes changed.
        const auto fits = [](const QDialog& d) {
            return d.width() >= d.minimumSizeHint().width() &&
                   d.height() >= d.layout()->totalHeightForWidth(d.width());
        };
        QVERIFY(fits(dialog));
        dialog.setProfile(ReportProfile::External);
        QVERIFY(fits(dialog));
        dialog.setProfile(ReportProfile::Full);
        if (!dir.isEmpty()) {
            QVERIFY(dialog.grab().save(QDir(dir).filePath(QStringLiteral("export-report.png"))));
            dialog.setProfile(ReportProfile::External);
            dialog.setFormat(ReportFormat::Html);
            QVERIFY(dialog.grab().save(
                QDir(dir).filePath(QStringLiteral("export-report-external.png"))));
            ExportReportDialog print(ExportReportDialog::Mode::Print);
            print.show();
            QVERIFY(QTest::qWaitForWindowExposed(&print));
            QVERIFY(print.grab().save(QDir(dir).filePath(QStringLiteral("print-report.png"))));
        }
    }
};

QTEST_MAIN(TestReportOutput)
#include "test_reportoutput.moc"
