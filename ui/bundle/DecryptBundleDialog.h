#pragma once

#include "bundle/BundleImport.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace causeway {

// Asked when a bundle is encrypted: its passphrase, or the age identity file (as age-keygen
// writes it) holding a key it was encrypted for. The previous attempt's failure, if any, is
// shown above the buttons.
class DecryptBundleDialog : public QDialog {
    Q_OBJECT
public:
    explicit DecryptBundleDialog(const QString& fileName, QWidget* parent = nullptr);

    void setProblem(const QString& message);
    void setPassphrase(const QString& passphrase);
    void setIdentityFile(const QString& path);

    // The options to open the bundle with; a failure names an unreadable identity file.
    Result<Bundle::OpenOptions> openOptions() const;

    void accept() override;

private:
    void updateState();

    QRadioButton* m_usePassphrase;
    QRadioButton* m_useIdentity;
    QLineEdit* m_passphrase;
    QLineEdit* m_identity;
    QPushButton* m_browse;
    QLabel* m_problem;
    QPushButton* m_ok;
};

} // namespace causeway
