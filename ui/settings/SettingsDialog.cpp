#include "settings/SettingsDialog.h"

#include "bundle/SyncFolderSettings.h"
#include "common/DisplayTimeZone.h"
#include "util/Policy.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QSpinBox>
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

    const auto spin = [this](int min, int max, const QString& suffix, const QString& name) {
        auto* box = new QSpinBox(this);
        box->setRange(min, max);
        box->setSuffix(suffix);
        box->setAccessibleName(name);
        return box;
    };
    m_p1Weeks = spin(1, 104, tr(" weeks"), tr("Default deadline of P1 actions"));
    m_p2Weeks = spin(1, 104, tr(" weeks"), tr("Default deadline of P2 actions"));
    m_p3Weeks = spin(1, 104, tr(" weeks"), tr("Default deadline of P3 actions"));
    m_analysisDays = spin(1, 60, tr(" business days"), tr("Analysis due after the incident"));
    m_retentionYears = spin(1, 30, tr(" years"), tr("Retention of approved postmortems"));
    auto* policy = new QGroupBox(tr("Policy"), this);
    auto* policyForm = new QFormLayout(policy);
    policyForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    policyForm->addRow(tr("P&1 action deadline:"), m_p1Weeks);
    policyForm->addRow(tr("P&2 action deadline:"), m_p2Weeks);
    policyForm->addRow(tr("P&3 action deadline:"), m_p3Weeks);
    policyForm->addRow(tr("Analysis &due after incident end:"), m_analysisDays);
    policyForm->addRow(tr("Keep approved postmortems &for:"), m_retentionYears);
    auto* retentionNote = new QLabel(tr("An approved postmortem cannot be deleted during this "
                                        "period after its approval; attempts are audited."),
                                     this);
    retentionNote->setWordWrap(true);
    retentionNote->setForegroundRole(QPalette::PlaceholderText);
    policyForm->addRow(QString(), retentionNote);

    m_syncFolder = new SyncFolderSettings(this);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(policy);
    layout->addWidget(m_syncFolder);
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
    // As tall as the wrapped notes need: adjustSize() on show would stop at two thirds of the
    // screen's height (512 pixels on a 1366x768 laptop) and clip them.
    const int hintWidth = sizeHint().width();
    resize(hintWidth, layout->totalHeightForWidth(hintWidth));
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
    const Policy policy = Policy::load(settings);
    m_p1Weeks->setValue(policy.p1DeadlineWeeks);
    m_p2Weeks->setValue(policy.p2DeadlineWeeks);
    m_p3Weeks->setValue(policy.p3DeadlineWeeks);
    m_analysisDays->setValue(policy.analysisDueBusinessDays);
    m_retentionYears->setValue(policy.retentionYears);
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
    Policy policy;
    policy.p1DeadlineWeeks = m_p1Weeks->value();
    policy.p2DeadlineWeeks = m_p2Weeks->value();
    policy.p3DeadlineWeeks = m_p3Weeks->value();
    policy.analysisDueBusinessDays = m_analysisDays->value();
    policy.retentionYears = m_retentionYears->value();
    policy.save(settings);
    m_syncFolder->save();
}

} // namespace causeway
