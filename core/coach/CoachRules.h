#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace causeway::coach {

// What a finding is about; the highlighter and the CLI group by it.
enum class Category { Blame, Counterfactual, Hindsight, Person };

// Where a text stands: narrative looks back, an action item looks forward, so "should" in
// "the alert should page the owner" is a plan, not hindsight.
enum class TextContext { Narrative, Action };

// One rule as written in a rule file (resources/coach/LANG.json or the user's file). The
// format is documented in README.md ("Blameless-language coach").
struct RuleSpec {
    QString id;
    Category category = Category::Blame;
    QString pattern; // a regular expression; subject rules hold {name} where a name goes
    QString why;
    QString suggestion;
    QStringList neutralBefore; // the text just before the match ends with one of these
    QStringList neutralAfter;  // the text just after the match starts with one of these
    QStringList neutralWithin; // the matched text contains one of these
    bool inNarrative = true;
    bool inActions = true;
    bool matchCase = false;
    bool disabled = false; // a user rule that switches a built-in one off
};

struct RuleSet {
    QString language; // "en", "de"
    QList<RuleSpec> rules;
    // Rules about a participant as the subject of a failure; {name} stands for each name.
    QList<RuleSpec> subjectRules;

    // Rules of other with the same id replace these; new ids are added; disabled ones go.
    void mergeOver(const RuleSet& other);
};

// Parses a rule file and checks every pattern, naming the rule and the problem.
Result<RuleSet> parseRuleSet(const QByteArray& json, const QString& source);

QStringList availableLanguages(); // languages with a built-in rule set
// The built-in rules of a language, from the resources.
Result<RuleSet> builtInRuleSet(const QString& language);

// The user's extra rules: LANG.json in this folder (the app's data folder, "coach").
QString userRuleDir();
QString userRuleFile(const QString& language);

// The built-in rules with the user's file merged over them. A user file that cannot be read
// or parsed is ignored; its problem is returned in problem (empty when all is well).
RuleSet effectiveRuleSet(const QString& language, QString* problem = nullptr);

QString categoryKey(Category category);  // "blame", "counterfactual", "hindsight", "person"
QString categoryName(Category category); // translated
bool parseCategory(const QString& key, Category* category);

} // namespace causeway::coach
