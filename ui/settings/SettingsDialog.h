#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace causeway {

class SyncFolderSettings;

// The profile (recorded as the actor of every edit), the default display time zone, the
// interface language and the follow-up policy. Values live in QSettings under the keys the
// core reads.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget* parent = nullptr);

    // Writes the dialog's values to QSettings.
    void save() const;

    static QString languageSetting(); // "" (follow system), "en" or "de"

    // Settings → Sync folder (ui/bundle).
    SyncFolderSettings* syncFolderSettings() const { return m_syncFolder; }

private:
    void load();

    QLineEdit* m_displayName;
    QLineEdit* m_role;
    QComboBox* m_timeZone;
    QComboBox* m_language;
    // Policy (util/Policy.h): action deadlines, analysis due date, retention.
    QSpinBox* m_p1Weeks;
    QSpinBox* m_p2Weeks;
    QSpinBox* m_p3Weeks;
    QSpinBox* m_analysisDays;
    QSpinBox* m_retentionYears;
    QString m_initialLanguage;
    SyncFolderSettings* m_syncFolder;
};

} // namespace causeway
