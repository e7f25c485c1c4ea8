#include "coach/DocumentCoach.h"

#include "coach/PostmortemLint.h"
#include "coach/RuleCache.h"
#include "editing/PostmortemDocument.h"
#include "model/Fields.h"

namespace causeway {

DocumentCoach::DocumentCoach(QObject* parent)
    : QObject(parent)
    , m_coach(std::make_shared<coach::Coach>(coach::RuleSet{})) {}

void DocumentCoach::setRules(const QString& language, const QStringList& names) {
    // The compiled rules are shared by every coach of the language; only names differ.
    const coach::CachedRules rules = coach::cachedRules(language);
    m_rulesProblem = rules.problem;
    auto updated = std::make_shared<coach::Coach>(*rules.coach);
    updated->setNames(names);
    m_coach = std::move(updated);
    Q_EMIT changed();
}

void DocumentCoach::setDocument(PostmortemDocument* document, const QString& language) {
    if (m_doc)
        disconnect(m_doc, nullptr, this, nullptr);
    m_doc = document;
    m_fixedLanguage = language;
    if (!m_doc) {
        m_coach = std::make_shared<coach::Coach>(coach::RuleSet{});
        Q_EMIT changed();
        return;
    }
    const Postmortem& pm = m_doc->postmortem();
    setRules(language.isEmpty() ? coach::postmortemLanguage(pm) : language,
             coach::participantNames(pm));
    // Names change when participants are added, removed or renamed.
    connect(m_doc, &PostmortemDocument::childrenChanged, this, &DocumentCoach::updateNames);
    connect(m_doc, &PostmortemDocument::childrenReset, this, &DocumentCoach::updateNames);
    connect(m_doc, &PostmortemDocument::fieldChanged, this,
            [this](const QString& recordId, const QString& field) {
                if (field == Field::Name)
                    updateNames();
                else if (m_doc && recordId == m_doc->id())
                    updateLanguage();
            });
}

void DocumentCoach::updateLanguage() {
    if (!m_doc || !m_fixedLanguage.isEmpty())
        return;
    // A new postmortem starts in the locale's language; the first sentences decide.
    const QString language = coach::postmortemLanguage(m_doc->postmortem());
    if (language != m_coach->language())
        setRules(language, coach::participantNames(m_doc->postmortem()));
}

void DocumentCoach::updateNames() {
    if (!m_doc)
        return;
    const QStringList names = coach::participantNames(m_doc->postmortem());
    if (coach::nameForms(names) == m_coach->names())
        return;
    // A copy: highlighters may hold the old coach while they repaint.
    auto updated = std::make_shared<coach::Coach>(*m_coach);
    updated->setNames(names);
    m_coach = std::move(updated);
    Q_EMIT changed();
}

} // namespace causeway
