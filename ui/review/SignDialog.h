#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace causeway {

class KeyStore;
class PostmortemDocument;

// Signing the open postmortem: choose the profile and the meaning, see what is signed (the
// content hash) and what signing means, and confirm with the profile's passphrase. The
// passphrase is the §11.200 re-authentication: it opens the sealed key for this one
// signature. A refusal (wrong passphrase, author = approver) keeps the dialog open with the
// reason.
class SignDialog : public QDialog {
    Q_OBJECT
public:
    SignDialog(PostmortemDocument& document, KeyStore& keys, QWidget* parent = nullptr);

    QString signatureId() const { return m_signatureId; }

    // For tests and callers that preselect.
    void setMeaning(const QString& meaning);
    void setProfile(const QString& keyId);
    void setPassphrase(const QString& passphrase);
    QString problem() const;
    QString contentHash() const;

    void accept() override;

private:
    void updateState();

    PostmortemDocument& m_doc;
    KeyStore& m_keys;
    QComboBox* m_profile;
    QLabel* m_signer;
    QComboBox* m_meaning;
    QLabel* m_meaningText;
    QLabel* m_hash;
    QLineEdit* m_passphrase;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
    QString m_signatureId;
    QString m_keychainProblem; // checked once: a probe per keystroke would be wasteful
};

} // namespace causeway
