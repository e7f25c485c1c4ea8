#include "mainwindow/MainWindow.h"

#include "actions/ActionsOverview.h"
#include "actions/ActionsPane.h"
#include "bundle/BundleFormat.h"
#include "bundle/BundleImportFlow.h"
#include "bundle/ExportBundleDialog.h"
#include "bundle/ImportBundleDialog.h"
#include "bundle/StaleDocument.h"
#include "bundle/SyncFolderController.h"
#include "causes/CausesPane.h"
#include "coach/RuleProblemBanner.h"
#include "common/DisplayTimeZone.h"
#include "dashboard/DashboardView.h"
#include "editing/PostmortemDocument.h"
#include "editor/FieldEditor.h"
#include "editor/PostmortemEditor.h"
#include "mainwindow/RecentDatabases.h"
#include "mainwindow/StoreOpener.h"
#include "model/Fields.h"
#include "model/SamplePostmortem.h"
#include "newpostmortem/NewPostmortemDialog.h"
#include "postmortemlist/PostmortemListModel.h"
#include "postmortemlist/PostmortemListPane.h"
#include "report/ReportOutput.h"
#include "secrets/KeyStore.h"
#include "settings/SettingsDialog.h"
#include "timeline/ImportDialog.h"
#include "timeline/TimelinePane.h"
#include "util/AppEnvironment.h"
#include "util/Policy.h"
#include "welcome/WelcomePane.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QUndoGroup>
#include <QVBoxLayout>

