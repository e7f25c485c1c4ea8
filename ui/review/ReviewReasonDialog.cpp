#include "review/ReviewReasonDialog.h"

#include "common/WindowSize.h"
#include "review/ChecklistView.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace causeway {

ReviewReasonDialog::ReviewReasonDialog(Transition transition, const QList<ChecklistItem>& failing,
                                       QWidget* parent)
    : QDialog(parent)
    , m_text(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(this);
    intro->setWordWrap(true);
    if (transition == Transition::Approve) {
        setWindowTitle(tr("Approve Over Failing Items"));
        intro->setText(tr("These checklist items fail. Approving anyway needs a written "
                          "justification, which is kept with the review history:"));
        layout->addWidget(intro);
        auto* list = new ChecklistView(this);
        list->setItems(failing);
        layout->addWidget(list);
        m_text->setAccessibleName(tr("Justification"));
        m_text->setPlaceholderText(tr("Why approving now is right"));
    } else {
        setWindowTitle(tr("%1: Reason").arg(Workflow::actionName(transition)));
        intro->setText(transition == Transition::Reopen
                           ? tr("Reopening makes the postmortem a draft again. Say why; the "
                                "reason is kept with the review history.")
                           : tr("Say what needs to change (optional)."));
        layout->addWidget(intro);
        m_text->setAccessibleName(tr("Reason"));
    }
    layout->addWidget(m_text, 1);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(Workflow::actionName(transition));
    const bool required = transition == Transition::Reopen || transition == Transition::Approve;
    const auto update = [this, required] {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!required || !reason().isEmpty());
    };
    connect(m_text, &QPlainTextEdit::textChanged, this, update);
    update();
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(textSize(this, 68, 19));
}

QString ReviewReasonDialog::reason() const {
    return m_text->toPlainText().trimmed();
}

} // namespace causeway
