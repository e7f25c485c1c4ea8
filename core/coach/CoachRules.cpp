#include "coach/CoachRules.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>

namespace causeway::coach {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("causeway::coach", text);
}

const QString kFormat = QStringLiteral("causeway.coach-rules");

struct CategoryKey {
    Category category;
    const char16_t* key;
};

constexpr CategoryKey kCategoryKeys[] = {
    {Category::Blame, u"blame"},
    {Category::Counterfactual, u"counterfactual"},
    {Category::Hindsight, u"hindsight"},
    {Category::Person, u"person"},
};

// Checks one pattern as the matcher will compile it; {name} is filled with a plain word.
QString patternProblem(const QString& pattern, bool subjectRule) {
    QString probe = pattern;
    if (subjectRule)
        probe.replace(QStringLiteral("{name}"), QStringLiteral("Name"));
    const QRegularExpression re(probe, QRegularExpression::UseUnicodePropertiesOption);
    if (!re.isValid())
        return tr("%1 at offset %2").arg(re.errorString()).arg(re.patternErrorOffset());
    return QString();
}

Result<QStringList> stringList(const QJsonObject& o, const QString& key, const QString& where) {
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return QStringList();
    if (!v.isArray())
        return Result<QStringList>::failure(
            tr("%1: \"%2\" must be a list of patterns").arg(where, key));
    QStringList list;
    const QJsonArray array = v.toArray();
    for (const QJsonValue& item : array) {
        if (!item.isString())
            return Result<QStringList>::failure(
                tr("%1: \"%2\" must contain only strings").arg(where, key));
        const QString problem = patternProblem(item.toString(), false);
        if (!problem.isEmpty())
            return Result<QStringList>::failure(
                tr("%1: a pattern in \"%2\" is not valid: %3").arg(where, key, problem));
        list.append(item.toString());
    }
    return list;
}

Result<RuleSpec> parseRule(const QJsonValue& value, const QString& where, bool subjectRule) {
    if (!value.isObject())
        return Result<RuleSpec>::failure(tr("%1 is not an object").arg(where));
    const QJsonObject o = value.toObject();
    RuleSpec rule;
    rule.id = o.value(QStringLiteral("id")).toString().trimmed();
    if (rule.id.isEmpty())
        return Result<RuleSpec>::failure(tr("%1 has no \"id\"").arg(where));
    const QString named = QStringLiteral("%1 (\"%2\")").arg(where, rule.id);
    rule.disabled = o.value(QStringLiteral("disabled")).toBool(false);
    if (rule.disabled)
        return rule; // switching a rule off needs nothing else
    const QString category = o.value(QStringLiteral("category")).toString();
    if (!parseCategory(category, &rule.category))
        return Result<RuleSpec>::failure(
            tr("%1: unknown category \"%2\" (blame, counterfactual, hindsight or person)")
                .arg(named, category));
    rule.pattern = o.value(QStringLiteral("pattern")).toString();
    if (rule.pattern.isEmpty())
        return Result<RuleSpec>::failure(tr("%1 has no \"pattern\"").arg(named));
    if (subjectRule && !rule.pattern.contains(QStringLiteral("{name}")))
        return Result<RuleSpec>::failure(
            tr("%1: a subject rule's pattern must contain {name}").arg(named));
    const QString problem = patternProblem(rule.pattern, subjectRule);
    if (!problem.isEmpty())
        return Result<RuleSpec>::failure(
            tr("%1: the pattern is not valid: %2").arg(named, problem));
    rule.why = o.value(QStringLiteral("why")).toString();
    rule.suggestion = o.value(QStringLiteral("suggestion")).toString();
    if (rule.why.trimmed().isEmpty() || rule.suggestion.trimmed().isEmpty())
        return Result<RuleSpec>::failure(
            tr("%1 needs a \"why\" and a \"suggestion\" for the tooltip").arg(named));
    rule.matchCase = o.value(QStringLiteral("matchCase")).toBool(false);
    for (const auto& [key, target] :
         {std::pair{QStringLiteral("neutralBefore"), &rule.neutralBefore},
          std::pair{QStringLiteral("neutralAfter"), &rule.neutralAfter},
          std::pair{QStringLiteral("neutralWithin"), &rule.neutralWithin}}) {
        Result<QStringList> list = stringList(o, key, named);
        if (!list)
            return list.status();
        *target = list.value();
    }
    const QJsonValue contexts = o.value(QStringLiteral("contexts"));
    if (!contexts.isUndefined()) {
        if (!contexts.isArray())
            return Result<RuleSpec>::failure(
                tr("%1: \"contexts\" must be a list of \"narrative\" and \"action\"").arg(named));
        rule.inNarrative = false;
        rule.inActions = false;
        const QJsonArray list = contexts.toArray();
        for (const QJsonValue& c : list) {
            if (c.toString() == u"narrative")
                rule.inNarrative = true;
            else if (c.toString() == u"action")
                rule.inActions = true;
            else
                return Result<RuleSpec>::failure(
                    tr("%1: unknown context \"%2\" (narrative or action)")
                        .arg(named, c.toString()));
        }
    }
    return rule;
}

