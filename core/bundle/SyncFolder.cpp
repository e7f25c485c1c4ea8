#include "bundle/SyncFolder.h"

#include "store/Store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace causeway {

namespace {

// Bundles larger than this are not read from a sync folder (the import limits apply too).
constexpr qint64 kMaxBundleFile = 1LL << 31;

} // namespace

SyncFolder::SyncFolder(Store& store, const TemplateRegistry& templates, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_templates(templates) {
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(500);
    connect(&m_debounce, &QTimer::timeout, this, [this] { Q_EMIT scanned(scan()); });
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &SyncFolder::scheduleScan);
    m_poll.setInterval(60 * 1000);
    connect(&m_poll, &QTimer::timeout, this, &SyncFolder::scheduleScan);
}

SyncFolder::~SyncFolder() = default;

void SyncFolder::setFolder(const QString& path) {
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    m_lastSizes.clear();
    m_poll.stop();
    m_folder = path.isEmpty() ? QString() : QDir(path).absolutePath();
    if (m_folder.isEmpty())
        return;
    if (!QFileInfo(m_folder).isDir()) {
        Q_EMIT problem(tr("The sync folder %1 does not exist.").arg(m_folder));
        return;
    }
    m_watcher.addPath(m_folder);
    m_poll.start();
    scheduleScan();
}

QString SyncFolder::peerName() const {
    return QStringLiteral("folder:") + m_folder;
}

void SyncFolder::setSigner(std::optional<Bundle::Signer> signer) {
    m_signer = std::move(signer);
}

void SyncFolder::scheduleScan() {
    m_debounce.start();
}

SyncFolder::ScanResult SyncFolder::scan() {
    ScanResult result;
    if (m_folder.isEmpty())
        return result;
    const QDir dir(m_folder);
    const QString ownPrefix = m_store.deviceId() + u'-';
    const QFileInfoList files = dir.entryInfoList({QStringLiteral("*.") + Bundle::kFileSuffix},
                                                  QDir::Files | QDir::Readable, QDir::Name);
    bool waiting = false;
    for (const QFileInfo& info : files) {
        const QString name = info.fileName();
        if (name.startsWith(ownPrefix)) {
            result.skipped.append(name);
            continue;
        }
        // A file still being written (or synced in) keeps growing: wait until its size has
        // stayed the same since the last scan and it is older than the settle time.
        const qint64 size = info.size();
        const qint64 previous = m_lastSizes.value(name, -1);
        m_lastSizes.insert(name, size);
        const qint64 age = info.lastModified().msecsTo(QDateTime::currentDateTime());
        if (size != previous || age < m_settleMsecs || size == 0) {
            result.skipped.append(name);
            waiting = true;
            continue;
        }
        if (size > kMaxBundleFile) {
            result.failed.append(name + QStringLiteral(": ") + tr("the file is too large"));
            continue;
        }
        QFile file(info.absoluteFilePath());
        if (!file.open(QIODevice::ReadOnly)) {
            result.failed.append(name + QStringLiteral(": ") + file.errorString());
            continue;
        }
        const QByteArray bytes = file.readAll();
        if (Bundle::isEncrypted(bytes)) {
            result.failed.append(name + QStringLiteral(": ") +
                                 tr("encrypted bundles are imported by hand (File → Import "
                                    "Bundle…)"));
            continue;
        }
        auto opened = Bundle::open(bytes, m_templates);
        if (!opened) {
            result.failed.append(name + QStringLiteral(": ") + opened.error());
            continue;
        }
        if (m_store.bundleImported(opened.value().manifest.bundleId)) {
            result.skipped.append(name);
            continue;
        }
        if (!Bundle::signerIsTrusted(m_store, opened.value())) {
            result.needTrust.append(name);
            continue;
        }
        auto applied = Bundle::apply(m_store, opened.value(), false, false);
        if (!applied)
            result.failed.append(name + QStringLiteral(": ") + applied.error());
        else
            result.imported.append(name);
    }
    if (waiting) {
        // Nothing may change in the folder once the last write ended: look again later.
        QTimer::singleShot(m_settleMsecs, this, &SyncFolder::scheduleScan);
    }
    return result;
}

Result<QString> SyncFolder::exportChanges() {
    using R = Result<QString>;
    if (m_folder.isEmpty())
        return R::failure(tr("No sync folder is set."));
    const qint64 since = m_store.peerMark(peerName()).value_or(0);
    auto changed = m_store.postmortemsChangedSince(since);
    if (!changed)
        return R::failure(changed.error());
    if (changed.value().isEmpty())
        return QString();
    const QString name =
        m_store.deviceId() + u'-' +
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmsszzz'Z'")) + u'.' +
        Bundle::kFileSuffix;
    Bundle::ExportRequest request;
    request.sincePeer = peerName();
    request.signer = m_signer;
    request.outputPath = QDir(m_folder).filePath(name);
    auto written = Bundle::exportBundle(m_store, request);
    if (!written)
        return R::failure(written.error());
    Q_EMIT exported(name);
    return name;
}

QString syncEngineContaining(const QString& path) {
    // Markers each engine leaves in the root of the folders it syncs, then names of the
    // usual roots for engines that leave none.
    static const QList<std::pair<QString, QString>> markers{
        {QStringLiteral(".stfolder"), QStringLiteral("Syncthing")},
        {QStringLiteral(".nextcloudsync.log"), QStringLiteral("Nextcloud")},
        {QStringLiteral(".owncloudsync.log"), QStringLiteral("ownCloud")},
        {QStringLiteral(".sync_journal.db"), QStringLiteral("Nextcloud")},
        {QStringLiteral(".dropbox"), QStringLiteral("Dropbox")},
        {QStringLiteral(".dropbox.cache"), QStringLiteral("Dropbox")}};
    static const QList<std::pair<QString, QString>> roots{
        {QStringLiteral("Dropbox"), QStringLiteral("Dropbox")},
        {QStringLiteral("OneDrive"), QStringLiteral("OneDrive")},
        {QStringLiteral("Google Drive"), QStringLiteral("Google Drive")},
        {QStringLiteral("Mobile Documents"), QStringLiteral("iCloud Drive")},
        {QStringLiteral("iCloud Drive"), QStringLiteral("iCloud Drive")}};
    QDir dir = QFileInfo(path).absoluteDir();
    for (int depth = 0; depth < 64; ++depth) {
        for (const auto& [marker, engine] : markers) {
            if (QFileInfo::exists(dir.filePath(marker)))
                return engine;
        }
        // Nextcloud's journal files are named ._sync_<hash>.db.
        if (!dir.entryList({QStringLiteral("._sync_*.db"), QStringLiteral(".sync_*.db")},
                           QDir::Files | QDir::Hidden)
                 .isEmpty())
            return QStringLiteral("Nextcloud");
        for (const auto& [root, engine] : roots) {
            if (dir.dirName() == root || dir.dirName().startsWith(root + QStringLiteral(" -")))
                return engine;
        }
        if (!dir.cdUp())
            break;
    }
    return QString();
}

} // namespace causeway
