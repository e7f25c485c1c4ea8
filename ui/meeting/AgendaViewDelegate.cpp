#include "meeting/AgendaViewDelegate.h"

#include "meeting/AgendaModel.h"

#include <QComboBox>

namespace causeway {

QWidget* AgendaViewDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&,
                                          const QModelIndex&) const {
    auto* combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("agendaViewEditor"));
    combo->setAccessibleName(tr("Presenter view"));
    for (const PresenterView view : AgendaModel::allViews())
        combo->addItem(AgendaModel::viewLabel(view), int(view));
    // Picking a view is the whole edit: no Enter needed.
    connect(combo, &QComboBox::activated, this, [this, combo] {
        Q_EMIT const_cast<AgendaViewDelegate*>(this)->commitData(combo);
        Q_EMIT const_cast<AgendaViewDelegate*>(this)->closeEditor(combo);
    });
    return combo;
}

void AgendaViewDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const {
    auto* combo = qobject_cast<QComboBox*>(editor);
    if (!combo)
        return QStyledItemDelegate::setEditorData(editor, index);
    combo->setCurrentIndex(qMax(0, combo->findData(index.data(Qt::EditRole))));
}

void AgendaViewDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                      const QModelIndex& index) const {
    auto* combo = qobject_cast<QComboBox*>(editor);
    if (!combo)
        return QStyledItemDelegate::setModelData(editor, model, index);
    // Unchanged: no undo step (EditableAgenda skips a list equal to the current one).
    model->setData(index, combo->currentData(), Qt::EditRole);
}

} // namespace causeway
