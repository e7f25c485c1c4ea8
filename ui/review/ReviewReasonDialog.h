#pragma once

#include "review/ReviewChecklist.h"
#include "review/Workflow.h"

#include <QDialog>

class QDialogButtonBox;
class QPlainTextEdit;

namespace causeway {

// Asks for the written text a workflow step needs: the reason to reopen, or the
// justification for approving over failing checklist items (which it lists). OK stays
// disabled while the text is empty.
class ReviewReasonDialog : public QDialog {
    Q_OBJECT
public:
    ReviewReasonDialog(Transition transition, const QList<ChecklistItem>& failing,
                       QWidget* parent = nullptr);

    QString reason() const;
    QPlainTextEdit* editor() const { return m_text; }
    QDialogButtonBox* buttons() const { return m_buttons; }

private:
    QPlainTextEdit* m_text;
    QDialogButtonBox* m_buttons;
};

} // namespace causeway
