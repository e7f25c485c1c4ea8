#pragma once

#include <QGroupBox>

class QCheckBox;
class QLabel;
class QPushButton;

namespace causeway {

// The "Sync folder" section of the settings: the folder this machine writes its changes to
// as bundles and reads the other machines' bundles from, and whether those bundles are
// signed. Stored in QSettings; the main window's SyncFolderController follows it.
class SyncFolderSettings : public QGroupBox {
    Q_OBJECT
public:
    explicit SyncFolderSettings(QWidget* parent = nullptr);

    QString folder() const { return m_folder; }
    void setFolder(const QString& path);
    QCheckBox* signCheckBox() const { return m_sign; }
    QPushButton* chooseButton() const { return m_choose; }
    QPushButton* clearButton() const { return m_clear; }

    void load();
    void save() const;

    // The stored values: the folder ("" when syncing is off) and whether to sign.
    static QString folderSetting();
    static bool signSetting();
    static void setFolderSetting(const QString& path);

private:
    void updateState();

    QString m_folder;
    QLabel* m_path;
    QPushButton* m_choose;
    QPushButton* m_clear;
    QCheckBox* m_sign;
};

} // namespace causeway
