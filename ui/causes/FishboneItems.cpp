#include "causes/FishboneItems.h"

#include "causes/FishbonePainter.h"

#include <QCursor>
#include <QKeyEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimer>

namespace causeway {

namespace {

// Room around a label for the selection ring FishbonePainter draws outside it.
constexpr qreal kRingRoom = 5;

} // namespace

FishboneLinesItem::FishboneLinesItem(const FishboneLayout& layout, const FishboneStyle& style)
    : m_layout(layout)
    , m_style(style) {
    setAcceptedMouseButtons(Qt::NoButton);
    setZValue(0);
}

QRectF FishboneLinesItem::boundingRect() const {
    return m_layout.sceneRect;
}

void FishboneLinesItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    FishbonePainter::paintLines(*painter, m_layout, m_style);
}

FishboneLabelItem::FishboneLabelItem(const FishboneLabel& label, const FishboneStyle& style)
    : m_label(label)
    , m_style(style) {
    setZValue(1);
    if (label.type == FishboneLabel::Legend)
        setAcceptedMouseButtons(Qt::NoButton);
    else
        setCursor(Qt::ArrowCursor); // the background shows a hand: it pans
}

void FishboneLabelItem::setDropTarget(bool on) {
    if (on == m_dropTarget)
        return;
    m_dropTarget = on;
    update();
}

QRectF FishboneLabelItem::boundingRect() const {
    return m_label.rect.adjusted(-kRingRoom, -kRingRoom, kRingRoom, kRingRoom);
}

QPainterPath FishboneLabelItem::shape() const {
    QPainterPath path;
    path.addRect(m_label.rect);
    return path;
}

void FishboneLabelItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    FishbonePainter::paintLabel(*painter, m_label, m_style, isSelected() || m_dropTarget);
}

FishboneInlineEditor::FishboneInlineEditor(const QString& text, const QFont& font, qreal textWidth,
                                           const FishboneStyle& style)
    : m_style(style) {
    setFont(font);
    setPlainText(text);
    setDefaultTextColor(style.text);
    document()->setDocumentMargin(kMargin);
    setTextWidth(textWidth + 2 * kMargin);
    setTextInteractionFlags(Qt::TextEditorInteraction);
    setZValue(20);
    setCursor(Qt::IBeamCursor);
}

void FishboneInlineEditor::begin() {
    setFocus(Qt::OtherFocusReason);
    QTextCursor all(document());
    all.select(QTextCursor::Document);
    setTextCursor(all);
}

void FishboneInlineEditor::finish(bool commit) {
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(commit, toPlainText());
}

void FishboneInlineEditor::keyPressEvent(QKeyEvent* event) {
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && !(event->modifiers() & Qt::ShiftModifier)) {
        finish(true);
        return;
    }
    if (event->key() == Qt::Key_Escape) {
        finish(false);
        return;
    }
    QGraphicsTextItem::keyPressEvent(event);
}

void FishboneInlineEditor::focusOutEvent(QFocusEvent* event) {
    QGraphicsTextItem::focusOutEvent(event);
    // A context menu or another window taking the focus for a moment is not the end
    // of the edit; a click elsewhere in the diagram or the application is.
    // The end is reported on the next turn of the event loop: the click that moved the
    // focus is still being delivered, possibly to items the edit will replace.
    if (event->reason() != Qt::PopupFocusReason && event->reason() != Qt::ActiveWindowFocusReason)
        QTimer::singleShot(0, this, [this] {
            if (!hasFocus())
                finish(true);
        });
}

void FishboneInlineEditor::paint(QPainter* painter, const QStyleOptionGraphicsItem* option,
                                 QWidget* widget) {
    // Opaque, above whatever it covers, and without Qt's dotted focus frame.
    painter->fillRect(boundingRect(), m_style.background);
    QStyleOptionGraphicsItem plain(*option);
    plain.state &= ~(QStyle::State_Selected | QStyle::State_HasFocus);
    QGraphicsTextItem::paint(painter, &plain, widget);
    painter->setPen(QPen(m_style.highlight, 2));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(boundingRect().adjusted(1, 1, -1, -1));
}

} // namespace causeway
