#pragma once

#include "coach/Coach.h"

#include <QHash>
#include <QPointer>
#include <QStyledItemDelegate>

namespace causeway {

class DocumentCoach;

// Edits a text cell (a timeline description) in a plain-text editor with the coach's
// underlines and tooltips; a line edit cannot show them. Enter commits, Shift+Enter starts a
// new line, Escape cancels. The displayed cells carry a wavy line under each finding and list
// them in their tooltip, so findings show without opening the editor.
class CoachTextDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit CoachTextDelegate(DocumentCoach* coach, QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    bool helpEvent(QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option,
                   const QModelIndex& index) override;

    // The findings of a cell's text, checked once per text while the rules stay the same.
    const QList<coach::Finding>& findingsOf(const QString& text) const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QPointer<DocumentCoach> m_coach;
    // Painting a long timeline must not run the rules on every scroll step.
    mutable QHash<QString, QList<coach::Finding>> m_findings;
};

} // namespace causeway
