#include "causes/CauseItemDelegate.h"

#include "causes/CauseTreeModel.h"
#include "coach/CoachLineHighlighter.h"
#include "coach/DocumentCoach.h"

#include <QComboBox>
#include <QLineEdit>
#include <QTreeView>

namespace causeway {

QWidget* CauseItemDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                         const QModelIndex& index) const {
    const QStringList choices = index.data(CauseTreeModel::ChoicesRole).toStringList();
    if (!choices.isEmpty()) {
        const QStringList names = index.data(CauseTreeModel::ChoiceNamesRole).toStringList();
        auto* combo = new QComboBox(parent);
        for (qsizetype i = 0; i < choices.size(); ++i)
            combo->addItem(names.value(i, choices.at(i)), choices.at(i));
        // A choice picked with the mouse is the whole edit; no Enter needed to keep it.
        connect(
            combo, &QComboBox::activated, this,
            [self = const_cast<CauseItemDelegate*>(this), combo] { self->commitAndClose(combo); });
        return combo;
    }
    QWidget* editor = QStyledItemDelegate::createEditor(parent, option, index);
    if (auto* line = qobject_cast<QLineEdit*>(editor); line && index.column() == 0) {
        line->setPlaceholderText(
            index.data(CauseTreeModel::ProblemRole).toBool() ? tr("What happened?") : tr("Why?"));
        if (m_coach)
            CoachLineHighlighter::attach(line, m_coach, coach::TextContext::Narrative);
    }
    return editor;
}

void CauseItemDelegate::setCoach(DocumentCoach* coach) {
    m_coach = coach;
}

void CauseItemDelegate::commitAndClose(QWidget* editor) {
    Q_EMIT commitData(editor);
    Q_EMIT closeEditor(editor, QAbstractItemDelegate::SubmitModelCache);
}

void CauseItemDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const {
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole))));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void CauseItemDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                     const QModelIndex& index) const {
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        model->setData(index, combo->currentData());
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

void CauseItemDelegate::initStyleOption(QStyleOptionViewItem* option,
                                        const QModelIndex& index) const {
    QStyledItemDelegate::initStyleOption(option, index);
    // The problem statement heads the tree: a size larger than the answers, whatever the
    // view's zoom.
    if (index.data(CauseTreeModel::ProblemRole).toBool() && option->font.pointSizeF() > 0) {
        option->font.setPointSizeF(option->font.pointSizeF() * 1.2);
        option->fontMetrics = QFontMetrics(option->font);
    }
}

QSize CauseItemDelegate::sizeHint(const QStyleOptionViewItem& option,
                                  const QModelIndex& index) const {
    QStyleOptionViewItem measured = option;
    // A tree view asks for row heights without a width, which cuts a long answer to one
    // elided line: measure it at the width its column leaves it, so it wraps instead.
    const auto* tree = qobject_cast<const QTreeView*>(option.widget);
    if (tree && tree->wordWrap() && index.column() == 0) {
        int depth = tree->rootIsDecorated() ? 1 : 0;
        for (QModelIndex up = index.parent(); up.isValid(); up = up.parent())
            ++depth;
        const bool spanned = tree->isFirstColumnSpanned(index.row(), index.parent());
        const int width = (spanned ? tree->viewport()->width() : tree->columnWidth(0)) -
                          depth * tree->indentation();
        if (width > 0)
            measured.rect = QRect(0, 0, width, option.fontMetrics.height());
    }
    QSize size = QStyledItemDelegate::sizeHint(measured, index);
    size.rheight() += option.fontMetrics.height() * 2 / 3;
    return size;
}

} // namespace causeway
