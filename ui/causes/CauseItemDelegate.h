#pragma once

#include <QPointer>
#include <QStyledItemDelegate>

namespace causeway {

class DocumentCoach;

// Draws and edits the cells of the 5-whys tree: a choice list for the kind and category
// columns (from CauseTreeModel::ChoicesRole), a prompting line editor for answers, and
// rows with room around the text, as the tree is read off a projector across a room. With a
// coach, answers are underlined where they blame or judge, as the user types.
class CauseItemDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void setCoach(DocumentCoach* coach);

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

    QPointer<DocumentCoach> m_coach;
};

} // namespace causeway
