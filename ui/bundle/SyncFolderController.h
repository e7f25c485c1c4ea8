#pragma once

#include "bundle/SyncFolder.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class QWidget;

namespace causeway {

class KeyStore;
class Store;
class TemplateRegistry;

// The app's side of the sync folder (Settings → Sync folder): follows the setting, writes
// this machine's changes as a bundle a few seconds after the last edit and when the app
// quits, and reports what scans imported or could not import. When the setting asks for
// signed bundles, the signing passphrase is asked once per session. It must be destroyed
// before the store.
class SyncFolderController : public QObject {
    Q_OBJECT
public:
    static constexpr int kExportDelayMs = 5000;

    // keys: the keychain with the signing keys, or null. window: the parent of the
    // passphrase prompt.
    SyncFolderController(Store& store, const TemplateRegistry& templates, KeyStore* keys,
                         QWidget* window);
    ~SyncFolderController() override;

    // Reads the settings and (re)starts watching; asks for the signing passphrase the first
    // time signing is on in this session.
    void applySettings();
    // Writes what changed since the last bundle in the folder now (on quit, or before the
    // database is switched).
    void exportNow();
    void setExportDelay(int msecs) { m_exportDelay.setInterval(msecs); }

    SyncFolder* syncFolder() const { return m_sync.get(); }
    QString folder() const { return m_sync->folder(); }
    bool isExportPending() const { return m_exportDelay.isActive(); }

    // The warning for a database kept inside a file-sync engine's folder, or "".
    static QString databaseWarning(const QString& databasePath);
    // The status-bar line for a scan, or "" when there is nothing to say.
    static QString describeScan(const SyncFolder::ScanResult& result);

Q_SIGNALS:
    // For the status bar; timeout 0 keeps it until the next message.
    void statusMessage(const QString& message, int timeoutMs);
    // A scan imported bundles: open editors may show stale content.
    void imported();

private:
    void onScanned(const SyncFolder::ScanResult& result);
    void unlockSigner();

    Store& m_store;
    KeyStore* m_keys;
    QPointer<QWidget> m_window;
    std::unique_ptr<SyncFolder> m_sync;
    QTimer m_exportDelay;
    bool m_signerAsked = false;
};

} // namespace causeway
