#include "bundle/SyncFolderController.h"

#include "bundle/SyncFolderSettings.h"
#include "bundle/UnlockSigningDialog.h"
#include "secrets/KeyStore.h"
#include "signing/SigningProfile.h"
#include "store/Store.h"

#include <QDir>
#include <QWidget>

namespace causeway {

namespace {
constexpr int kShortMessageMs = 5000;
constexpr int kLongMessageMs = 15000;
} // namespace

SyncFolderController::SyncFolderController(Store& store, const TemplateRegistry& templates,
                                           KeyStore* keys, QWidget* window)
    : m_store(store)
    , m_keys(keys)
    , m_window(window)
    , m_sync(std::make_unique<SyncFolder>(store, templates)) {
    m_exportDelay.setSingleShot(true);
    m_exportDelay.setInterval(kExportDelayMs);
    connect(&m_exportDelay, &QTimer::timeout, this, &SyncFolderController::exportNow);
    // Every commit restarts the delay: one bundle per pause in the editing, not per keystroke.
    connect(&m_store, &Store::postmortemChanged, this, [this] {
        if (!m_sync->folder().isEmpty() && !m_store.isReadOnly())
            m_exportDelay.start();
    });
    connect(m_sync.get(), &SyncFolder::scanned, this, &SyncFolderController::onScanned);
    connect(m_sync.get(), &SyncFolder::problem, this,
            [this](const QString& message) { Q_EMIT statusMessage(message, 0); });
    connect(m_sync.get(), &SyncFolder::exported, this, [this](const QString& fileName) {
        Q_EMIT statusMessage(tr("Changes written to the sync folder (%1).").arg(fileName),
                             kShortMessageMs);
    });
}

SyncFolderController::~SyncFolderController() = default;

void SyncFolderController::applySettings() {
    const QString folder = SyncFolderSettings::folderSetting();
    if (!folder.isEmpty() && m_store.isReadOnly())
        Q_EMIT statusMessage(tr("The sync folder is not used: the database is open read-only."),
                             kLongMessageMs);
    const QString wanted =
        folder.isEmpty() || m_store.isReadOnly() ? QString() : QDir(folder).absolutePath();
    if (!wanted.isEmpty() && SyncFolderSettings::signSetting())
        unlockSigner();
    else if (!SyncFolderSettings::signSetting()) {
        m_sync->setSigner(std::nullopt);
        m_signerAsked = false; // turned on again, it asks again
    }
    if (wanted == m_sync->folder())
        return;
    // What was edited for the old folder still goes there.
    if (m_exportDelay.isActive())
        exportNow();
    m_sync->setFolder(wanted);
}

void SyncFolderController::unlockSigner() {
    if (m_signerAsked)
        return;
    m_signerAsked = true;
    const std::optional<SigningProfile> profile = SigningProfiles::current();
    if (!profile || !m_keys || !m_keys->checkAvailable()) {
        Q_EMIT statusMessage(tr("Sync-folder bundles are written unsigned: there is no signing "
                                "profile or keychain on this machine."),
                             kLongMessageMs);
        return;
    }
    UnlockSigningDialog dialog(*m_keys, *profile, m_window);
    if (dialog.exec() == QDialog::Accepted && dialog.signer()) {
        m_sync->setSigner(dialog.signer());
        return;
    }
    Q_EMIT statusMessage(tr("Sync-folder bundles are written unsigned in this session."),
                         kLongMessageMs);
}

void SyncFolderController::exportNow() {
    m_exportDelay.stop();
    if (m_sync->folder().isEmpty() || m_store.isReadOnly())
        return;
    const Result<QString> written = m_sync->exportChanges();
    if (!written)
        Q_EMIT statusMessage(
            tr("Changes could not be written to the sync folder: %1").arg(written.error()), 0);
}

void SyncFolderController::onScanned(const SyncFolder::ScanResult& result) {
    const QString message = describeScan(result);
    if (!message.isEmpty())
        Q_EMIT statusMessage(
            message, result.needTrust.isEmpty() && result.failed.isEmpty() ? kLongMessageMs : 0);
    if (!result.imported.isEmpty())
        Q_EMIT imported();
}

QString SyncFolderController::describeScan(const SyncFolder::ScanResult& result) {
    QStringList parts;
    if (!result.imported.isEmpty())
        parts.append(tr("Imported %n bundle(s) from the sync folder.", nullptr,
                        int(result.imported.size())));
    if (!result.needTrust.isEmpty())
        parts.append(tr("%n bundle(s) from the sync folder need you to trust their signer: File "
                        "→ Import Bundle…",
                        nullptr, int(result.needTrust.size())));
    if (!result.failed.isEmpty())
        parts.append(tr("%n bundle(s) in the sync folder could not be imported (%1).", nullptr,
                        int(result.failed.size()))
                         .arg(result.failed.first()));
    return parts.join(u' ');
}

QString SyncFolderController::databaseWarning(const QString& databasePath) {
    const QString engine = syncEngineContaining(databasePath);
    if (engine.isEmpty())
        return {};
    return tr("The database is inside a %1 folder. SQLite files must not be synced as files; use "
              "a sync folder for bundles instead (Settings → Sync folder).")
        .arg(engine);
}

} // namespace causeway
