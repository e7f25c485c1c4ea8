#include "coach/CoachHighlighter.h"

#include "coach/DocumentCoach.h"

#include <QEvent>
#include <QGuiApplication>
#include <QHelpEvent>
#include <QPalette>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QToolTip>

namespace causeway {

namespace {

// Shows a finding's tooltip when the pointer rests on it; elsewhere the edit's own tooltip.
class FindingTooltips : public QObject {
public:
    FindingTooltips(QPlainTextEdit* edit, CoachHighlighter* highlighter)
        : QObject(edit)
        , m_edit(edit)
        , m_highlighter(highlighter) {}

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() != QEvent::ToolTip || !m_highlighter)
            return QObject::eventFilter(watched, event);
        const auto* help = static_cast<QHelpEvent*>(event);
        const int position = m_edit->cursorForPosition(help->pos()).position();
        // cursorForPosition gives the nearest gap between characters: the character under
        // the pointer is the one after it, or before it at a word's right edge.
        std::optional<coach::Finding> found = m_highlighter->findingAt(position);
        if (!found && position > 0)
            found = m_highlighter->findingAt(position - 1);
        if (!found) {
            QToolTip::hideText();
            return false; // the edit may have a tooltip of its own
        }
        QToolTip::showText(help->globalPos(), CoachHighlighter::tooltipText(*found), m_edit);
        return true;
    }

private:
    QPlainTextEdit* m_edit;
    QPointer<CoachHighlighter> m_highlighter;
};

bool darkPalette() {
    return QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
}

} // namespace

CoachHighlighter::CoachHighlighter(QTextDocument* document, DocumentCoach* source,
                                   coach::TextContext context)
    : QSyntaxHighlighter(document)
    , m_source(source)
    , m_coach(source ? source->coach() : nullptr)
    , m_context(context) {
    if (source) {
        connect(source, &DocumentCoach::changed, this, [this] {
            m_coach = m_source ? m_source->coach() : nullptr;
            rehighlight();
        });
    }
    if (m_coach)
        rehighlight();
}

CoachHighlighter* CoachHighlighter::attach(QPlainTextEdit* edit, DocumentCoach* source,
                                           coach::TextContext context) {
    auto* highlighter = new CoachHighlighter(edit->document(), source, context);
    edit->viewport()->installEventFilter(new FindingTooltips(edit, highlighter));
    return highlighter;
}

QTextCharFormat CoachHighlighter::findingFormat(coach::Category category) {
    // Strong colours on a light base, lighter ones on a dark base: both keep a contrast of
    // about 4.5:1 against the palette's text background.
    const bool dark = darkPalette();
    const bool aboutPeople =
        category == coach::Category::Blame || category == coach::Category::Person;
    QColor colour;
    if (aboutPeople)
        colour = dark ? QColor(0xff, 0x87, 0x87) : QColor(0xc9, 0x2a, 0x2a);
    else
        colour = dark ? QColor(0xff, 0xc0, 0x78) : QColor(0xb3, 0x50, 0x00);
    QTextCharFormat format;
    format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    format.setUnderlineColor(colour);
    // A faint wash of the same colour: a thin wave alone is easy to miss at small sizes.
    QColor wash = colour;
    wash.setAlpha(dark ? 56 : 36);
    format.setBackground(wash);
    return format;
}

void CoachHighlighter::highlightBlock(const QString& text) {
    if (!m_coach)
        return;
    for (const coach::Finding& f : m_coach->check(text, m_context))
        setFormat(int(f.start), int(f.length), findingFormat(f.category));
}

std::optional<coach::Finding> CoachHighlighter::findingAt(int position) const {
    if (!m_coach || !document())
        return std::nullopt;
    const QTextBlock block = document()->findBlock(position);
    if (!block.isValid())
        return std::nullopt;
    const qsizetype offset = position - block.position();
    for (const coach::Finding& f : m_coach->check(block.text(), m_context)) {
        if (offset >= f.start && offset < f.start + f.length)
            return f;
    }
    return std::nullopt;
}

QString CoachHighlighter::tooltipText(const coach::Finding& finding) {
    return tr("<p><b>%1:</b> “%2”</p><p>%3</p><p><i>Try:</i> %4</p>")
        .arg(coach::categoryName(finding.category).toHtmlEscaped(), finding.text.toHtmlEscaped(),
             finding.why.toHtmlEscaped(), finding.suggestion.toHtmlEscaped());
}

} // namespace causeway
