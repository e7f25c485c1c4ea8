#include "actions/ActionsOverview.h"
#include "bundle/ExportBundleDialog.h"
#include "causes/Cause.h"
#include "coach/PostmortemLint.h"
#include "common/DarkPalette.h"
#include "common/FirstPaintProbe.h"
#include "dashboard/DashboardView.h"
#include "editing/PostmortemDocument.h"
#include "editor/PostmortemEditor.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/StoreOpener.h"
#include "meeting/Agenda.h"
#include "meeting/MeetingPane.h"
#include "meeting/PresenterWindow.h"
#include "newpostmortem/NewPostmortemDialog.h"
#include "postmortemlist/PostmortemListModel.h"
#include "postmortemlist/PostmortemListPane.h"
#include "report/ExportReportDialog.h"
#include "settings/SettingsDialog.h"
#include "timeline/ImportDialog.h"
#include "timeline/TimelineEvent.h"
#include "timeline/TimelineFilterModel.h"
#include "timeline/TimelineModel.h"
#include "timeline/TimelinePane.h"
#include "util/AppEnvironment.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QGuiApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QScreen>
#include <QStyleFactory>
#include <QTableView>
#include <QTimer>
#include <QTranslator>

using namespace causeway;

namespace {

// --lang de (or CAUSEWAY_LANG=de) overrides the language setting for one run, for
// screenshots and tests in a language other than the machine's. It is read before the
// command line parser exists, as the parser's own help texts are translated.
QString languageOverride(const QStringList& arguments) {
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == u"--lang" && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (argument.startsWith(u"--lang="))
            return argument.mid(7);
    }
    return qEnvironmentVariable("CAUSEWAY_LANG");
}

