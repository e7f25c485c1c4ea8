#pragma once

#include <QStyledItemDelegate>

namespace causeway {

// Draws and edits the cells of the 5-whys tree: a choice list for the kind and category
// columns (from CauseTreeModel::ChoicesRole), a prompting line editor for answers, and
// rows with room around the text, as the tree is read off a projector across a room.
class CauseItemDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;

private:
    void commitAndClose(QWidget* editor);
};

} // namespace causeway
