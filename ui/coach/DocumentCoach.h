#pragma once

#include "coach/Coach.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace causeway {

class PostmortemDocument;

// The coach of one open postmortem: its language's rules (with the user's own merged in)
// and its participants' names, shared by every highlighter of the form. It follows the
// document: a participant added or renamed is known to the next keystroke.
class DocumentCoach : public QObject {
    Q_OBJECT
public:
    explicit DocumentCoach(QObject* parent = nullptr);

    // Language "" picks it from the postmortem's text (German or English) and follows the
    // text as it is written.
    void setDocument(PostmortemDocument* document, const QString& language = QString());
    // For fields outside a postmortem (and tests): rules of language, these names.
    void setRules(const QString& language, const QStringList& names = {});

    // Never null: an empty coach finds nothing.
    std::shared_ptr<const coach::Coach> coach() const { return m_coach; }
    // Why the user's rule file was ignored; empty when it was read or there is none.
    QString rulesProblem() const { return m_rulesProblem; }

Q_SIGNALS:
    // The rules or the names changed: highlighters check their text again.
    void changed();

private:
    void updateNames();
    void updateLanguage();

    QPointer<PostmortemDocument> m_doc;
    std::shared_ptr<coach::Coach> m_coach;
    QString m_rulesProblem;
    QString m_fixedLanguage; // given to setDocument; empty: follow the text
};

} // namespace causeway