Result<QList<RuleSpec>> parseRules(const QJsonObject& root, const QString& key,
                                   const QString& source, bool subjectRules) {
    QList<RuleSpec> rules;
    const QJsonValue v = root.value(key);
    if (v.isUndefined())
        return rules;
    if (!v.isArray())
        return Result<QList<RuleSpec>>::failure(tr("%1: \"%2\" must be a list").arg(source, key));
    const QJsonArray array = v.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        Result<RuleSpec> rule = parseRule(
            array.at(i), QStringLiteral("%1: %2[%3]").arg(source, key).arg(i), subjectRules);
        if (!rule)
            return rule.status();
        rules.append(rule.value());
    }
    return rules;
}

void mergeList(QList<RuleSpec>& base, const QList<RuleSpec>& over) {
    for (const RuleSpec& rule : over) {
        const auto it = std::find_if(base.begin(), base.end(),
                                     [&](const RuleSpec& r) { return r.id == rule.id; });
        if (rule.disabled) {
            if (it != base.end())
                base.erase(it);
        } else if (it != base.end()) {
            *it = rule;
        } else {
            base.append(rule);
        }
    }
}

} // namespace

void RuleSet::mergeOver(const RuleSet& other) {
    mergeList(rules, other.rules);
    mergeList(subjectRules, other.subjectRules);
}

Result<RuleSet> parseRuleSet(const QByteArray& json, const QString& source) {
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return Result<RuleSet>::failure(tr("%1 is not valid JSON: %2 at offset %3")
                                            .arg(source, error.errorString())
                                            .arg(error.offset));
    if (!doc.isObject())
        return Result<RuleSet>::failure(tr("%1 is not a rule file (no JSON object)").arg(source));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != kFormat)
        return Result<RuleSet>::failure(
            tr("%1 is not a rule file: \"format\" must be \"%2\"").arg(source, kFormat));
    if (root.value(QStringLiteral("version")).toInt() != 1)
        return Result<RuleSet>::failure(
            tr("%1 has rule format version %2; this version reads version 1")
                .arg(source, root.value(QStringLiteral("version")).toVariant().toString()));
    RuleSet set;
    set.language = root.value(QStringLiteral("language")).toString();
    Result<QList<RuleSpec>> rules = parseRules(root, QStringLiteral("rules"), source, false);
    if (!rules)
        return rules.status();
    Result<QList<RuleSpec>> subject =
        parseRules(root, QStringLiteral("subjectRules"), source, true);
    if (!subject)
        return subject.status();
    set.rules = rules.value();
    set.subjectRules = subject.value();
    return set;
}

QStringList availableLanguages() {
    return {QStringLiteral("en"), QStringLiteral("de")};
}

Result<RuleSet> builtInRuleSet(const QString& language) {
    if (!availableLanguages().contains(language))
        return Result<RuleSet>::failure(
            tr("There are no language rules for \"%1\" (available: %2)")
                .arg(language, availableLanguages().join(QStringLiteral(", "))));
    QFile file(QStringLiteral(":/coach/%1.json").arg(language));
    if (!file.open(QIODevice::ReadOnly))
        return Result<RuleSet>::failure(
            tr("The built-in language rules %1 are missing").arg(file.fileName()));
    return parseRuleSet(file.readAll(), file.fileName());
}

QString userRuleDir() {
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("coach"));
}

QString userRuleFile(const QString& language) {
    return QDir(userRuleDir()).filePath(language + QStringLiteral(".json"));
}

RuleSet effectiveRuleSet(const QString& language, QString* problem) {
    if (problem)
        problem->clear();
    Result<RuleSet> builtIn = builtInRuleSet(language);
    if (!builtIn) {
        if (problem)
            *problem = builtIn.error();
        return RuleSet{language, {}, {}};
    }
    RuleSet set = builtIn.value();
    const QString path = userRuleFile(language);
    if (!QFileInfo::exists(path))
        return set;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (problem)
            *problem = tr("Your language rules %1 cannot be read (%2); the built-in rules are "
                          "used.")
                           .arg(QDir::toNativeSeparators(path), file.errorString());
        return set;
    }
    Result<RuleSet> user = parseRuleSet(file.readAll(), QDir::toNativeSeparators(path));
    if (!user) {
        if (problem)
            *problem = tr("Your language rules are ignored: %1").arg(user.error());
        return set;
    }
    set.mergeOver(user.value());
    return set;
}

QString categoryKey(Category category) {
    for (const CategoryKey& c : kCategoryKeys) {
        if (c.category == category)
            return QString::fromUtf16(c.key);
    }
    return QString();
}

QString categoryName(Category category) {
    switch (category) {
    case Category::Blame:
        return tr("Blame or judgement");
    case Category::Counterfactual:
        return tr("Counterfactual");
    case Category::Hindsight:
        return tr("Hindsight");
    case Category::Person:
        return tr("Person as the subject of a failure");
    }
    return QString();
}

bool parseCategory(const QString& key, Category* category) {
    for (const CategoryKey& c : kCategoryKeys) {
        if (key == QStringView(c.key)) {
            *category = c.category;
            return true;
        }
    }
    return false;
}

} // namespace causeway::coach
