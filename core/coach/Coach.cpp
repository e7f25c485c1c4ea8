#include "coach/Coach.h"

#include <QSet>

#include <algorithm>

namespace causeway::coach {

namespace {

// How far the neutral contexts look around a match: a clause, not the whole paragraph.
constexpr qsizetype kContextChars = 80;

QRegularExpression::PatternOptions optionsFor(const RuleSpec& spec) {
    QRegularExpression::PatternOptions options = QRegularExpression::UseUnicodePropertiesOption;
    if (!spec.matchCase)
        options |= QRegularExpression::CaseInsensitiveOption;
    return options;
}

QList<QRegularExpression> compileAll(const QStringList& patterns, const QString& prefix,
                                     const QString& suffix,
                                     QRegularExpression::PatternOptions options) {
    QList<QRegularExpression> list;
    for (const QString& p : patterns) {
        list.append(
            QRegularExpression(prefix + QStringLiteral("(?:") + p + u')' + suffix, options));
        list.last().optimize();
    }
    return list;
}

bool anyMatches(const QList<QRegularExpression>& patterns, QStringView text) {
    return std::any_of(patterns.cbegin(), patterns.cend(),
                       [&](const QRegularExpression& re) { return re.match(text).hasMatch(); });
}

} // namespace

Coach::Coach(const RuleSet& rules, const QStringList& names)
    : m_language(rules.language)
    , m_subjectSpecs(rules.subjectRules) {
    for (const RuleSpec& spec : rules.rules)
        m_rules.append(compile(spec, spec.pattern));
    setNames(names);
}

Coach::CompiledRule Coach::compile(const RuleSpec& spec, const QString& pattern) {
    const QRegularExpression::PatternOptions options = optionsFor(spec);
    CompiledRule rule;
    rule.spec = spec;
    rule.pattern = QRegularExpression(pattern, options);
    rule.pattern.optimize();
    // Neutral contexts never depend on case: "Owner:" and "owner:" are the same context.
    const QRegularExpression::PatternOptions contextOptions =
        QRegularExpression::UseUnicodePropertiesOption | QRegularExpression::CaseInsensitiveOption;
    rule.before =
        compileAll(spec.neutralBefore, QString(), QStringLiteral("\\s*$"), contextOptions);
    rule.after = compileAll(spec.neutralAfter, QStringLiteral("^"), QString(), contextOptions);
    rule.within = compileAll(spec.neutralWithin, QString(), QString(), contextOptions);
    return rule;
}

void Coach::setNames(const QStringList& names) {
    m_names = nameForms(names);
    m_subjectRules.clear();
    if (m_names.isEmpty())
        return;
    QStringList escaped;
    for (const QString& name : std::as_const(m_names))
        escaped.append(QRegularExpression::escape(name));
    // Names keep their case even in case-insensitive rules: "Mark" is a person, "mark" a verb.
    const QString alternation = QStringLiteral("(?-i:") + escaped.join(u'|') + QStringLiteral(")");
    for (const RuleSpec& spec : std::as_const(m_subjectSpecs)) {
        QString pattern = spec.pattern;
        pattern.replace(QStringLiteral("{name}"), alternation);
        m_subjectRules.append(compile(spec, pattern));
    }
}

void Coach::checkRule(const CompiledRule& rule, const QString& text, QList<Finding>& found) const {
    QRegularExpressionMatchIterator it = rule.pattern.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const qsizetype start = m.capturedStart();
        const qsizetype end = m.capturedEnd();
        if (end <= start)
            continue;
        const qsizetype beforeFrom = std::max<qsizetype>(0, start - kContextChars);
        const QStringView before = QStringView(text).mid(beforeFrom, start - beforeFrom);
        const QStringView after = QStringView(text).mid(end, kContextChars);
        const QStringView matched = QStringView(text).mid(start, end - start);
        if (anyMatches(rule.before, before) || anyMatches(rule.after, after) ||
            anyMatches(rule.within, matched))
            continue;
        found.append(Finding{start, end - start, rule.spec.category, rule.spec.id, rule.spec.why,
                             rule.spec.suggestion, matched.toString()});
    }
}

