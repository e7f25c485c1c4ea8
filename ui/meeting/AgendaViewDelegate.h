#pragma once

#include <QStyledItemDelegate>

namespace causeway {

// The agenda table's presenter column: a drop-down of the views (agenda, timeline,
// fishbone, actions). A choice is written at once, so it is one undo step and the
// presenter follows it while the item is on.
class AgendaViewDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;
};

} // namespace causeway
