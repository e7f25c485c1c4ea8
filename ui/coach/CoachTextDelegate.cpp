#include "coach/CoachTextDelegate.h"

#include "coach/CoachHighlighter.h"
#include "coach/DocumentCoach.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPlainTextEdit>
#include <QToolTip>

namespace causeway {

CoachTextDelegate::CoachTextDelegate(DocumentCoach* coach, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_coach(coach) {
    if (coach)
        connect(coach, &DocumentCoach::changed, this, [this] { m_findings.clear(); });
}

const QList<coach::Finding>& CoachTextDelegate::findingsOf(const QString& text) const {
    // Bounded: a timeline edited for hours must not keep every text it ever showed.
    constexpr qsizetype kMaxCached = 50000;
    const auto it = m_findings.constFind(text);
    if (it != m_findings.cend())
        return *it;
    if (m_findings.size() >= kMaxCached)
        m_findings.clear();
    QList<coach::Finding> found;
    if (m_coach)
        found = m_coach->coach()->check(text);
    return *m_findings.insert(text, found);
}

void CoachTextDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const {
    QStyledItemDelegate::paint(painter, option, index);
    const QString text = index.data(Qt::DisplayRole).toString();
    const QList<coach::Finding>& found = findingsOf(text);
    if (found.isEmpty())
        return;
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget* widget = opt.widget;
    const QStyle* style = widget ? widget->style() : QApplication::style();
    QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    textRect.adjust(margin, 0, -margin, 0);
    // The cell shows one line: findings after a line break are in the tooltip only.
    const qsizetype lineEnd = text.indexOf(u'\n') < 0 ? text.size() : text.indexOf(u'\n');
    const QFontMetrics& fm = opt.fontMetrics;
    const bool rightToLeft = opt.direction == Qt::RightToLeft;
    // A text cut short ends in an ellipsis: findings behind it are marked under it.
    const QString line = text.left(lineEnd);
    const QString shown = fm.elidedText(line, opt.textElideMode, textRect.width());
    const int ellipsis = shown == line ? 0 : fm.horizontalAdvance(QChar(0x2026));
    const int visible = fm.horizontalAdvance(shown) - ellipsis;
    const int baseline = textRect.center().y() + fm.height() / 2 - fm.descent() + 2;
    constexpr int kWave = 2; // half a wave's width and its height, in pixels
    painter->save();
    painter->setClipRect(textRect);
    painter->setRenderHint(QPainter::Antialiasing);
    for (const coach::Finding& f : found) {
        if (f.start + f.length > lineEnd)
            break;
        int from = fm.horizontalAdvance(text.left(f.start));
        int to = from + fm.horizontalAdvance(text.mid(f.start, f.length));
        if (from >= visible) {
            from = visible; // hidden by the ellipsis
            to = visible + ellipsis;
        } else if (to > visible) {
            to = visible + ellipsis; // runs into the ellipsis
        }
        if (rightToLeft) {
            from = textRect.right() - from;
            to = textRect.right() - to;
            std::swap(from, to);
        } else {
            from += textRect.left();
            to += textRect.left();
        }
        QPainterPath wave(QPointF(from, baseline));
        for (int x = from + kWave, up = 1; x <= to; x += kWave, up = 1 - up)
            wave.lineTo(QPointF(x, baseline + (up ? -kWave / 2.0 : kWave / 2.0)));
        painter->setPen(QPen(CoachHighlighter::findingFormat(f.category).underlineColor(), 1));
        painter->drawPath(wave);
    }
    painter->restore();
}

bool CoachTextDelegate::helpEvent(QHelpEvent* event, QAbstractItemView* view,
                                  const QStyleOptionViewItem& option, const QModelIndex& index) {
    if (event && event->type() == QEvent::ToolTip && index.isValid()) {
        const QList<coach::Finding>& found = findingsOf(index.data(Qt::DisplayRole).toString());
        if (!found.isEmpty()) {
            QStringList parts;
            for (const coach::Finding& f : found)
                parts.append(CoachHighlighter::tooltipText(f));
            QToolTip::showText(event->globalPos(), parts.join(QStringLiteral("<hr>")), view,
                               option.rect);
            return true;
        }
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

QWidget* CoachTextDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                         const QModelIndex& index) const {
    Q_UNUSED(option)
    Q_UNUSED(index)
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(QStringLiteral("coachCellEditor"));
    edit->setFrameShape(QFrame::NoFrame);
    edit->setTabChangesFocus(true);
    // One row of a table: the text scrolls sideways like a line edit's instead of wrapping
    // into lines the row cannot show.
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    edit->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    edit->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    edit->document()->setDocumentMargin(1);
    CoachHighlighter::attach(edit, m_coach);
    return edit;
}

void CoachTextDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const {
    auto* edit = qobject_cast<QPlainTextEdit*>(editor);
    if (!edit)
        return;
    edit->setPlainText(index.data(Qt::EditRole).toString());
    edit->moveCursor(QTextCursor::End);
}

void CoachTextDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                     const QModelIndex& index) const {
    if (auto* edit = qobject_cast<QPlainTextEdit*>(editor))
        model->setData(index, edit->toPlainText(), Qt::EditRole);
}

bool CoachTextDelegate::eventFilter(QObject* watched, QEvent* event) {
    // The base filter lets a plain-text editor keep Enter; in a table cell Enter commits,
    // as it does in every other cell.
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        auto* editor = qobject_cast<QWidget*>(watched);
        if (editor && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            !(key->modifiers() & Qt::ShiftModifier)) {
            Q_EMIT commitData(editor);
            Q_EMIT closeEditor(editor, QAbstractItemDelegate::NoHint);
            return true;
        }
    }
    return QStyledItemDelegate::eventFilter(watched, event);
}

} // namespace causeway
