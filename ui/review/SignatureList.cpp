#include "review/SignatureList.h"

#include "editing/PostmortemDocument.h"
#include "review/ProfileDialog.h"
#include "review/SignDialog.h"
#include "review/SignatureListModel.h"
#include "secrets/KeyStore.h"
#include "signing/SigningProfile.h"
#include "store/Store.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace causeway {

SignatureList::SignatureList(QWidget* parent)
    : QWidget(parent)
    , m_model(new SignatureListModel(this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_reason(new QLabel(this))
    , m_sign(new QPushButton(tr("Sign…"), this))
    , m_profile(new QPushButton(tr("New Signing Profile…"), this)) {
    m_table->setModel(m_model);
    m_table->setObjectName(QStringLiteral("signatureTable"));
    m_table->setAccessibleName(tr("Signatures"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setWordWrap(false);
    m_summary->setObjectName(QStringLiteral("signatureSummary"));
    m_reason->setObjectName(QStringLiteral("signingDisabledReason"));
    m_reason->setWordWrap(true);
    m_reason->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_profile);
    buttons->addWidget(m_sign);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    layout->addWidget(m_reason);

    connect(m_model, &SignatureListModel::checked, this, &SignatureList::updateSummary);
    connect(m_model, &SignatureListModel::modelReset, m_table,
            &QTableView::resizeColumnsToContents);
    // As tall as its rows (two to eight), so the buttons stay in sight under a short list.
    connect(m_model, &QAbstractItemModel::modelReset, this, &SignatureList::fitHeight);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, &SignatureList::fitHeight);
    connect(m_sign, &QPushButton::clicked, this, &SignatureList::sign);
    connect(m_profile, &QPushButton::clicked, this, &SignatureList::createProfile);
    updateSummary();
    updateState();
    fitHeight();
}

void SignatureList::fitHeight() {
    const int rows = std::clamp(m_model->rowCount(), 2, 8);
    const int rowHeight = m_table->verticalHeader()->defaultSectionSize();
    const int height = m_table->horizontalHeader()->sizeHint().height() + rows * rowHeight +
                       m_table->horizontalScrollBar()->sizeHint().height() +
                       2 * m_table->frameWidth();
    m_table->setFixedHeight(height);
}

void SignatureList::setDocument(PostmortemDocument* document) {
    m_doc = document;
    m_model->setDocument(document);
    updateState();
}

void SignatureList::setKeyStore(KeyStore* keys) {
    m_keys = keys;
    m_keychainProblem.clear();
    if (!m_keys)
        m_keychainProblem = noKeychainMessage(QString());
    else if (const Status available = m_keys->checkAvailable(); !available)
        m_keychainProblem = available.error();
    updateState();
}

QString SignatureList::disabledReason() const {
    if (!m_keychainProblem.isEmpty())
        return m_keychainProblem;
    if (!m_keys)
        return noKeychainMessage(QString());
    if (!m_doc)
        return tr("Open a postmortem to sign it.");
    if (m_doc->store() && m_doc->store()->isReadOnly())
        return m_doc->store()->readOnlyReason();
    if (SigningProfiles::list().isEmpty())
        return tr("Create a signing profile first: your printed name, role and a passphrase.");
    return {};
}

void SignatureList::updateState() {
    const bool keychain = m_keys && m_keychainProblem.isEmpty();
    const QString reason = disabledReason();
    m_sign->setEnabled(reason.isEmpty());
    m_sign->setToolTip(reason.isEmpty() ? tr("Sign the postmortem as it is now") : reason);
    m_profile->setEnabled(keychain);
    m_profile->setToolTip(keychain ? tr("Create a local signing profile with its own key")
                                   : m_keychainProblem);
    m_reason->setText(reason);
    m_reason->setVisible(!reason.isEmpty());
}

void SignatureList::updateSummary() {
    const qsizetype total = m_model->checks().size();
    const int invalid = m_model->invalidCount();
    if (total == 0)
        m_summary->setText(tr("Not signed."));
    else if (invalid == 0)
        m_summary->setText(tr("%n signature(s), all valid.", nullptr, static_cast<int>(total)));
    else
        m_summary->setText(
            tr("%n signature(s), %1 invalid.", nullptr, static_cast<int>(total)).arg(invalid));
}

void SignatureList::sign() {
    if (!m_doc || !m_keys || !disabledReason().isEmpty())
        return;
    SignDialog dialog(*m_doc, *m_keys, this);
    if (dialog.exec() == QDialog::Accepted) {
        m_model->recheck();
        Q_EMIT signatureAdded(dialog.signatureId());
    }
}

void SignatureList::createProfile() {
    if (!m_keys)
        return;
    ProfileDialog dialog(*m_keys, this);
    dialog.exec();
    updateState();
}

} // namespace causeway
