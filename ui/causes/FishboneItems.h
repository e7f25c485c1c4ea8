#pragma once

#include "causes/FishboneLayout.h"

#include <QGraphicsItem>
#include <QGraphicsTextItem>

namespace causeway {

struct FishboneStyle;

// The scene items of the fishbone view. They draw with FishbonePainter, the code the
// exports use, so the screen shows exactly what an exported file will.

// The spine, bones, ribs and branches, in one item under the labels.
class FishboneLinesItem : public QGraphicsItem {
public:
    FishboneLinesItem(const FishboneLayout& layout, const FishboneStyle& style);
    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    const FishboneLayout& m_layout;
    const FishboneStyle& m_style;
};

// One label: a cause (selectable and, when the document can be edited, draggable to
// another bone), a bone's category, the head or a legend entry.
class FishboneLabelItem : public QGraphicsItem {
public:
    FishboneLabelItem(const FishboneLabel& label, const FishboneStyle& style);

    const FishboneLabel& label() const { return m_label; }
    bool isCause() const { return m_label.type == FishboneLabel::Cause; }
    // Shows the label as the place a dragged cause will go (category labels).
    void setDropTarget(bool on);

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    FishboneLabel m_label;
    const FishboneStyle& m_style;
    bool m_dropTarget = false;
};

// Edits a text in place, where its label is. Enter commits, Shift+Enter starts a new
// line, Esc cancels; moving the focus elsewhere commits, as in a table cell.
class FishboneInlineEditor : public QGraphicsTextItem {
    Q_OBJECT
public:
    FishboneInlineEditor(const QString& text, const QFont& font, qreal textWidth,
                         const FishboneStyle& style);
    // Gives the editor the keyboard with all its text selected.
    void begin();
    // Ends the edit as if the user had pressed Enter (commit) or Esc.
    void finish(bool commit);
    bool isFinished() const { return m_finished; }
    // Where the text starts inside the item, to line it up with a label's text.
    static constexpr qreal kMargin = 3;

Q_SIGNALS:
    void finished(bool commit, const QString& text);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    const FishboneStyle& m_style;
    bool m_finished = false;
};

} // namespace causeway