namespace causeway {

namespace {
const QString kGeometryKey = QStringLiteral("mainwindow/geometry");
const QString kStateKey = QStringLiteral("mainwindow/state");
const QString kSplitterKey = QStringLiteral("mainwindow/splitter");
const QString kListShownKey = QStringLiteral("mainwindow/listShown");
constexpr int kStatusTimeoutMs = 5000;
const QString kBundleDirKey = QStringLiteral("bundle/lastImportDirectory");

bool isBundleFile(const QString& path) {
    return QFileInfo(path).suffix().compare(Bundle::kFileSuffix, Qt::CaseInsensitive) == 0;
}

// The first local file of a drag that is a bundle, or "".
QString draggedBundle(const QMimeData* mime) {
    if (!mime || !mime->hasUrls())
        return {};
    const QList<QUrl> urls = mime->urls();
    for (const QUrl& url : urls) {
        if (url.isLocalFile() && isBundleFile(url.toLocalFile()))
            return url.toLocalFile();
    }
    return {};
}
} // namespace

PostmortemEditor* MainWindow::editor() {
    if (!m_editor) {
        m_editor = new PostmortemEditor(m_pages);
        m_pages->addWidget(m_editor);
        m_editor->setKeyStore(m_keys.get());
        connect(m_editor->timeline(), &TimelinePane::importRequested, this,
                &MainWindow::importTimeline);
    }
    return m_editor;
}

MainWindow::MainWindow(std::unique_ptr<Store> store, QWidget* parent)
    : QMainWindow(parent)
    , m_templates(AppEnvironment::userTemplateDir())
    , m_splitter(new QSplitter(this))
    , m_list(new PostmortemListPane(m_splitter))
    , m_pages(new QStackedWidget(m_splitter))
    , m_welcome(new WelcomePane(m_pages))
    , m_saveStatus(new QLabel(this))
    , m_readOnlyStatus(new QLabel(this))
    , m_syncWarning(new QLabel(this))
    , m_ruleProblems(new RuleProblemBanner(this))
    , m_undoGroup(new QUndoGroup(this))
    , m_reportOutput(new ReportOutput(m_templates, this)) {
    setObjectName(QStringLiteral("MainWindow"));
    m_splitter->setObjectName(QStringLiteral("MainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 2);
    m_pages->addWidget(m_welcome);
    // The panes keep clear of the window edges; the splitter handle separates them.
    const int margin = style()->pixelMetric(QStyle::PM_LayoutLeftMargin);
    m_list->setContentsMargins(margin, margin, 0, margin);
    m_pages->setContentsMargins(0, margin, margin, 0);
    // A database inside a file-sync engine's folder gets a banner above everything: it is a
    // risk to the data, not a passing status.
    m_syncWarning->setAccessibleName(tr("Database location warning"));
    m_syncWarning->setObjectName(QStringLiteral("syncWarning"));
    m_syncWarning->setWordWrap(true);
    m_syncWarning->setAutoFillBackground(true);
    m_syncWarning->setBackgroundRole(QPalette::ToolTipBase);
    m_syncWarning->setForegroundRole(QPalette::ToolTipText);
    m_syncWarning->setMargin(m_syncWarning->fontMetrics().height() / 2);
    m_syncWarning->hide();
    auto* central = new QWidget(this);
    auto* centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_syncWarning);
    centralLayout->addWidget(m_ruleProblems);
    centralLayout->addWidget(m_splitter, 1);
    setCentralWidget(central);
    // A .causeway file dropped anywhere on the window is imported.
    setAcceptDrops(true);

    m_saveStatus->setAccessibleName(tr("Save status"));
    m_readOnlyStatus->setAccessibleName(tr("Read-only status"));
    statusBar()->addPermanentWidget(m_readOnlyStatus);
    statusBar()->addPermanentWidget(m_saveStatus);

    createActions();
    createMenus();
    m_keys = createSystemKeyStore();

    connect(m_list, &PostmortemListPane::currentPostmortemChanged, this, &MainWindow::showDocument);
    connect(m_reportOutput, &ReportOutput::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_welcome, &WelcomePane::sampleRequested, this, &MainWindow::openSample);
    connect(m_welcome, &WelcomePane::newRequested, this, &MainWindow::newPostmortem);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_list->listModel(), signal, this, &MainWindow::updateWelcome);
    connect(m_list->listModel(), &QAbstractItemModel::modelReset, this, &MainWindow::updateWelcome);

    if (!m_templates.loadErrors().isEmpty())
        statusBar()->showMessage(tr("Some templates could not be loaded: %1")
                                     .arg(m_templates.loadErrors().join(QStringLiteral("; "))));

    setStore(std::move(store));
    restoreWindowState();
}

MainWindow::~MainWindow() {
    // The document commits what is pending on close, so it must go before the store.
    closeDocument();
    m_list->setStore(nullptr);
}

void MainWindow::createActions() {
    m_new = new QAction(tr("&New Postmortem…"), this);
    m_new->setShortcuts(QKeySequence::New);
    connect(m_new, &QAction::triggered, this, &MainWindow::newPostmortem);

    m_duplicate = new QAction(tr("&Duplicate"), this);
    m_duplicate->setStatusTip(tr("Start a new postmortem as a copy of the selected one"));
    connect(m_duplicate, &QAction::triggered, this, &MainWindow::duplicateCurrent);

    m_importTimeline = new QAction(tr("&Import Timeline…"), this);
    m_importTimeline->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importTimeline->setStatusTip(
        tr("Add events to the open postmortem's timeline from a CSV, log, Slack export or notes"));
    connect(m_importTimeline, &QAction::triggered, this, [this] { importTimeline(); });

    m_exportDiagram = new QAction(tr("Export &Diagram…"), this);
    m_exportDiagram->setStatusTip(tr("Save the open postmortem's fishbone as SVG or PNG"));
    connect(m_exportDiagram, &QAction::triggered, this, [this] {
        editor()->showCauses();
        editor()->causes()->exportDiagram();
    });

    // Reports of the selected postmortem, as saved (ReportOutput commits pending edits).
    m_exportReport = new QAction(tr("Export &Report…"), this);
    m_exportReport->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_exportReport->setStatusTip(tr("Save the selected postmortem as a PDF/A, HTML or Markdown "
                                    "report, in full or redacted"));
    connect(m_exportReport, &QAction::triggered, this, [this] {
        m_reportOutput->exportReport(m_store.get(), m_doc.get(), m_list->currentId());
    });
    // Bundles: postmortems with their history, signed and optionally encrypted, for another
    // machine (ui/bundle).
    m_importBundle = new QAction(tr("Import &Bundle…"), this);
    m_importBundle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_importBundle->setStatusTip(
        tr("Merge the postmortems of a .causeway bundle from another machine into this database"));
    connect(m_importBundle, &QAction::triggered, this, [this] { importBundle(); });
    m_exportBundle = new QAction(tr("E&xport Bundle…"), this);
    m_exportBundle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_exportBundle->setStatusTip(
        tr("Write postmortems to a signed (optionally encrypted) bundle for another machine"));
    connect(m_exportBundle, &QAction::triggered, this, &MainWindow::exportBundle);

    m_printPreview = new QAction(tr("Print Pre&view…"), this);
    m_printPreview->setStatusTip(tr("See the selected postmortem's report page by page"));
    connect(m_printPreview, &QAction::triggered, this, [this] {
        m_reportOutput->printPreview(m_store.get(), m_doc.get(), m_list->currentId());
    });
    m_print = new QAction(tr("&Print…"), this);
    m_print->setShortcuts(QKeySequence::Print);
    m_print->setStatusTip(tr("Print the selected postmortem's report"));
    connect(m_print, &QAction::triggered, this,
            [this] { m_reportOutput->print(m_store.get(), m_doc.get(), m_list->currentId()); });

    m_openDatabase = new QAction(tr("&Open Database…"), this);
    m_openDatabase->setShortcuts(QKeySequence::Open);
    connect(m_openDatabase, &QAction::triggered, this, &MainWindow::chooseDatabase);

    m_settings = new QAction(tr("&Settings…"), this);
    m_settings->setShortcuts(QKeySequence::Preferences);
    m_settings->setMenuRole(QAction::PreferencesRole);
    connect(m_settings, &QAction::triggered, this, &MainWindow::showSettings);

    m_quit = new QAction(tr("&Quit"), this);
    m_quit->setShortcuts(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);

    m_undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    m_undo->setShortcuts(QKeySequence::Undo);
    m_redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    m_redo->setShortcuts(QKeySequence::Redo);

    m_find = new QAction(tr("&Find…"), this);
    m_find->setShortcuts(QKeySequence::Find);
    connect(m_find, &QAction::triggered, this, [this] {
        m_list->searchField()->setFocus(Qt::ShortcutFocusReason);
        m_list->searchField()->selectAll();
    });

    // Delete belongs to the list: in a text field the same key deletes a character.
    m_trash = new QAction(tr("Move to &Trash"), this);
    m_trash->setShortcuts(QKeySequence::Delete);
    m_trash->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_list->view()->addAction(m_trash);
    connect(m_trash, &QAction::triggered, this, &MainWindow::moveCurrentToTrash);

    m_restore = new QAction(tr("R&estore from Trash"), this);
    connect(m_restore, &QAction::triggered, this, &MainWindow::restoreCurrent);

    // On a projector or a laptop the timeline and the fishbone need the whole width.
    m_showList = new QAction(tr("Postmortem &List"), this);
    m_showList->setCheckable(true);
    m_showList->setChecked(true);
    m_showList->setShortcut(QKeySequence(Qt::Key_F9));
    m_showList->setStatusTip(tr("Show or hide the list of postmortems"));
    connect(m_showList, &QAction::toggled, m_list, &QWidget::setVisible);

    m_showTrash = new QAction(tr("Show &Trash"), this);
    m_showTrash->setCheckable(true);
    connect(m_showTrash, &QAction::toggled, this, &MainWindow::setShowTrash);

    m_about = new QAction(tr("&About Causeway"), this);
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_new);
    file->addAction(m_duplicate);
    file->addAction(m_importTimeline);
    file->addAction(m_exportDiagram);
    file->addAction(m_exportReport);
    file->addSeparator();
    file->addAction(m_importBundle);
    file->addAction(m_exportBundle);
    file->addSeparator();
    file->addAction(m_printPreview);
    file->addAction(m_print);
    file->addSeparator();
    file->addAction(m_openDatabase);
    m_recentMenu = file->addMenu(tr("&Recent Databases"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    file->addSeparator();
    file->addAction(m_settings);
    file->addSeparator();
    file->addAction(m_quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undo);
    edit->addAction(m_redo);
    edit->addSeparator();
    edit->addAction(m_find);
    edit->addSeparator();
    edit->addAction(m_trash);
    edit->addAction(m_restore);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_showList);
    view->addAction(m_showTrash);
    view->addSeparator();
    // Follow-up across postmortems; a double-clicked row opens its postmortem's actions.
    QAction* allActions = view->addAction(tr("All &Actions…"));
    allActions->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    connect(allActions, &QAction::triggered, this, [this] {
        ActionsOverview::showFor(this, m_store.get(), [this](const QString& id) {
            openPostmortem(id);
            editor()->showActions();
        });
    });
    // The follow-up metrics; a double-clicked row opens its postmortem.
    QAction* dashboard = view->addAction(tr("&Dashboard"));
    dashboard->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    connect(dashboard, &QAction::triggered, this, [this] {
        DashboardView::showFor(this, m_store.get(),
                               [this](const QString& id) { openPostmortem(id); });
    });

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_about);
    QAction* aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::restoreWindowState() {
    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray())) {
        // First start: most of a large screen; all of a laptop's or a projector's (at
        // 1366x768 the timeline needs every pixel).
        const QRect available = screen()->availableGeometry();
        if (available.width() <= 1440) {
            resize(available.size());
            setWindowState(windowState() | Qt::WindowMaximized);
        } else {
            resize(available.size() * 4 / 5);
        }
    }
    restoreState(settings.value(kStateKey).toByteArray());
    m_showList->setChecked(settings.value(kListShownKey, true).toBool());
    if (!m_splitter->restoreState(settings.value(kSplitterKey).toByteArray()))
        m_splitter->setSizes({width() / 3, width() * 2 / 3});
}

