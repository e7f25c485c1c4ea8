#include "review/SignDialog.h"

#include "common/ProblemLabel.h"
#include "editing/PostmortemDocument.h"
#include "review/ReviewRecords.h"
#include "secrets/KeyStore.h"
#include "signing/Signatures.h"
#include "signing/SignedContent.h"
#include "signing/SigningProfile.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace causeway {

namespace {

QString meaningExplanation(const QString& meaning) {
    if (meaning == u"authored")
        return SignDialog::tr("I wrote this postmortem and it is, to my knowledge, complete and "
                              "correct.");
    if (meaning == u"reviewed")
        return SignDialog::tr("I reviewed this postmortem against the review checklist.");
    if (meaning == u"approved")
        return SignDialog::tr("I approve this postmortem and its actions. An approver must not "
                              "also be its author.");
    return {};
}

} // namespace

SignDialog::SignDialog(PostmortemDocument& document, KeyStore& keys, QWidget* parent)
    : QDialog(parent)
    , m_doc(document)
    , m_keys(keys)
    , m_profile(new QComboBox(this))
    , m_signer(new QLabel(this))
    , m_meaning(new QComboBox(this))
    , m_meaningText(new QLabel(this))
    , m_hash(new QLabel(this))
    , m_passphrase(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(tr("Sign Postmortem"));
    if (const Status keychain = m_keys.checkAvailable(); !keychain)
        m_keychainProblem = keychain.error();

    auto* intro = new QLabel(
        tr("<p>Your electronic signature records your printed name, role, the meaning below "
           "and the time (UTC) with the SHA-256 of the postmortem's content, signed with your "
           "profile's key. It is the legally binding equivalent of your handwritten signature "
           "on this content.</p><p>Any later change to the content shows the signature as "
           "<i>invalid: content changed after signing</i>. Status and review steps are not "
           "part of the signed content.</p>"),
        this);
    intro->setWordWrap(true);

    for (const SigningProfile& p : SigningProfiles::list())
        m_profile->addItem(p.displayName(), p.keyId);
    if (const auto current = SigningProfiles::current())
        m_profile->setCurrentIndex(m_profile->findData(current->keyId));
    for (const QString& meaning : SignatureVocabulary::meanings())
        m_meaning->addItem(SignatureVocabulary::meaningName(meaning), meaning);
    m_meaningText->setWordWrap(true);
    m_hash->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_hash->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hash->setText(SignedContent::sha256(document.postmortem()));
    m_hash->setObjectName(QStringLiteral("contentHash"));
    m_signer->setObjectName(QStringLiteral("signer"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setPlaceholderText(tr("The passphrase of the profile"));
    makeProblemLabel(m_problem);
    m_problem->show(); // this one keeps its place, empty until there is a problem
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign"));

    auto* form = new QFormLayout;
    form->addRow(tr("Profile:"), m_profile);
    form->addRow(tr("Signer:"), m_signer);
    form->addRow(tr("Meaning:"), m_meaning);
    form->addRow(QString(), m_meaningText);
    form->addRow(tr("Content SHA-256:"), m_hash);
    form->addRow(tr("Passphrase:"), m_passphrase);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_profile, &QComboBox::currentIndexChanged, this, &SignDialog::updateState);
    connect(m_meaning, &QComboBox::currentIndexChanged, this, &SignDialog::updateState);
    connect(m_passphrase, &QLineEdit::textChanged, this, &SignDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SignDialog::reject);
    // Wide enough for the whole hash on one line: people compare it with `causeway-cli`.
    const int hashWidth = m_hash->fontMetrics().horizontalAdvance(m_hash->text());
    setMinimumWidth(hashWidth + 32 * fontMetrics().averageCharWidth());
    resize(minimumWidth(), sizeHint().height());
    updateState();
}

void SignDialog::setMeaning(const QString& meaning) {
    m_meaning->setCurrentIndex(m_meaning->findData(meaning));
}

void SignDialog::setProfile(const QString& keyId) {
    m_profile->setCurrentIndex(m_profile->findData(keyId));
}

void SignDialog::setPassphrase(const QString& passphrase) {
    m_passphrase->setText(passphrase);
}

QString SignDialog::problem() const {
    return m_problem->text();
}

QString SignDialog::contentHash() const {
    return m_hash->text();
}

void SignDialog::updateState() {
    const QString meaning = m_meaning->currentData().toString();
    m_meaningText->setText(meaningExplanation(meaning));
    QString problem;
    const auto profile = SigningProfiles::find(m_profile->currentData().toString());
    if (m_profile->count() == 0) {
        problem = tr("There is no signing profile on this machine; create one first.");
        m_signer->clear();
    } else if (!profile) {
        problem = profile.error();
        m_signer->clear();
    } else {
        m_signer->setText(tr("%1, %2 (key %3)").arg(profile->name, profile->role, profile->keyId));
        if (!m_keychainProblem.isEmpty())
            problem = m_keychainProblem;
        else if (const Status allowed =
                     Signatures::checkAllowed(m_doc.postmortem(), profile.value(), meaning);
                 !allowed)
            problem = allowed.error();
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(problem.isEmpty() && !m_passphrase->text().isEmpty());
}

void SignDialog::accept() {
    const auto profile = SigningProfiles::find(m_profile->currentData().toString());
    if (!profile)
        return;
    const sodium::Passphrase passphrase = sodium::Passphrase::fromString(m_passphrase->text());
    m_passphrase->clear();
    const auto signedId = Signatures::signDocument(m_doc, m_keys, profile.value(),
                                                   m_meaning->currentData().toString(), passphrase);
    if (!signedId) {
        updateState();
        m_problem->setText(signedId.error());
        m_problem->setVisible(true);
        m_passphrase->setFocus();
        return;
    }
    m_signatureId = signedId.value();
    QDialog::accept();
}

} // namespace causeway
