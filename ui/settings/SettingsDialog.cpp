#include "settings/SettingsDialog.h"

#include "common/DisplayTimeZone.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QVBoxLayout>

namespace causeway {

namespace {
const QString kDisplayName = QStringLiteral("profile/displayName");
const QString kRole = QStringLiteral("profile/role");
const QString kLanguage = QStringLiteral("ui/language");
} // namespace

SettingsDialog::SettingsDialog(QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Settings"));

    m_displayName = new QLineEdit(this);
    m_displayName->setAccessibleName(tr("Display name"));
    m_displayName->setPlaceholderText(tr("Shown in the audit trail"));
    m_role = new QLineEdit(this);
    m_role->setAccessibleName(tr("Role"));
    m_role->setPlaceholderText(tr("e.g. Facilitator, SRE, Compliance analyst"));

    m_timeZone = new QComboBox(this);
    m_timeZone->setAccessibleName(tr("Default time zone"));
    m_timeZone->addItem(
        tr("System time zone (%1)").arg(QString::fromUtf8(QTimeZone::systemTimeZoneId())),
        QString());
    const QStringList ids = timeZoneIds();
    for (const QString& id : ids)
        m_timeZone->addItem(id, id);
    m_timeZone->setMaxVisibleItems(20);

    m_language = new QComboBox(this);
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("Follow the system"), QString());
    // Language names in their own language, so a user who cannot read the current one
    // still finds theirs.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));

    auto* zoneNote =
        new QLabel(tr("Used for postmortems that do not name their own time zone. Times are always "
                      "stored in UTC."),
                   this);
    zoneNote->setWordWrap(true);
    zoneNote->setForegroundRole(QPalette::PlaceholderText);

    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("&Display name:"), m_displayName);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("Default &time zone:"), m_timeZone);
    form->addRow(QString(), zoneNote);
    form->addRow(tr("&Language:"), m_language);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        save();
        if (m_language->currentData().toString() != m_initialLanguage)
            QMessageBox::information(this, tr("Language"),
                                     tr("The new language is used after Causeway restarts."));
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    load();
}

QString SettingsDialog::languageSetting() {
    return QSettings().value(kLanguage).toString();
}

void SettingsDialog::load() {
    QSettings settings;
    m_displayName->setText(settings.value(kDisplayName).toString());
    m_role->setText(settings.value(kRole).toString());
    const int zone = m_timeZone->findData(defaultTimeZoneSetting());
    m_timeZone->setCurrentIndex(zone < 0 ? 0 : zone);
    m_initialLanguage = languageSetting();
    const int language = m_language->findData(m_initialLanguage);
    m_language->setCurrentIndex(language < 0 ? 0 : language);
}

void SettingsDialog::save() const {
    QSettings settings;
    settings.setValue(kDisplayName, m_displayName->text().trimmed());
    settings.setValue(kRole, m_role->text().trimmed());
    setDefaultTimeZoneSetting(m_timeZone->currentData().toString());
    const QString language = m_language->currentData().toString();
    if (language.isEmpty())
        settings.remove(kLanguage);
    else
        settings.setValue(kLanguage, language);
}

} // namespace causeway