void MainWindow::saveWindowState() const {
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kSplitterKey, m_splitter->saveState());
    settings.setValue(kListShownKey, m_showList->isChecked());
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (m_doc) {
        const Status flushed = m_doc->flush();
        if (!flushed) {
            const auto answer = QMessageBox::warning(
                this, tr("Changes Not Saved"),
                tr("The latest changes could not be saved:\n%1\n\nClose anyway and lose them?")
                    .arg(flushed.error()),
                QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
            if (answer != QMessageBox::Discard) {
                event->ignore();
                return;
            }
        }
    }
    // The last edits reach the sync folder before the app goes.
    if (m_sync)
        m_sync->exportNow();
    saveWindowState();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    if (m_store && !m_store->isReadOnly() && !draggedBundle(event->mimeData()).isEmpty()) {
        event->acceptProposedAction();
        return;
    }
    QMainWindow::dragEnterEvent(event);
}

void MainWindow::dropEvent(QDropEvent* event) {
    const QString path = draggedBundle(event->mimeData());
    if (path.isEmpty()) {
        QMainWindow::dropEvent(event);
        return;
    }
    event->acceptProposedAction();
    // The import asks questions in dialogs: not inside the drop, which the source waits for.
    QTimer::singleShot(0, this, [this, path] { importBundle(path); });
}

