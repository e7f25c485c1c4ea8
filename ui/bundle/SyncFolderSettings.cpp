#include "bundle/SyncFolderSettings.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace causeway {

namespace {
const QString kFolderKey = QStringLiteral("sync/folder");
const QString kSignKey = QStringLiteral("sync/sign");
} // namespace

SyncFolderSettings::SyncFolderSettings(QWidget* parent)
    : QGroupBox(tr("Sync folder"), parent)
    , m_path(new QLabel(this))
    , m_choose(new QPushButton(tr("C&hoose…"), this))
    , m_clear(new QPushButton(tr("Stop S&yncing"), this))
    , m_sign(new QCheckBox(tr("Sign the bundles written there (asks for your signing passphrase "
                              "once per session)"),
                           this)) {
    m_path->setWordWrap(true);
    m_path->setTextFormat(Qt::PlainText);
    m_path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_path->setAccessibleName(tr("Sync folder"));
    auto* note = new QLabel(tr("This machine writes its changes to the folder as bundles and "
                               "imports the bundles other machines put there. Share the folder "
                               "with Syncthing, Nextcloud or a network drive; never sync the "
                               "database file itself."),
                            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    auto* row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(m_choose);
    row->addWidget(m_clear);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_sign);
    layout->addWidget(note);

    connect(m_choose, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getExistingDirectory(
            this, tr("Sync Folder"), m_folder.isEmpty() ? QDir::homePath() : m_folder);
        if (!path.isEmpty())
            setFolder(path);
    });
    connect(m_clear, &QPushButton::clicked, this, [this] { setFolder(QString()); });
    load();
}

void SyncFolderSettings::setFolder(const QString& path) {
    m_folder = path.isEmpty() ? QString() : QDir(path).absolutePath();
    updateState();
}

void SyncFolderSettings::updateState() {
    m_path->setText(m_folder.isEmpty() ? tr("Not syncing through a folder.")
                                       : QDir::toNativeSeparators(m_folder));
    m_clear->setEnabled(!m_folder.isEmpty());
    m_sign->setEnabled(!m_folder.isEmpty());
}

void SyncFolderSettings::load() {
    m_sign->setChecked(signSetting());
    setFolder(folderSetting());
}

void SyncFolderSettings::save() const {
    QSettings settings;
    setFolderSetting(m_folder);
    settings.setValue(kSignKey, m_sign->isChecked());
}

QString SyncFolderSettings::folderSetting() {
    return QSettings().value(kFolderKey).toString();
}

bool SyncFolderSettings::signSetting() {
    return QSettings().value(kSignKey, true).toBool();
}

void SyncFolderSettings::setFolderSetting(const QString& path) {
    QSettings settings;
    if (path.isEmpty())
        settings.remove(kFolderKey);
    else
        settings.setValue(kFolderKey, path);
}

} // namespace causeway
