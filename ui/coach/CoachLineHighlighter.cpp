#include "coach/CoachLineHighlighter.h"

#include "coach/CoachHighlighter.h"
#include "coach/DocumentCoach.h"

#include <QCoreApplication>
#include <QHelpEvent>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QToolTip>

namespace causeway {

CoachLineHighlighter::CoachLineHighlighter(QLineEdit* edit, DocumentCoach* source,
                                           coach::TextContext context)
    : QObject(edit)
    , m_edit(edit)
    , m_source(source)
    , m_context(context) {
    connect(edit, &QLineEdit::textChanged, this, &CoachLineHighlighter::highlight);
    if (source)
        connect(source, &DocumentCoach::changed, this, &CoachLineHighlighter::highlight);
    edit->installEventFilter(this);
    highlight();
}

CoachLineHighlighter* CoachLineHighlighter::attach(QLineEdit* edit, DocumentCoach* source,
                                                   coach::TextContext context) {
    return new CoachLineHighlighter(edit, source, context);
}

void CoachLineHighlighter::highlight() {
    const std::shared_ptr<const coach::Coach> coach = m_source ? m_source->coach() : nullptr;
    QList<coach::Finding> found =
        coach ? coach->check(m_edit->text(), m_context) : QList<coach::Finding>();
    if (m_composing)
        return; // an input method's pre-edit text must not be replaced; checked at commit
    if (found.isEmpty() && m_findings.isEmpty())
        return; // nothing drawn and nothing to draw: no event for every keystroke
    m_findings = std::move(found);
    // Input-method formats start relative to the cursor; an event without text to commit
    // or pre-edit changes nothing but the formats.
    const int cursor = m_edit->cursorPosition();
    QList<QInputMethodEvent::Attribute> formats;
    for (const coach::Finding& f : std::as_const(m_findings)) {
        formats.append(QInputMethodEvent::Attribute(QInputMethodEvent::TextFormat,
                                                    int(f.start) - cursor, int(f.length),
                                                    CoachHighlighter::findingFormat(f.category)));
    }
    QInputMethodEvent event(QString(), formats);
    QCoreApplication::sendEvent(m_edit, &event);
}

std::optional<coach::Finding> CoachLineHighlighter::findingAt(int position) const {
    for (const coach::Finding& f : m_findings) {
        if (position >= f.start && position < f.start + f.length)
            return f;
    }
    return std::nullopt;
}

bool CoachLineHighlighter::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_edit && event->type() == QEvent::InputMethod) {
        // Composing (e.g. Japanese or Chinese input) shows pre-edit text until it is
        // committed; the formats wait for the commit.
        m_composing = !static_cast<QInputMethodEvent*>(event)->preeditString().isEmpty();
        return false;
    }
    if (watched != m_edit || event->type() != QEvent::ToolTip || m_findings.isEmpty())
        return QObject::eventFilter(watched, event);
    const auto* help = static_cast<QHelpEvent*>(event);
    // The nearest gap between characters: the character under the pointer is after it, or
    // before it at a word's right edge.
    const int position = m_edit->cursorPositionAt(help->pos());
    std::optional<coach::Finding> found = findingAt(position);
    if (!found && position > 0)
        found = findingAt(position - 1);
    if (!found)
        return false; // the edit's own tooltip, if it has one
    QToolTip::showText(help->globalPos(), CoachHighlighter::tooltipText(*found), m_edit);
    return true;
}

} // namespace causeway