// Store -------------------------------------------------------------------------------

void MainWindow::setStore(std::unique_ptr<Store> store) {
    closeDocument();
    m_list->setStore(nullptr);
    // Open overview windows let go of the old database first, then follow the new one.
    const auto overviews = findChildren<ActionsOverview*>();
    const auto dashboards = findChildren<DashboardView*>();
    for (ActionsOverview* overview : overviews)
        overview->setStore(nullptr);
    for (DashboardView* dashboard : dashboards)
        dashboard->setStore(nullptr);
    // The sync folder of the old database gets its last changes, then lets go of it.
    if (m_sync) {
        m_sync->exportNow();
        m_sync.reset();
    }
    m_store = std::move(store);
    for (ActionsOverview* overview : overviews)
        overview->setStore(m_store.get());
    for (DashboardView* dashboard : dashboards)
        dashboard->setStore(m_store.get());
    {
        const QSignalBlocker blocker(m_showTrash);
        m_showTrash->setChecked(false);
    }
    m_list->setScope(ListScope::Active);
    m_list->setStore(m_store.get());
    if (m_store) {
        RecentDatabases::add(m_store->path());
        connect(m_store.get(), &Store::postmortemChanged, this, &MainWindow::updateActions);
        m_sync = std::make_unique<SyncFolderController>(*m_store, m_templates, m_keys.get(), this);
        connect(m_sync.get(), &SyncFolderController::statusMessage, statusBar(),
                &QStatusBar::showMessage);
        connect(m_sync.get(), &SyncFolderController::imported, this,
                [this] { refreshOpenDocument(); });
        // After the window is up: it may ask for the signing passphrase.
        QTimer::singleShot(0, m_sync.get(), &SyncFolderController::applySettings);
    }
    const QString syncWarning =
        m_store ? SyncFolderController::databaseWarning(m_store->path()) : QString();
    m_syncWarning->setText(syncWarning);
    m_syncWarning->setToolTip(syncWarning);
    m_syncWarning->setVisible(!syncWarning.isEmpty());
    const bool readOnly = m_store && m_store->isReadOnly();
    m_readOnlyStatus->setVisible(readOnly);
    m_readOnlyStatus->setText(readOnly ? tr("read-only: %1").arg(m_store->readOnlyReason())
                                       : QString());
    m_saveStatus->clear();
    showDocument(m_list->currentId());
    updateWelcome();
    updateActions();
    updateWindowTitle();
}