QList<Finding> Coach::check(const QString& text, TextContext context) const {
    QList<Finding> found;
    if (text.trimmed().isEmpty())
        return found;
    const auto applies = [context](const RuleSpec& spec) {
        return context == TextContext::Action ? spec.inActions : spec.inNarrative;
    };
    // Subject rules first: "Alice forgot to" is about a person before it is a counterfactual.
    for (const CompiledRule& rule : m_subjectRules) {
        if (applies(rule.spec))
            checkRule(rule, text, found);
    }
    for (const CompiledRule& rule : m_rules) {
        if (applies(rule.spec))
            checkRule(rule, text, found);
    }
    // One finding per place: overlapping rules would count the same words twice.
    std::stable_sort(found.begin(), found.end(),
                     [](const Finding& a, const Finding& b) { return a.start < b.start; });
    QList<Finding> kept;
    for (const Finding& f : std::as_const(found)) {
        const bool overlaps = std::any_of(kept.cbegin(), kept.cend(), [&](const Finding& k) {
            return f.start < k.start + k.length && k.start < f.start + f.length;
        });
        if (!overlaps)
            kept.append(f);
    }
    return kept;
}

QString detectLanguage(const QString& text, const QString& fallback) {
    static const QSet<QString> german{
        QStringLiteral("der"),   QStringLiteral("die"),    QStringLiteral("das"),
        QStringLiteral("und"),   QStringLiteral("ist"),    QStringLiteral("nicht"),
        QStringLiteral("wurde"), QStringLiteral("wurden"), QStringLiteral("ein"),
        QStringLiteral("eine"),  QStringLiteral("mit"),    QStringLiteral("auf"),
        QStringLiteral("den"),   QStringLiteral("dem"),    QStringLiteral("hat"),
        QStringLiteral("hatte"), QStringLiteral("wir"),    QStringLiteral("für"),
        QStringLiteral("nach"),  QStringLiteral("auch"),   QStringLiteral("sich"),
        QStringLiteral("war"),   QStringLiteral("waren"),  QStringLiteral("von"),
        QStringLiteral("zu"),    QStringLiteral("im"),     QStringLiteral("bei"),
        QStringLiteral("durch"), QStringLiteral("es"),     QStringLiteral("er")};
    static const QSet<QString> english{
        QStringLiteral("the"),   QStringLiteral("and"),  QStringLiteral("is"),
        QStringLiteral("was"),   QStringLiteral("were"), QStringLiteral("not"),
        QStringLiteral("of"),    QStringLiteral("to"),   QStringLiteral("with"),
        QStringLiteral("on"),    QStringLiteral("we"),   QStringLiteral("for"),
        QStringLiteral("after"), QStringLiteral("had"),  QStringLiteral("it"),
        QStringLiteral("this"),  QStringLiteral("that"), QStringLiteral("a")};
    static const QRegularExpression word(QStringLiteral("\\p{L}+"),
                                         QRegularExpression::UseUnicodePropertiesOption);
    int de = 0;
    int en = 0;
    QRegularExpressionMatchIterator it = word.globalMatch(text);
    while (it.hasNext()) {
        const QString w = it.next().captured().toLower();
        de += german.contains(w) ? 1 : 0;
        en += english.contains(w) ? 1 : 0;
    }
    if (de > en)
        return QStringLiteral("de");
    if (en > de)
        return QStringLiteral("en");
    return fallback;
}

QStringList nameForms(const QStringList& fullNames) {
    QStringList forms;
    for (const QString& raw : fullNames) {
        const QString name = raw.simplified();
        if (name.size() < 2)
            continue;
        forms.append(name);
        const QString first = name.section(u' ', 0, 0);
        if (first.size() >= 2)
            forms.append(first);
    }
    forms.removeDuplicates();
    // Longest first, so "Alice Schmidt" is found whole before "Alice".
    std::stable_sort(forms.begin(), forms.end(),
                     [](const QString& a, const QString& b) { return a.size() > b.size(); });
    return forms;
}

} // namespace causeway::coach
