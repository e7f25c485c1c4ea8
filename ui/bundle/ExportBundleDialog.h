#pragma once

#include "bundle/BundleExport.h"

#include <QDialog>

#include <optional>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

namespace causeway {

class KeyStore;
class Store;

// File → Export Bundle…: which postmortems (the selected one, all, or what changed since the
// last bundle for a named peer), signed with the current signing profile (its passphrase
// asked here; without a profile or keychain the bundle goes unsigned, with a warning),
// optionally encrypted (a passphrase typed twice, or age recipients one per line), and the
// file. Export runs with a progress dialog that can cancel; a failure keeps the dialog open
// with the reason.
class ExportBundleDialog : public QDialog {
    Q_OBJECT
public:
    enum class Scope { Selected, All, SincePeer };
    enum class Encryption { None, Passphrase, Recipients };

    // keys: the keychain with the signing keys; null when there is none.
    ExportBundleDialog(Store& store, KeyStore* keys, const QString& selectedId,
                       QWidget* parent = nullptr);

    // For tests and callers that preselect.
    void setScope(Scope scope);
    void setPeer(const QString& peer);
    void setSigned(bool sign);
    void setSigningPassphrase(const QString& passphrase);
    void setEncryption(Encryption encryption);
    void setEncryptionPassphrase(const QString& passphrase, const QString& repeated);
    void setRecipients(const QString& onePerLine);
    void setOutputPath(const QString& path);
    // age's scrypt work factor; tests lower it.
    void setScryptLogN(int logN) { m_scryptLogN = logN; }

    QString outputPath() const;
    bool canSign() const { return m_signingProblem.isEmpty(); }
    QString problem() const;
    QPushButton* exportButton() const;
    QLabel* signingNote() const { return m_signNote; }
    // Set after a successful export.
    const std::optional<Bundle::ExportResult>& result() const { return m_result; }

    // The default file name: "<title or postmortems>-<yyyy-MM-dd>.causeway".
    static QString defaultFileName(const QString& title, const QDate& date);

    void accept() override;

private:
    Scope scope() const;
    Encryption encryption() const;
    void updateState();
    void updateDefaultOutput();
    void fitHeight();
    void browse();
    QString recipientsProblem(QStringList* recipients) const;

    Store& m_store;
    KeyStore* m_keys;
    QString m_selectedId;
    QString m_selectedTitle;
    QString m_signingProblem; // why signing is not possible here; empty: it is
    int m_scryptLogN = 18;
    bool m_outputEdited = false;

    QRadioButton* m_selected;
    QRadioButton* m_all;
    QRadioButton* m_since;
    QComboBox* m_peer;
    QCheckBox* m_sign;
    QLineEdit* m_signPassphrase;
    QLabel* m_signNote;
    QButtonGroup* m_encryptionGroup;
    QRadioButton* m_encryptNone;
    QRadioButton* m_encryptPassphrase;
    QRadioButton* m_encryptRecipients;
    QLineEdit* m_passphrase;
    QLineEdit* m_passphraseAgain;
    QPlainTextEdit* m_recipients;
    QLineEdit* m_output;
    QLabel* m_problem;
    QPushButton* m_export;
    std::optional<Bundle::ExportResult> m_result;
};

} // namespace causeway
