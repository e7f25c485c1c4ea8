#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace causeway {

// The profile (recorded as the actor of every edit), the default display time zone and the
// interface language. Values live in QSettings under the keys the core reads.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget* parent = nullptr);

    // Writes the dialog's values to QSettings.
    void save() const;

    static QString languageSetting(); // "" (follow system), "en" or "de"

private:
    void load();

    QLineEdit* m_displayName;
    QLineEdit* m_role;
    QComboBox* m_timeZone;
    QComboBox* m_language;
    QString m_initialLanguage;
};

} // namespace causeway