void installTranslators(QApplication& app) {
    const QString override = languageOverride(QCoreApplication::arguments());
    const QString language = override.isEmpty() ? SettingsDialog::languageSetting() : override;
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

// Every size the desktop files install (packaging/icons), so each window manager and task
// bar picks a sharp one.
QIcon applicationIcon() {
    QIcon icon;
    // Window icons go up to 256 px; the 512 px image (for the desktop's icon theme) would
    // only cost start-up time to decode.
    for (const int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/hicolor/%1x%1/causeway.png").arg(size),
                     QSize(size, size));
    return icon;
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
// --screenshot-tab timeline|causes|actions|review|meeting|conflicts shows that tab instead of the
// form; all-actions shows the overview of every postmortem's actions, dashboard the metrics
// dashboard. conflicts opens the first postmortem with open conflicts, if any.
// settings, new-postmortem, export-report, export-bundle, import-timeline: that dialog,
// shown without blocking, so layouts can be checked in every language.
QWidget* screenshotDialog(MainWindow& window, const QString& tab) {
    QDialog* dialog = nullptr;
    if (tab == u"settings") {
        dialog = new SettingsDialog(&window);
    } else if (tab == u"new-postmortem") {
        static TemplateRegistry templates;
        dialog = new NewPostmortemDialog(templates, &window);
    } else if (tab == u"export-report") {
        auto* report = new ExportReportDialog(ExportReportDialog::Mode::Export, &window);
        if (window.listPane()->listModel()->rowCount() > 0)
            report->setPostmortemTitle(window.listPane()->listModel()->summaryAt(0).title);
        dialog = report;
    } else if (tab == u"export-bundle") {
        dialog = new ExportBundleDialog(*window.store(), nullptr, QString(), &window);
    } else if (tab == u"import-timeline") {
        dialog = new ImportDialog(window.store(), window.document(), &window);
    }
    if (dialog) {
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    }
    return dialog;
}

// The first postmortem of the list, or the sample on an empty database.
void openFirstPostmortem(MainWindow& window) {
    if (!window.store()->isReadOnly() && window.listPane()->listModel()->rowCount() == 0)
        window.openSample();
    else if (window.listPane()->listModel()->rowCount() > 0)
        window.openPostmortem(window.listPane()->listModel()->summaryAt(0).id);
}

void scheduleScreenshot(MainWindow& window, const QString& file, const QString& tab) {
    QTimer::singleShot(300, &window, [&window, file, tab] {
        openFirstPostmortem(window);
        if (tab == u"timeline")
            showTimelineWithEvidence(window);
        else if (tab == u"causes")
            window.editor()->showCauses();
        else if (tab == u"actions")
            window.editor()->showActions();
        else if (tab == u"review")
            window.editor()->showReview();
        else if (tab == u"meeting")
            window.editor()->showMeeting();
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
        if (QWidget* dialog = screenshotDialog(window, tab))
            shown = dialog;
        QTimer::singleShot(700, &window, [shown, file] {
            const bool saved = shown->grab().save(file);
            QCoreApplication::exit(saved ? 0 : 1);
        });
    });
}

// --screenshot-presenter FILE: the meeting's presenter window at 1920x1080 (a projector),
// showing --presenter-view agenda|timeline|fishbone|actions, saved and the app quits.
void schedulePresenterScreenshot(MainWindow& window, const QString& file, const QString& view) {
    QTimer::singleShot(300, &window, [&window, file, view] {
        openFirstPostmortem(window);
        window.editor()->showMeeting();
        MeetingPane* pane = window.editor()->meetingPane();
        const PresenterView shown = Agenda::viewFromName(view).value_or(PresenterView::Agenda);
        pane->session()->setPresenterView(shown);
        // The facilitator's selection, pointed out: the third event, or the first cause.
        if (const PostmortemDocument* doc = window.editor()->document()) {
            const QList<Record> events = doc->postmortem().childrenOfKind(Kind::Event);
            const QList<Record> causes = doc->postmortem().childrenOfKind(Kind::Cause);
            if (shown == PresenterView::Timeline && events.size() > 2)
                pane->session()->setFocusedRecord(events.at(2).id);
            else if (shown == PresenterView::Fishbone && !causes.isEmpty())
                pane->session()->setFocusedRecord(causes.first().id);
        }
        PresenterWindow* presenter = pane->ensurePresenter();
        // With a second screen, as a facilitator would get it; else at projector size.
        if (QGuiApplication::screens().size() > 1) {
            presenter->present();
        } else {
            presenter->resize(1920, 1080);
            presenter->show();
        }
        QTimer::singleShot(700, &window, [&window, presenter, file] {
            auto where = [](const QWidget* w) {
                const QRect g = w->screen()->geometry();
                return QStringLiteral("%1 at %2,%3").arg(w->screen()->name()).arg(g.x()).arg(g.y());
            };
            qInfo("%d screen(s); main window on %s; presenter on %s, %dx%d%s",
                  int(QGuiApplication::screens().size()), qPrintable(where(&window)),
                  qPrintable(where(presenter)), presenter->width(), presenter->height(),
                  presenter->isFullScreen() ? " full screen" : "");
            const bool saved = presenter->grab().save(file);
            QCoreApplication::exit(saved ? 0 : 1);
        });
    });
}

// Options for screenshots and checks: left out of --help, which is for users.
QCommandLineOption addHiddenOption(QCommandLineParser& parser, const QString& name,
                                   const QString& valueName) {
    QCommandLineOption option(name, QString(), valueName);
    option.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(option);
    return option;
}

} // namespace

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    AppEnvironment::initialize(app);
    // The review checklist's blameless-language item comes from the language coach.
    coach::registerLanguageReview();
    QApplication::setApplicationDisplayName(QStringLiteral("Causeway"));
    // Matches the installed desktop entry, so Wayland compositors show its name and icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.causeway.Causeway"));
    QApplication::setWindowIcon(applicationIcon());
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
    const QCommandLineOption langOption(
        QStringLiteral("lang"),
        QCoreApplication::translate("main", "Show Causeway in <language> (en or de) for this run, "
                                            "instead of the language setting."),
        QStringLiteral("language"));
    parser.addOption(langOption);
    const QCommandLineOption screenshotOption =
        addHiddenOption(parser, QStringLiteral("screenshot"), QStringLiteral("file"));
    const QCommandLineOption screenshotTabOption =
        addHiddenOption(parser, QStringLiteral("screenshot-tab"), QStringLiteral("tab"));
    // --palette dark: the Fusion style with a dark palette, to check contrast without a
    // desktop whose theme is dark.
    const QCommandLineOption paletteOption =
        addHiddenOption(parser, QStringLiteral("palette"), QStringLiteral("dark"));
    const QCommandLineOption presenterShotOption =
        addHiddenOption(parser, QStringLiteral("screenshot-presenter"), QStringLiteral("file"));
    const QCommandLineOption presenterViewOption =
        addHiddenOption(parser, QStringLiteral("presenter-view"), QStringLiteral("view"));
    // --exit-after-paint start|timeline: for the performance runner. Quits once the window has
    // painted, printing the time and peak memory; timeline first opens the list's first
    // postmortem on its timeline.
    const QCommandLineOption exitAfterPaintOption =
        addHiddenOption(parser, QStringLiteral("exit-after-paint"), QStringLiteral("view"));
    parser.addPositionalArgument(
        QStringLiteral("bundle"),
        QCoreApplication::translate("main",
                                    "A bundle (.causeway) to import when the window opens."),
        QStringLiteral("[bundle]"));
    parser.process(app);
    if (parser.value(paletteOption) == u"dark") {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
    }

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
    if (parser.isSet(exitAfterPaintOption)) {
        if (parser.value(exitAfterPaintOption) == u"timeline") {
            openFirstPostmortem(window);
            window.editor()->showTimeline();
        }
        FirstPaintProbe::install(&window);
    }
    window.show();
    if (parser.isSet(screenshotOption))
        scheduleScreenshot(window, parser.value(screenshotOption),
                           parser.value(screenshotTabOption));
    else if (parser.isSet(presenterShotOption))
        schedulePresenterScreenshot(window, parser.value(presenterShotOption),
                                    parser.value(presenterViewOption));
    else if (!parser.positionalArguments().isEmpty())
        // Opening a .causeway file with Causeway imports it, once the window is up.
        QTimer::singleShot(0, &window, [&window, file = parser.positionalArguments().first()] {
            window.importBundle(file);
        });
    return QApplication::exec();
}
