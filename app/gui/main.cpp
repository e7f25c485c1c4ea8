#include "actions/ActionsOverview.h"
#include "dashboard/DashboardView.h"
#include "editing/PostmortemDocument.h"
#include "editor/PostmortemEditor.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/StoreOpener.h"
#include "postmortemlist/PostmortemListModel.h"
#include "postmortemlist/PostmortemListPane.h"
#include "settings/SettingsDialog.h"
#include "timeline/TimelineFilterModel.h"
#include "timeline/TimelineModel.h"
#include "timeline/TimelinePane.h"
#include "util/AppEnvironment.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTableView>
#include <QTimer>
#include <QTranslator>

using namespace causeway;

namespace {

void installTranslators(QApplication& app) {
    const QString language = SettingsDialog::languageSetting();
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);

    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);

    // English is the source language, but its plural forms ("1 postmortem") live in
    // causeway_en: it is the fallback for every locale without a translation of its own.
    auto* own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("causeway"), QStringLiteral("_"),
                  QStringLiteral(":/i18n")) ||
        own->load(QStringLiteral(":/i18n/causeway_en.qm")))
        QApplication::installTranslator(own);
}

// The timeline tab with the first event that has evidence selected, so a screenshot shows
// the evidence list filled.
void showTimelineWithEvidence(MainWindow& window) {
    TimelinePane* pane = window.editor()->timeline();
    window.editor()->showTimeline();
    const TimelineModel* model = pane->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(TimelineModel::EvidenceRole).toStringList().isEmpty())
            continue;
        pane->table()->selectRow(pane->filterModel()->mapFromSource(index).row());
        return;
    }
}

// --screenshot FILE: shows the window with a postmortem open (the sample on an empty
// database), saves what it looks like and quits. Used for the README and to check layouts.
// --screenshot-tab timeline|causes|actions|review|conflicts shows that tab instead of the form;
// all-actions shows the overview of every postmortem's actions, dashboard the metrics
// dashboard. conflicts opens the first postmortem with open conflicts, if any.
void scheduleScreenshot(MainWindow& window, const QString& file, const QString& tab) {
    QTimer::singleShot(300, &window, [&window, file, tab] {
        if (!window.store()->isReadOnly() && window.listPane()->listModel()->rowCount() == 0)
            window.openSample();
        else if (window.listPane()->listModel()->rowCount() > 0)
            window.openPostmortem(window.listPane()->listModel()->summaryAt(0).id);
        if (tab == u"timeline")
            showTimelineWithEvidence(window);
        else if (tab == u"causes")
            window.editor()->showCauses();
        else if (tab == u"actions")
            window.editor()->showActions();
        else if (tab == u"review")
            window.editor()->showReview();
        if (tab == u"conflicts") {
            const QList<Record> open = window.store()->openConflicts();
            if (!open.isEmpty())
                window.openPostmortem(open.first().parentId);
            window.editor()->showConflicts();
        }
        // all-actions: the View → All Actions… window instead of the main window.
        QWidget* shown = &window;
        if (tab == u"all-actions")
            shown = ActionsOverview::showFor(&window, window.store(), [](const QString&) {});
        // dashboard: the View → Dashboard window.
        if (tab == u"dashboard")
            shown = DashboardView::showFor(&window, window.store(), [](const QString&) {});
        QTimer::singleShot(700, &window, [shown, file] {
            const bool saved = shown->grab().save(file);
            QCoreApplication::exit(saved ? 0 : 1);
        });
    });
}

} // namespace

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    AppEnvironment::initialize(app);
    QApplication::setApplicationDisplayName(QStringLiteral("Causeway"));
    installTranslators(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Blameless postmortems, offline."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QCoreApplication::translate("main", "Open the database at <path> (default: %1).")
            .arg(QDir::toNativeSeparators(AppEnvironment::defaultDatabasePath())),
        QStringLiteral("path"));
    parser.addOption(dbOption);
    QCommandLineOption screenshotOption(QStringLiteral("screenshot"), QString(),
                                        QStringLiteral("file"));
    screenshotOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(screenshotOption);
    QCommandLineOption screenshotTabOption(QStringLiteral("screenshot-tab"), QString(),
                                           QStringLiteral("tab"));
    screenshotTabOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(screenshotTabOption);
    parser.addPositionalArgument(
        QStringLiteral("bundle"),
        QCoreApplication::translate("main",
                                    "A bundle (.causeway) to import when the window opens."),
        QStringLiteral("[bundle]"));
    parser.process(app);

    const QString path = AppEnvironment::databasePath(parser.value(dbOption));
    auto opened = openStoreForGui(path);
    if (!opened) {
        QMessageBox::critical(
            nullptr, QCoreApplication::translate("main", "Causeway"),
            QCoreApplication::translate("main", "The database %1 could not be opened.\n\n%2")
                .arg(QDir::toNativeSeparators(path), opened.error()));
        return 2;
    }

    MainWindow window(std::move(opened).value());
    window.show();
    if (parser.isSet(screenshotOption))
        scheduleScreenshot(window, parser.value(screenshotOption),
                           parser.value(screenshotTabOption));
    else if (!parser.positionalArguments().isEmpty())
        // Opening a .causeway file with Causeway imports it, once the window is up.
        QTimer::singleShot(0, &window, [&window, file = parser.positionalArguments().first()] {
            window.importBundle(file);
        });
    return QApplication::exec();
}
