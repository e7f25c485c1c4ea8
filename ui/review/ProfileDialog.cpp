#include "review/ProfileDialog.h"

#include "common/WindowSize.h"
#include "review/SignatureListModel.h"
#include "secrets/KeyStore.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace causeway {

ProfileDialog::ProfileDialog(KeyStore& keys, QWidget* parent)
    : QDialog(parent)
    , m_keys(keys)
    , m_name(new QLineEdit(this))
    , m_role(new QLineEdit(this))
    , m_passphrase(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_keyId(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(tr("New Signing Profile"));
    auto* intro = new QLabel(
        tr("A signing profile is your printed name and role with a key of your own. The secret "
           "key is kept only in this computer's keychain, locked with the passphrase below; "
           "every signature asks for the passphrase again. Nobody can recover a forgotten "
           "passphrase: you would create a new profile."),
        this);
    intro->setWordWrap(true);
    m_name->setPlaceholderText(tr("As it should appear under your signature"));
    m_role->setPlaceholderText(tr("e.g. Incident commander, Head of operations"));
    for (QLineEdit* field : {m_passphrase, m_repeat}) {
        field->setEchoMode(QLineEdit::Password);
        connect(field, &QLineEdit::textChanged, this, &ProfileDialog::updateState);
    }
    connect(m_name, &QLineEdit::textChanged, this, &ProfileDialog::updateState);
    connect(m_role, &QLineEdit::textChanged, this, &ProfileDialog::updateState);
    m_keyId->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_keyId->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_keyId->setText(tr("(made when the profile is created)"));
    m_problem->setWordWrap(true);
    QPalette red = m_problem->palette();
    red.setColor(QPalette::WindowText,
                 SignatureListModel::invalidColor(palette().color(QPalette::Window)));
    m_problem->setPalette(red);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create Profile"));

    auto* form = new QFormLayout;
    form->addRow(tr("Printed name:"), m_name);
    form->addRow(tr("Role:"), m_role);
    form->addRow(tr("Passphrase:"), m_passphrase);
    form->addRow(tr("Repeat passphrase:"), m_repeat);
    form->addRow(tr("Key id:"), m_keyId);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProfileDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ProfileDialog::reject);
    resize(textSize(this, 74, 0).width(), sizeHint().height());
    updateState();
}

void ProfileDialog::fill(const QString& name, const QString& role, const QString& passphrase,
                         const QString& repeated) {
    m_name->setText(name);
    m_role->setText(role);
    m_passphrase->setText(passphrase);
    m_repeat->setText(repeated);
}

QString ProfileDialog::problem() const {
    return m_problem->isHidden() ? QString() : m_problem->text();
}

QString ProfileDialog::keyIdText() const {
    return m_keyId->text();
}

void ProfileDialog::updateState() {
    if (m_created)
        return;
    QString problem;
    if (const Status keychain = m_keys.checkAvailable(); !keychain)
        problem = keychain.error();
    else if (!m_passphrase->text().isEmpty() &&
             m_passphrase->text().size() < SigningProfiles::kMinPassphraseLength)
        problem = tr("The passphrase must have at least %1 characters.")
                      .arg(SigningProfiles::kMinPassphraseLength);
    else if (!m_repeat->text().isEmpty() && m_repeat->text() != m_passphrase->text())
        problem = tr("The two passphrases differ.");
    m_problem->setText(problem);
    m_problem->setHidden(problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(problem.isEmpty() && !m_name->text().trimmed().isEmpty() &&
                     !m_role->text().trimmed().isEmpty() && !m_passphrase->text().isEmpty() &&
                     m_repeat->text() == m_passphrase->text());
}

void ProfileDialog::accept() {
    if (m_created) { // the second press closes
        QDialog::accept();
        return;
    }
    const auto created =
        SigningProfiles::create(m_keys, m_name->text(), m_role->text(),
                                sodium::Passphrase::fromString(m_passphrase->text()));
    m_passphrase->clear();
    m_repeat->clear();
    if (!created) {
        updateState();
        m_problem->setText(created.error());
        m_problem->setHidden(false);
        return;
    }
    m_created = created.value();
    m_keyId->setText(m_created->keyId);
    // Name and role stay readable; the passphrase fields have nothing more to take.
    m_name->setReadOnly(true);
    m_role->setReadOnly(true);
    m_passphrase->setEnabled(false);
    m_repeat->setEnabled(false);
    m_problem->setHidden(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Close"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
    m_buttons->button(QDialogButtonBox::Cancel)->hide();
}

} // namespace causeway
