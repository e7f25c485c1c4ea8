#pragma once

#include "coach/Coach.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

class QLineEdit;

namespace causeway {

class DocumentCoach;

// The coach's underlines and tooltips in a line edit (a cause's answer, an action's title):
// the findings are handed to the edit as input-method text formats, so the edit keeps all
// its own behaviour (Enter, Escape, Tab, undo, placeholder) and draws them in its text.
class CoachLineHighlighter : public QObject {
    Q_OBJECT
public:
    // Owned by the edit; follows its text and the coach's rules.
    static CoachLineHighlighter* attach(QLineEdit* edit, DocumentCoach* source,
                                        coach::TextContext context);

    const QList<coach::Finding>& findings() const { return m_findings; }
    std::optional<coach::Finding> findingAt(int position) const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    CoachLineHighlighter(QLineEdit* edit, DocumentCoach* source, coach::TextContext context);
    void highlight();

    QLineEdit* m_edit;
    QPointer<DocumentCoach> m_source;
    coach::TextContext m_context;
    QList<coach::Finding> m_findings;
    bool m_composing = false;
};

} // namespace causeway
