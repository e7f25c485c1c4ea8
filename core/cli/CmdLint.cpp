#include "CliArgs.h"
#include "CliCommands.h"
#include "CliContext.h"

#include "coach/PostmortemLint.h"
#include "model/CanonicalJson.h"
#include "model/Template.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace causeway::cli {

namespace {

// Line and column (both from 1) of a position in a text, as editors show them.
std::pair<int, int> lineAndColumn(const QString& text, qsizetype position) {
    const QStringView before = QStringView(text).left(position);
    const qsizetype lastBreak = before.lastIndexOf(u'\n');
    return {int(before.count(u'\n')) + 1, int(position - lastBreak)};
}

struct Placed {
    coach::LocatedFinding located;
    int line = 0;
    int column = 0;
};

QJsonObject findingJson(const Placed& p) {
    const coach::Finding& f = p.located.finding;
    QJsonObject o{{QStringLiteral("where"), p.located.where},
                  {QStringLiteral("line"), p.line},
                  {QStringLiteral("column"), p.column},
                  {QStringLiteral("start"), double(f.start)},
                  {QStringLiteral("length"), double(f.length)},
                  {QStringLiteral("text"), f.text},
                  {QStringLiteral("category"), coach::categoryKey(f.category)},
                  {QStringLiteral("rule"), f.ruleId},
                  {QStringLiteral("why"), f.why},
                  {QStringLiteral("suggestion"), f.suggestion}};
    if (!p.located.recordId.isEmpty()) {
        o.insert(QStringLiteral("recordId"), p.located.recordId);
        o.insert(QStringLiteral("recordKind"), p.located.recordKind);
        o.insert(QStringLiteral("field"), p.located.field);
    }
    return o;
}

void printFindings(QTextStream& out, const QList<Placed>& found) {
    for (const Placed& p : found) {
        const coach::Finding& f = p.located.finding;
        out << p.located.where << QStringLiteral(":%1:%2: ").arg(p.line).arg(p.column) << u'“'
            << f.text << QStringLiteral("” (") << coach::categoryName(f.category).toLower()
            << QStringLiteral(")\n    ") << f.why << QStringLiteral("\n    Try: ") << f.suggestion
            << u'\n';
    }
    QList<coach::LocatedFinding> located;
    for (const Placed& p : found)
        located.append(p.located);
    out << (found.isEmpty() ? QStringLiteral("No findings.")
                            : coach::summarizeFindings(located) + u'.')
        << u'\n';
}

int runLint(Context& ctx, const ParsedArgs& args) {
    const bool fromFile = args.has(QStringLiteral("--text-file"));
    if (fromFile == !args.positional.isEmpty())
        return ctx.fail(QStringLiteral("lint needs either an ID or --text-file FILE"));
    QString language = args.value(QStringLiteral("--lang")).trimmed();
    if (args.has(QStringLiteral("--lang")) && !coach::availableLanguages().contains(language))
        return ctx.fail(QStringLiteral("--lang: \"%1\" has no rules (available: %2)")
                            .arg(language, coach::availableLanguages().join(QStringLiteral(", "))));

    QList<Placed> found;
    if (fromFile) {
        const QString path = args.value(QStringLiteral("--text-file"));
        QFile file;
        const bool opened = path == u"-" ? file.open(stdin, QIODevice::ReadOnly)
                                         : (file.setFileName(path), file.open(QIODevice::ReadOnly));
        if (!opened)
            return ctx.fail(QStringLiteral("cannot read %1: %2")
                                .arg(QDir::toNativeSeparators(path), file.errorString()));
        const QString text = QString::fromUtf8(file.readAll());
        if (language.isEmpty())
            language = coach::detectLanguage(text, coach::defaultLanguage());
        QString problem;
        const coach::Coach coach(coach::effectiveRuleSet(language, &problem));
        if (!problem.isEmpty())
            ctx.err() << QStringLiteral("causeway-cli: warning: ") << problem << u'\n';
        const QString where = path == u"-" ? QStringLiteral("-") : path;
        for (const coach::Finding& f : coach.check(text)) {
            const auto [line, column] = lineAndColumn(text, f.start);
            found.append(
                {coach::LocatedFinding{QString(), QString(), QString(), where, f}, line, column});
        }
    } else {
        auto store = ctx.openStore(Context::Access::Read);
        if (!store)
            return ExitUsage;
        const auto pm = ctx.loadPostmortem(*store, args.positional.first());
        if (!pm)
            return ExitUsage;
        if (language.isEmpty())
            language = coach::postmortemLanguage(*pm);
        QString problem;
        const coach::Coach coach(coach::effectiveRuleSet(language, &problem),
                                 coach::participantNames(*pm));
        if (!problem.isEmpty())
            ctx.err() << QStringLiteral("causeway-cli: warning: ") << problem << u'\n';
        const coach::LintReport report =
            coach::lintPostmortem(*pm, ctx.templates().find(pm->templateId()), coach);
        for (const coach::LocatedFinding& f : report.findings) {
            const Record* record = pm->findRecord(f.recordId);
            const QString text = record ? record->text(f.field) : QString();
            const auto [line, column] = lineAndColumn(text, f.finding.start);
            found.append({f, line, column});
        }
    }

    if (args.has(QStringLiteral("--json"))) {
        QJsonArray list;
        for (const Placed& p : std::as_const(found))
            list.append(findingJson(p));
        const QJsonObject doc{{QStringLiteral("language"), language},
                              {QStringLiteral("count"), int(found.size())},
                              {QStringLiteral("findings"), list}};
        ctx.out() << QString::fromUtf8(canonicalJson(doc)) << u'\n';
    } else {
        printFindings(ctx.out(), found);
    }
    return found.isEmpty() ? ExitOk : ExitProblems;
}

} // namespace

QList<CommandSpec> lintCommands() {
    return {{QStringLiteral("lint"),
             QStringLiteral("lint ID | --text-file FILE [--lang en|de] [--json]"),
             QString(),
             QStringLiteral("Find blaming, counterfactual and hindsight wording"),
             QStringLiteral(
                 "The blameless-language coach: finds judgement and blame words (\"careless\",\n"
                 "\"human error\"), counterfactuals (\"should have\", \"failed to\"), hindsight\n"
                 "(\"obviously\") and a participant named as the subject of a failure, each with\n"
                 "why it matters and a suggested systemic rephrasing.\n"
                 "ID                  every narrative field, timeline description, cause and\n"
                 "                    action text of the postmortem (actions are read as plans)\n"
                 "--text-file FILE    a plain text file (- for standard input)\n"
                 "--lang en|de        the rule set; default: the language the text is written in\n"
                 "--json              {language, count, findings: [{where, line, column, start,\n"
                 "                    length, text, category, rule, why, suggestion, recordId,\n"
                 "                    recordKind, field}]} (record keys only for an ID)\n"
                 "Your own rules: coach/LANG.json in the data folder (see README).\n"
                 "Exits 0 when nothing is found, 1 with findings, 2 on usage errors or unreadable\n"
                 "input."),
             {QStringLiteral("--json")},
             {QStringLiteral("--text-file"), QStringLiteral("--lang")},
             0,
             1,
             &runLint}};
}

} // namespace causeway::cli
