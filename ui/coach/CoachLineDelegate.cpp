#include "coach/CoachLineDelegate.h"

#include "coach/CoachLineHighlighter.h"
#include "coach/DocumentCoach.h"

#include <QLineEdit>

namespace causeway {

CoachLineDelegate::CoachLineDelegate(DocumentCoach* coach, coach::TextContext context,
                                     QObject* parent)
    : QStyledItemDelegate(parent)
    , m_coach(coach)
    , m_context(context) {}

QWidget* CoachLineDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                         const QModelIndex& index) const {
    QWidget* editor = QStyledItemDelegate::createEditor(parent, option, index);
    if (auto* line = qobject_cast<QLineEdit*>(editor))
        CoachLineHighlighter::attach(line, m_coach, m_context);
    return editor;
}

} // namespace causeway
