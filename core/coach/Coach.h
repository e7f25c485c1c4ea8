#pragma once

#include "coach/CoachRules.h"

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace causeway::coach {

// One place in a text where the wording blames, judges or looks back with hindsight.
struct Finding {
    qsizetype start = 0;
    qsizetype length = 0;
    Category category = Category::Blame;
    QString ruleId;
    QString why;
    QString suggestion;
    QString text; // the words found
};

// A rule set compiled once: it runs on every keystroke in the highlighter, so nothing is
// compiled while checking. Participants' names make the subject rules; setNames recompiles
// only those.
class Coach {
public:
    explicit Coach(const RuleSet& rules, const QStringList& names = {});

    QString language() const { return m_language; }
    void setNames(const QStringList& names);
    QStringList names() const { return m_names; }

    // Findings in text order; where rules overlap, the earlier and longer finding stays.
    QList<Finding> check(const QString& text, TextContext context = TextContext::Narrative) const;

private:
    struct CompiledRule {
        RuleSpec spec;
        QRegularExpression pattern;
        QList<QRegularExpression> before;
        QList<QRegularExpression> after;
        QList<QRegularExpression> within;
    };
    static CompiledRule compile(const RuleSpec& spec, const QString& pattern);
    void checkRule(const CompiledRule& rule, const QString& text, QList<Finding>& found) const;

    QString m_language;
    QList<RuleSpec> m_subjectSpecs;
    QList<CompiledRule> m_rules;
    QList<CompiledRule> m_subjectRules;
    QStringList m_names;
};

// "de" when the text reads as German, "en" when it reads as English (by their most common
// short words), else fallback.
QString detectLanguage(const QString& text, const QString& fallback = QStringLiteral("en"));

// The forms of a participant's name a text uses: "Alice Schmidt" gives "Alice Schmidt"
// and "Alice".
QStringList nameForms(const QStringList& fullNames);

} // namespace causeway::coach
