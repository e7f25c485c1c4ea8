#pragma once

#include "signing/SigningProfile.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace causeway {

class KeyStore;

// Creating a local signing profile: printed name, role and a passphrase typed twice. The
// new key pair's secret half goes to the keychain sealed with the passphrase; the dialog
// then shows the key id, which others can use to recognise the signer's signatures.
class ProfileDialog : public QDialog {
    Q_OBJECT
public:
    explicit ProfileDialog(KeyStore& keys, QWidget* parent = nullptr);

    const std::optional<SigningProfile>& created() const { return m_created; }

    // For tests.
    void fill(const QString& name, const QString& role, const QString& passphrase,
              const QString& repeated);
    QString problem() const;
    QString keyIdText() const;

    void accept() override;

private:
    void updateState();

    KeyStore& m_keys;
    QLineEdit* m_name;
    QLineEdit* m_role;
    QLineEdit* m_passphrase;
    QLineEdit* m_repeat;
    QLabel* m_keyId;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
    std::optional<SigningProfile> m_created;
};

} // namespace causeway
