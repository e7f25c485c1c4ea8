#pragma once

#include "bundle/BundleExport.h"
#include "bundle/BundleImport.h"
#include "util/Result.h"

#include <QFileSystemWatcher>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <optional>

namespace causeway {

class Store;
class TemplateRegistry;

// A folder shared through a file-sync engine (Syncthing, Nextcloud, a network share, git):
// each machine writes its outgoing incremental bundles there, named
// "<device id>-<UTC time>.causeway", and imports the bundles of the others. A bundle is
// written under a temporary name and renamed, so peers never see half of one; a peer's
// file that is still growing or younger than a moment is left for the next scan; a bundle
// already imported (by bundle id) is skipped. Only bundles signed by a trusted key (or
// this machine's profiles) are imported automatically; others are reported for the user
// to trust.
class SyncFolder : public QObject {
    Q_OBJECT
public:
    SyncFolder(Store& store, const TemplateRegistry& templates, QObject* parent = nullptr);
    ~SyncFolder() override;

    // An empty path switches syncing off. Watching starts at once, with a first scan.
    void setFolder(const QString& path);
    QString folder() const { return m_folder; }
    // The peer name under which the folder's export mark is kept.
    QString peerName() const;
    // Outgoing bundles are signed with this signer when set, unsigned otherwise.
    void setSigner(std::optional<Bundle::Signer> signer);
    // A file must have kept its size for this long before it is read (default 2 s).
    void setSettleTime(int msecs) { m_settleMsecs = msecs; }

    struct ScanResult {
        QStringList imported;  // file names
        QStringList skipped;   // already imported, own, or still being written
        QStringList needTrust; // signed by an unknown key, or unsigned
        QStringList failed;    // "file: message"
    };
    // Imports what is new from peers.
    ScanResult scan();
    // Writes this machine's changes since its last bundle in the folder; nothing (and no
    // failure) when nothing changed. Returns the file written, or an empty string.
    Result<QString> exportChanges();

Q_SIGNALS:
    void scanned(const causeway::SyncFolder::ScanResult& result);
    void exported(const QString& fileName);
    void problem(const QString& message);

private:
    void scheduleScan();
    Store& m_store;
    const TemplateRegistry& m_templates;
    QString m_folder;
    std::optional<Bundle::Signer> m_signer;
    QFileSystemWatcher m_watcher;
    QTimer m_debounce;
    // Network shares and some sync engines change files without telling the watcher: the
    // folder is also scanned once a minute.
    QTimer m_poll;
    int m_settleMsecs = 2000;
    QHash<QString, qint64> m_lastSizes; // file → size at the previous scan
};

// The file-sync engine whose folder holds path ("Syncthing", "Nextcloud", "Dropbox",
// "OneDrive", "Google Drive", "iCloud Drive"), or an empty string. A SQLite database must not
// be synced as a raw file: the app warns when its database sits in such a folder.
QString syncEngineContaining(const QString& path);

} // namespace causeway
