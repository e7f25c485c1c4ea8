#pragma once

#include "review/ReviewChecklist.h"

#include <QList>
#include <QWidget>

class QGridLayout;
class QLabel;

namespace causeway {

// The review checklist as rows of mark (✓ / ✗ / –), title and detail. Failing items are in
// a dark red that stays readable on a light background, and the mark carries the state
// for screen readers, so colour is never the only signal.
class ChecklistView : public QWidget {
    Q_OBJECT
public:
    explicit ChecklistView(QWidget* parent = nullptr);

    void setItems(const QList<ChecklistItem>& items);
    const QList<ChecklistItem>& items() const { return m_items; }
    // The label showing an item's detail, for tests; nullptr when there is no such item.
    QLabel* detailLabel(const QString& key) const;
    QLabel* markLabel(const QString& key) const;

    static QString mark(ChecklistItem::State state);
    // Dark red on light backgrounds, light red on dark ones (the application's window colour
    // unless given).
    static QColor failColor(const QColor& background = QColor());

private:
    QGridLayout* m_grid;
    QList<ChecklistItem> m_items;
    QList<QLabel*> m_labels; // mark, title, detail per item
};

} // namespace causeway
