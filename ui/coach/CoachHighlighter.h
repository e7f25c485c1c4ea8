#pragma once

#include "coach/Coach.h"

#include <QPointer>
#include <QSyntaxHighlighter>

#include <memory>
#include <optional>

class QPlainTextEdit;

namespace causeway {

class DocumentCoach;

// Underlines blaming, counterfactual and hindsight wording as the user types, with a wavy
// line in a colour that reads on light and dark palettes; hovering a finding shows why it
// matters and a systemic rephrasing.
class CoachHighlighter : public QSyntaxHighlighter {
    Q_OBJECT
public:
    CoachHighlighter(QTextDocument* document, DocumentCoach* source,
                     coach::TextContext context = coach::TextContext::Narrative);

    // Attaches a highlighter and its tooltips to an edit; returns the highlighter (owned by
    // the edit's document).
    static CoachHighlighter* attach(QPlainTextEdit* edit, DocumentCoach* source,
                                    coach::TextContext context = coach::TextContext::Narrative);

    // The finding at a position of the document, if any.
    std::optional<coach::Finding> findingAt(int position) const;
    // The tooltip of a finding: its category, why, and the suggested rephrasing (rich text).
    static QString tooltipText(const coach::Finding& finding);
    // The underline of a category, for the palette in use.
    static QTextCharFormat findingFormat(coach::Category category);

protected:
    void highlightBlock(const QString& text) override;

private:
    QPointer<DocumentCoach> m_source;
    std::shared_ptr<const coach::Coach> m_coach;
    coach::TextContext m_context;
};

} // namespace causeway