void MainWindow::chooseDatabase() {
    const QString dir = m_store ? QFileInfo(m_store->path()).absolutePath() : QString();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Database"), dir, tr("Causeway databases (*.db);;All files (*)"));
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::openDatabase(const QString& path) {
    if (m_store && QFileInfo(path) == QFileInfo(m_store->path()))
        return;
    auto opened = openStoreForGui(path);
    if (!opened) {
        showError(tr("Database Not Opened"), opened.error());
        return;
    }
    setStore(std::move(opened).value());
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)), kStatusTimeoutMs);
}

void MainWindow::fillRecentMenu() {
    m_recentMenu->clear();
    const QStringList paths = RecentDatabases::list();
    int number = 0;
    for (const QString& path : paths) {
        ++number;
        const QString label = number < 10
                                  ? tr("&%1 %2").arg(number).arg(QDir::toNativeSeparators(path))
                                  : QDir::toNativeSeparators(path);
        QAction* action = m_recentMenu->addAction(label);
        action->setEnabled(QFileInfo::exists(path));
        connect(action, &QAction::triggered, this, [this, path] { openDatabase(path); });
    }
    if (paths.isEmpty())
        m_recentMenu->addAction(tr("No recent databases"))->setEnabled(false);
    m_recentMenu->addSeparator();
    QAction* clear = m_recentMenu->addAction(tr("&Clear List"));
    clear->setEnabled(!paths.isEmpty());
    connect(clear, &QAction::triggered, this, [] {
        const QStringList all = RecentDatabases::list();
        for (const QString& p : all)
            RecentDatabases::remove(p);
    });
}

// Document ----------------------------------------------------------------------------

const Template* MainWindow::templateFor(const Postmortem& pm) const {
    if (const Template* t = m_templates.find(pm.templateId()))
        return t;
    // A postmortem from a template this installation lacks still opens, in the standard
    // form; fields the form lacks keep their values.
    if (const Template* t = m_templates.find(QStringLiteral("standard")))
        return t;
    const QList<Template> all = m_templates.all();
    return all.isEmpty() ? nullptr : m_templates.find(all.first().id);
}

bool MainWindow::closeDocument() {
    if (!m_doc)
        return true;
    const Status flushed = m_doc->flush();
    if (!flushed)
        showError(tr("Changes Not Saved"), flushed.error());
    if (m_editor)
        m_editor->setDocument(nullptr, nullptr);
    m_undoGroup->removeStack(m_doc->undoStack());
    m_doc.reset();
    m_pages->setCurrentWidget(m_welcome);
    updateWindowTitle();
    return flushed.ok();
}

