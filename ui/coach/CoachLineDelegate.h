#pragma once

#include "coach/Coach.h"

#include <QPointer>
#include <QStyledItemDelegate>

namespace causeway {

class DocumentCoach;

// Edits a one-line text cell (an action's title) in the usual line edit, with the coach's
// underlines and tooltips.
class CoachLineDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    CoachLineDelegate(DocumentCoach* coach, coach::TextContext context, QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;

private:
    QPointer<DocumentCoach> m_coach;
    coach::TextContext m_context;
};

} // namespace causeway
