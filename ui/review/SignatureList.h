#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace causeway {

class KeyStore;
class PostmortemDocument;
class SignatureListModel;

// The signatures of the open postmortem, for the review pane to embed: a table of their
// manifestations and states, a one-line summary, and the Sign and New Profile buttons.
// Without a keychain both buttons are disabled and the label says why; the list itself
// needs no keychain (signatures carry their public keys).
class SignatureList : public QWidget {
    Q_OBJECT
public:
    explicit SignatureList(QWidget* parent = nullptr);

    void setDocument(PostmortemDocument* document);
    // Not owned. Checked for availability once when set.
    void setKeyStore(KeyStore* keys);

    SignatureListModel* model() const { return m_model; }
    QPushButton* signButton() const { return m_sign; }
    QPushButton* profileButton() const { return m_profile; }
    QString disabledReason() const;

Q_SIGNALS:
    void signatureAdded(const QString& recordId);

private:
    void updateState();
    void updateSummary();
    void fitHeight();
    void sign();
    void createProfile();

    QPointer<PostmortemDocument> m_doc;
    KeyStore* m_keys = nullptr;
    QString m_keychainProblem;
    SignatureListModel* m_model;
    QTableView* m_table;
    QLabel* m_summary;
    QLabel* m_reason;
    QPushButton* m_sign;
    QPushButton* m_profile;
};

} // namespace causeway
