#pragma once

#include <QPointer>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace causeway {

class DocumentCoach;
class MarkingSelector;
class PostmortemDocument;

// The form of one action: every field, the status with its reason, the verification once
// done, and the causes it addresses. Every change is one ActionEditing command; the form
// refreshes from the document, so undo and redo show here at once.
class ActionDetails : public QWidget {
    Q_OBJECT
public:
    explicit ActionDetails(QWidget* parent = nullptr);

    void setDocument(PostmortemDocument* document);
    void setAction(const QString& actionId);
    QString actionId() const { return m_id; }
    // followUp: while read-only, the follow-up (status, ticket, verification) stays
    // editable where the document allows it: on an approved postmortem.
    void setReadOnly(bool readOnly, bool followUp = false);
    // The language coach of the open postmortem's actions, for the table's title editor.
    DocumentCoach* coach() const { return m_coach; }

    // For tests and keyboard users.
    QLineEdit* titleEdit() const { return m_title; }
    QComboBox* ownerCombo() const { return m_owner; }
    QDateEdit* dueEdit() const { return m_due; }
    QComboBox* priorityCombo() const { return m_priority; }
    QComboBox* typeCombo() const { return m_type; }
    QComboBox* statusCombo() const { return m_status; }
    QLineEdit* reasonEdit() const { return m_reason; }
    QLineEdit* ticketEdit() const { return m_ticket; }
    QGroupBox* verificationGroup() const { return m_verification; }
    QComboBox* verificationMethodCombo() const { return m_method; }
    QLineEdit* verifiedByEdit() const { return m_verifiedBy; }
    QPushButton* recordVerificationButton() const { return m_record; }
    QListWidget* causesList() const { return m_causes; }
    QComboBox* linkableCauses() const { return m_linkable; }
    QPushButton* linkButton() const { return m_link; }
    QPushButton* unlinkButton() const { return m_unlink; }
    QLabel* messageLabel() const { return m_message; }
    MarkingSelector* markingSelector() const { return m_marking; }

private:
    void refresh();
    void showMessage(const QString& message);
    void applyStatus();
    void applyVerification();
    void fillCombo(QComboBox* combo, const QString& fieldKey, const QStringList& keys);

    QPointer<PostmortemDocument> m_doc;
    QString m_id;
    bool m_readOnly = false;
    bool m_followUp = false;
    bool m_updating = false;

    QLabel* m_empty;
    QWidget* m_form;
    QLineEdit* m_title;
    QPlainTextEdit* m_description;
    // Underlines blaming wording in the description; an action is read as a plan.
    DocumentCoach* m_coach = nullptr;
    QComboBox* m_owner;
    QDateEdit* m_due;
    QComboBox* m_priority;
    QComboBox* m_type;
    QComboBox* m_status;
    QLabel* m_reasonLabel;
    QLineEdit* m_reason;
    QLineEdit* m_ticket;
    MarkingSelector* m_marking;
    QGroupBox* m_verification;
    QComboBox* m_method;
    QLineEdit* m_note;
    QDateEdit* m_verifiedOn;
    QLineEdit* m_verifiedBy;
    QPushButton* m_record;
    QPushButton* m_clear;
    QListWidget* m_causes;
    QComboBox* m_linkable;
    QPushButton* m_link;
    QPushButton* m_unlink;
    QLabel* m_message;
};

} // namespace causeway
