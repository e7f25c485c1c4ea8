#pragma once

#include "model/Template.h"
#include "store/Store.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QMenu;
class QSplitter;
class QStackedWidget;
class QUndoGroup;

namespace causeway {

class KeyStore;
class PostmortemDocument;
class PostmortemEditor;
class PostmortemListPane;
class ReportOutput;
class RuleProblemBanner;
class SyncFolderController;
class WelcomePane;

// The frame: menus, the list on the left, the open postmortem (or the welcome pane) on the
// right, save state in the status bar. Screens live in their own folders; this class only
// wires them together and owns the store and the open document.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(std::unique_ptr<Store> store, QWidget* parent = nullptr);
    ~MainWindow() override;

    void setStore(std::unique_ptr<Store> store);
    Store* store() const { return m_store.get(); }
    PostmortemDocument* document() const { return m_doc.get(); }
    const TemplateRegistry& templates() const { return m_templates; }

    PostmortemListPane* listPane() const { return m_list; }
    // The editor is made when a postmortem is first opened (or asked for): at start-up only
    // the list and the welcome page are built and laid out.
    PostmortemEditor* editor();
    WelcomePane* welcomePane() const { return m_welcome; }
    QUndoGroup* undoGroup() const { return m_undoGroup; }
    QLabel* saveStatusLabel() const { return m_saveStatus; }

    QAction* undoAction() const { return m_undo; }
    QAction* redoAction() const { return m_redo; }
    QAction* trashAction() const { return m_trash; }
    QAction* restoreAction() const { return m_restore; }
    QAction* showTrashAction() const { return m_showTrash; }

    // Each returns the id it opened, or an empty string after telling the user why not.
    QString createPostmortem(const QString& templateId, const QString& title,
                             const QString& severity);
    QString openSample();
    void openPostmortem(const QString& id);
    void moveCurrentToTrash();
    // File > Import Timeline…: the import dialog for the open postmortem, on path if given.
    void importTimeline(const QString& path = QString());
    QAction* importTimelineAction() const { return m_importTimeline; }
    QAction* exportDiagramAction() const { return m_exportDiagram; }
    QAction* showListAction() const { return m_showList; }
    // File > Export Report…, Print…, Print Preview… of the selected postmortem (ui/report).
    QAction* exportReportAction() const { return m_exportReport; }
    QAction* printAction() const { return m_print; }
    QAction* printPreviewAction() const { return m_printPreview; }
    ReportOutput* reportOutput() const { return m_reportOutput; }
    void restoreCurrent();
    void setShowTrash(bool show);

    // File > Import Bundle… (also a dropped .causeway file and one named on the command
    // line): decrypts, checks and previews the bundle at path (asks for a file when empty),
    // then imports what the user confirms; an open postmortem it changed is reloaded.
    void importBundle(const QString& path = QString());
    // File > Export Bundle…: the selected postmortem, all, or the changes for a peer.
    void exportBundle();
    QAction* importBundleAction() const { return m_importBundle; }
    QAction* exportBundleAction() const { return m_exportBundle; }
    // The sync folder of the open database (Settings → Sync folder); null without a store.
    SyncFolderController* syncFolder() const { return m_sync.get(); }
    // Shown while the database sits inside a file-sync engine's folder.
    QLabel* syncWarningLabel() const { return m_syncWarning; }
    RuleProblemBanner* ruleProblemBanner() const { return m_ruleProblems; }

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void createMenus();
    void restoreWindowState();
    void saveWindowState() const;

    void showDocument(const QString& id);
    bool closeDocument();
    const Template* templateFor(const Postmortem& pm) const;

    void newPostmortem();
    void duplicateCurrent();
    void chooseDatabase();
    void openDatabase(const QString& path);
    void fillRecentMenu();
    void showSettings();
    void showAbout();

    void updateActions();
    void updateWelcome();
    void updateWindowTitle();
    void showError(const QString& title, const QString& message);
    // Reloads the open postmortem when a bundle import merged changes into it.
    bool refreshOpenDocument();

    std::unique_ptr<Store> m_store;
    std::unique_ptr<KeyStore> m_keys; // the OS keychain with the signing keys
    TemplateRegistry m_templates;
    std::unique_ptr<PostmortemDocument> m_doc;
    // After the store: it goes first.
    std::unique_ptr<SyncFolderController> m_sync;

    QSplitter* m_splitter;
    PostmortemListPane* m_list;
    QStackedWidget* m_pages;
    WelcomePane* m_welcome;
    PostmortemEditor* m_editor = nullptr;
    QLabel* m_saveStatus;
    QLabel* m_readOnlyStatus;
    QLabel* m_syncWarning;
    RuleProblemBanner* m_ruleProblems;
    QUndoGroup* m_undoGroup;
    ReportOutput* m_reportOutput;

    QAction* m_new = nullptr;
    QAction* m_duplicate = nullptr;
    QAction* m_importTimeline = nullptr;
    QAction* m_exportDiagram = nullptr;
    QAction* m_exportReport = nullptr;
    QAction* m_importBundle = nullptr;
    QAction* m_exportBundle = nullptr;
    QAction* m_print = nullptr;
    QAction* m_printPreview = nullptr;
    QAction* m_openDatabase = nullptr;
    QMenu* m_recentMenu = nullptr;
    QAction* m_settings = nullptr;
    QAction* m_quit = nullptr;
    QAction* m_undo = nullptr;
    QAction* m_redo = nullptr;
    QAction* m_find = nullptr;
    QAction* m_trash = nullptr;
    QAction* m_restore = nullptr;
    QAction* m_showTrash = nullptr;
    QAction* m_showList = nullptr;
    QAction* m_about = nullptr;
};

} // namespace causeway
