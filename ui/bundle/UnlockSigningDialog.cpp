#include "bundle/UnlockSigningDialog.h"

#include "common/ProblemLabel.h"
#include "signing/SigningProfile.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace causeway {

UnlockSigningDialog::UnlockSigningDialog(KeyStore& keys, const SigningProfile& profile,
                                         QWidget* parent)
    : QDialog(parent)
    , m_keys(keys)
    , m_profile(std::make_unique<SigningProfile>(profile))
    , m_passphrase(new QLineEdit(this))
    , m_problem(new QLabel(this)) {
    setWindowTitle(tr("Sign Sync-Folder Bundles"));
    auto* intro = new QLabel(tr("The bundles this machine writes to the sync folder are signed "
                                "as %1 (key %2), so the other machines import them without "
                                "asking. Enter the profile's passphrase to sign them while "
                                "Causeway runs.")
                                 .arg(m_profile->displayName(), m_profile->keyId),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setAccessibleName(tr("Passphrase"));
    makeProblemLabel(m_problem);

    auto* form = new QFormLayout;
    form->addRow(tr("&Passphrase:"), m_passphrase);
    auto* buttons = new QDialogButtonBox(this);
    m_unlock = buttons->addButton(tr("Sign"), QDialogButtonBox::AcceptRole);
    buttons->addButton(tr("Send &Unsigned"), QDialogButtonBox::RejectRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(m_passphrase, &QLineEdit::textChanged, this,
            [this] { m_unlock->setEnabled(!m_passphrase->text().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &UnlockSigningDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_unlock->setEnabled(false);
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
}

UnlockSigningDialog::~UnlockSigningDialog() = default;

void UnlockSigningDialog::setPassphrase(const QString& passphrase) {
    m_passphrase->setText(passphrase);
}

QString UnlockSigningDialog::problem() const {
    return m_problem->text();
}

void UnlockSigningDialog::accept() {
    const sodium::Passphrase passphrase = sodium::Passphrase::fromString(m_passphrase->text());
    m_passphrase->clear();
    auto secret = SigningProfiles::openSecretKey(m_keys, *m_profile, passphrase);
    if (!secret) {
        m_problem->setText(secret.error());
        m_problem->show();
        m_passphrase->setFocus();
        return;
    }
    Bundle::Signer signer;
    signer.name = m_profile->name;
    signer.role = m_profile->role;
    signer.publicKey = m_profile->publicKey;
    signer.secretKey = std::shared_ptr<sodium::SecretBytes>(std::move(secret).value());
    m_signer = std::move(signer);
    QDialog::accept();
}

} // namespace causeway