void MainWindow::showDocument(const QString& id) {
    if (m_doc && m_doc->id() == id)
        return;
    closeDocument();
    std::optional<Postmortem> pm;
    if (m_store && !id.isEmpty())
        pm = m_store->loadPostmortem(id);
    if (!pm) {
        m_pages->setCurrentWidget(m_welcome);
        updateActions();
        return;
    }
    const Template* tmpl = templateFor(*pm);
    if (!tmpl) {
        showError(tr("Postmortem Not Opened"), tr("No postmortem template is installed."));
        return;
    }
    m_doc = std::make_unique<PostmortemDocument>(m_store.get(), *pm);
    connect(m_doc.get(), &PostmortemDocument::saved, this, [this](const QDateTime& at) {
        m_saveStatus->setText(tr("Saved %1").arg(at.toLocalTime().toString(u"HH:mm:ss")));
        m_saveStatus->setToolTip(QString());
    });
    connect(m_doc.get(), &PostmortemDocument::saveFailed, this, [this](const QString& message) {
        m_saveStatus->setText(tr("Not saved: %1").arg(message));
        m_saveStatus->setToolTip(message);
    });
    connect(m_doc.get(), &PostmortemDocument::fieldChanged, this,
            [this](const QString&, const QString& field) {
                if (field == Field::Title)
                    updateWindowTitle();
            });
    m_undoGroup->addStack(m_doc->undoStack());
    m_undoGroup->setActiveStack(m_doc->undoStack());

    QString reason;
    if (m_store->isReadOnly())
        reason = tr("This database is open read-only: %1").arg(m_store->readOnlyReason());
    else if (pm->root.deleted)
        reason = tr("This postmortem is in the trash. Restore it to edit it.");
    if (tmpl->id != pm->templateId())
        statusBar()->showMessage(tr("Template “%1” is not installed; showing the %2 form.")
                                     .arg(pm->templateId(), tmpl->name),
                                 kStatusTimeoutMs);
    editor()->setDocument(m_doc.get(), tmpl);
    m_editor->setReadOnlyReason(reason);
    // The editor's coaches have just read the language rules: a broken rule file of the
    // user's is named here rather than ignored without a word.
    m_ruleProblems->refresh();
    m_pages->setCurrentWidget(m_editor);
    // There is no Save button; say so where a user would look for one.
    m_saveStatus->setText(m_store->isReadOnly() ? QString() : tr("All changes saved"));
    updateActions();
    updateWindowTitle();
}

void MainWindow::openPostmortem(const QString& id) {
    m_list->listModel()->refresh(id);
    m_list->selectPostmortem(id);
    showDocument(id);
}

QString MainWindow::createPostmortem(const QString& templateId, const QString& title,
                                     const QString& severity) {
    if (!m_store)
        return {};
    const Template* tmpl = m_templates.find(templateId);
    if (!tmpl) {
        showError(tr("Postmortem Not Created"),
                  tr("The template %1 is not installed.").arg(templateId));
        return {};
    }
    QMap<QString, QJsonValue> fields;
    auto set = [&](const QString& key, const QJsonValue& value) {
        if (tmpl->field(key))
            fields.insert(key, value);
    };
    set(Field::Title, title);
    set(Field::Severity, severity);
    set(Field::Status, QStringLiteral("draft"));
    // The facilitator's zone is the best first guess for where the incident was handled.
    set(Field::TimeZone, QString::fromUtf8(displayTimeZone().id()));
    const Result<QString> created = m_store->createPostmortem(templateId, fields);
    if (!created) {
        showError(tr("Postmortem Not Created"), created.error());
        return {};
    }
    if (m_showTrash->isChecked())
        m_showTrash->setChecked(false);
    openPostmortem(created.value());
    return created.value();
}

QString MainWindow::openSample() {
    if (!m_store)
        return {};
    if (m_showTrash->isChecked())
        m_showTrash->setChecked(false);
    const Result<QString> sample = insertSamplePostmortem(*m_store, m_templates);
    if (!sample) {
        showError(tr("Sample Not Opened"), sample.error());
        return {};
    }
    openPostmortem(sample.value());
    return sample.value();
}

