#pragma once

#include "bundle/BundleExport.h"

#include <QDialog>

#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace causeway {

class KeyStore;
struct SigningProfile;

// Asked once per session when the sync folder signs its bundles: the passphrase of the
// current signing profile opens its key for the bundles written while the app runs. "Send
// Unsigned" goes on without (peers then have to trust each bundle by hand).
class UnlockSigningDialog : public QDialog {
    Q_OBJECT
public:
    UnlockSigningDialog(KeyStore& keys, const SigningProfile& profile, QWidget* parent = nullptr);
    ~UnlockSigningDialog() override;

    void setPassphrase(const QString& passphrase);
    QString problem() const;
    // Set when the key was opened.
    const std::optional<Bundle::Signer>& signer() const { return m_signer; }

    void accept() override;

private:
    KeyStore& m_keys;
    std::unique_ptr<SigningProfile> m_profile;
    QLineEdit* m_passphrase;
    QLabel* m_problem;
    QPushButton* m_unlock;
    std::optional<Bundle::Signer> m_signer;
};

} // namespace causeway