void MainWindow::newPostmortem() {
    if (!m_store || m_store->isReadOnly())
        return;
    NewPostmortemDialog dialog(m_templates, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (createPostmortem(dialog.templateId(), dialog.title(), dialog.severity()).isEmpty())
        return;
    // The title is already written; the summary is what the facilitator writes next.
    if (FieldEditor* summary = editor()->fieldEditor(Field::Summary))
        summary->widget()->setFocus(Qt::OtherFocusReason);
}

void MainWindow::duplicateCurrent() {
    const QString id = m_list->currentId();
    if (!m_store || id.isEmpty())
        return;
    if (m_doc)
        m_doc->flush();
    const Result<QString> copy =
        m_store->duplicatePostmortem(id, tr("Copy of %1").arg(m_list->currentTitle()));
    if (!copy) {
        showError(tr("Postmortem Not Duplicated"), copy.error());
        return;
    }
    openPostmortem(copy.value());
}

void MainWindow::moveCurrentToTrash() {
    const QString id = m_list->currentId();
    if (!m_store || id.isEmpty() || m_list->scope() != ListScope::Active)
        return;
    const QString title = m_list->currentTitle();
    if (m_doc && m_doc->id() == id)
        closeDocument();
    const Status s = m_store->setDeleted(id, true);
    if (!s) {
        showError(tr("Not Moved to Trash"), s.error());
        showDocument(id);
        return;
    }
    m_list->listModel()->refresh(id);
    statusBar()->showMessage(
        tr("“%1” moved to the trash. View ▸ Show Trash lists it for restoring.").arg(title),
        kStatusTimeoutMs * 2);
}

void MainWindow::restoreCurrent() {
    const QString id = m_list->currentId();
    if (!m_store || id.isEmpty() || m_list->scope() != ListScope::Trash)
        return;
    const QString title = m_list->currentTitle();
    closeDocument();
    const Status s = m_store->setDeleted(id, false);
    if (!s) {
        showError(tr("Not Restored"), s.error());
        return;
    }
    m_list->listModel()->refresh(id);
    statusBar()->showMessage(tr("“%1” restored.").arg(title), kStatusTimeoutMs);
}

void MainWindow::setShowTrash(bool show) {
    if (m_showTrash->isChecked() != show) {
        m_showTrash->setChecked(show); // comes back here through toggled()
        return;
    }
    closeDocument();
    m_list->setScope(show ? ListScope::Trash : ListScope::Active);
    updateActions();
    updateWelcome();
}

// Dialogs -----------------------------------------------------------------------------

void MainWindow::showSettings() {
    SettingsDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (m_store) {
        m_store->setActor(AppEnvironment::currentActor());
        m_store->setPolicy(Policy::load()); // retention and the analysis due date
    }
    if (m_sync)
        m_sync->applySettings();
    // The list shows dates in the default zone and due dates by the policy; both may have
    // changed.
    m_list->listModel()->reload();
}

void MainWindow::showAbout() {
    QMessageBox::about(
        this, tr("About Causeway"),
        tr("<h3>Causeway %1</h3>"
           "<p>Blameless postmortems, offline.</p>"
           "<p>Causeway helps teams analyse incidents by looking at conditions, decisions and "
           "systems, not at who is to blame.</p>"
           "<p>Database: %2</p>")
            .arg(QCoreApplication::applicationVersion(),
                 m_store ? QDir::toNativeSeparators(m_store->path()).toHtmlEscaped() : tr("none")));
}

// State -------------------------------------------------------------------------------

void MainWindow::updateActions() {
    const bool writable = m_store && !m_store->isReadOnly();
    const bool selected = !m_list->currentId().isEmpty();
    const bool inTrash = m_list->scope() == ListScope::Trash;
    m_new->setEnabled(writable);
    m_duplicate->setEnabled(writable && selected && !inTrash);
    m_trash->setEnabled(writable && selected && !inTrash);
    m_restore->setEnabled(writable && selected && inTrash);
    m_showTrash->setEnabled(m_store != nullptr);
    m_importTimeline->setEnabled(writable && m_doc && !m_doc->isReadOnly() &&
                                 m_pages->currentWidget() == m_editor);
    // Exporting reads only: also from a read-only database or the trash.
    m_exportDiagram->setEnabled(m_doc && m_pages->currentWidget() == m_editor);
    // Reports read the stored postmortem: any selected one, the trash's too.
    const bool reportable = m_store && selected;
    m_exportReport->setEnabled(reportable);
    m_print->setEnabled(reportable);
    m_printPreview->setEnabled(reportable);
    m_importBundle->setEnabled(writable);
    m_exportBundle->setEnabled(m_store != nullptr);
}

void MainWindow::importTimeline(const QString& path) {
    // A bundle dropped on the timeline is a bundle, not a timeline file.
    if (isBundleFile(path)) {
        importBundle(path);
        return;
    }
    if (!m_doc || !m_store || m_doc->isReadOnly())
        return;
    editor()->showTimeline();
    ImportDialog dialog(m_store.get(), m_doc.get(), this);
    if (!path.isEmpty())
        dialog.setPath(path);
    dialog.exec();
}

void MainWindow::importBundle(const QString& path) {
    if (!m_store)
        return;
    if (m_store->isReadOnly()) {
        showError(tr("Bundle Not Imported"),
                  tr("This database is open read-only: %1").arg(m_store->readOnlyReason()));
        return;
    }
    QString file = path;
    if (file.isEmpty()) {
        QString dir = QSettings().value(kBundleDirKey).toString();
        if (dir.isEmpty() || !QFileInfo(dir).isDir())
            dir = QDir::homePath();
        file = QFileDialog::getOpenFileName(
            this, tr("Import Bundle"), dir,
            tr("Causeway bundles (*.%1);;Zip archives of postmortems (*.zip);;All files (*)")
                .arg(Bundle::kFileSuffix));
        if (file.isEmpty())
            return;
        QSettings().setValue(kBundleDirKey, QFileInfo(file).absolutePath());
    }
    // The merge reads the stored copy: what was typed a moment ago must be in it.
    if (m_doc) {
        if (const Status flushed = m_doc->flush(); !flushed) {
            showError(tr("Bundle Not Imported"), flushed.error());
            return;
        }
    }
    const std::optional<BundleMergeSummary> imported =
        BundleImportFlow::run(this, *m_store, m_templates, file);
    if (!imported)
        return;
    QString message = ImportBundleDialog::describeResult(*imported);
    if (refreshOpenDocument())
        message += u' ' + tr("The open postmortem shows the imported changes.");
    else if (!m_doc && !imported->postmortems.isEmpty())
        openPostmortem(imported->postmortems.first().id);
    statusBar()->showMessage(message, kStatusTimeoutMs * 3);
}

void MainWindow::exportBundle() {
    if (!m_store)
        return;
    // The bundle is made from the stored copies.
    if (m_doc)
        m_doc->flush();
    ExportBundleDialog dialog(*m_store, m_keys.get(), m_list->currentId(), this);
    if (dialog.exec() != QDialog::Accepted || !dialog.result())
        return;
    const Bundle::ExportResult& result = *dialog.result();
    const QString path = QDir::toNativeSeparators(dialog.outputPath());
    const QString how = result.signedBundle
                            ? (result.encrypted ? tr("signed and encrypted") : tr("signed"))
                            : (result.encrypted ? tr("encrypted, not signed") : tr("not signed"));
    statusBar()->showMessage(
        tr("Exported %n postmortem(s) to %1 (%2).", nullptr, int(result.postmortemIds.size()))
            .arg(path, how),
        kStatusTimeoutMs * 3);
    QMessageBox::information(
        this, tr("Bundle Exported"),
        tr("%n postmortem(s) and %1 attachment file(s) were written to %2, %3.", nullptr,
           int(result.postmortemIds.size()))
            .arg(result.attachments)
            .arg(path, how));
}

bool MainWindow::refreshOpenDocument() {
    if (!m_doc || !m_store)
        return false;
    m_doc->flush();
    const std::optional<Postmortem> stored = m_store->loadPostmortem(m_doc->id());
    if (!stored || !documentIsStale(m_doc->postmortem(), *stored))
        return false;
    // The document is an in-memory copy; the merge wrote to the store. Reopening shows the
    // merged content (and its conflicts); the undo history of the old copy goes with it.
    const QString id = m_doc->id();
    closeDocument();
    showDocument(id);
    return true;
}

void MainWindow::updateWelcome() {
    const int total = m_store ? int(m_store->countPostmortems(ListScope::All)) : 0;
    m_welcome->setState(total, !m_store || m_store->isReadOnly());
    updateActions();
}

void MainWindow::updateWindowTitle() {
    QString title;
    if (m_doc) {
        title = m_doc->value(m_doc->id(), Field::Title).toString();
        if (title.isEmpty())
            title = tr("(untitled)");
    }
    const QString database = m_store ? QFileInfo(m_store->path()).fileName() : QString();
    QStringList parts;
    if (!title.isEmpty())
        parts.append(title);
    if (!database.isEmpty())
        parts.append(database);
    parts.append(tr("Causeway"));
    setWindowTitle(parts.join(QStringLiteral(" — ")));
}

void MainWindow::showError(const QString& title, const QString& message) {
    QMessageBox::warning(this, title, message);
}

} // namespace causeway
