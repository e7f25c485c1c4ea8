#include "CliArgs.h"
#include "CliCommands.h"
#include "CliContext.h"
#include "CliFormat.h"

#include "model/CanonicalJson.h"
#include "model/Fields.h"
#include "review/AnalysisDue.h"
#include "review/DoraDeadlines.h"
#include "review/ReviewChecklist.h"
#include "review/ReviewRecords.h"
#include "review/Workflow.h"
#include "util/Policy.h"

#include <QJsonArray>
#include <QJsonObject>

namespace causeway::cli {

namespace {

QJsonValue timeOrNull(const QDateTime& t) {
    return t.isValid() ? QJsonValue(canonicalTime(t)) : QJsonValue(QJsonValue::Null);
}

QJsonObject statusJson(const Postmortem& pm, const QList<ChecklistItem>& checklist,
                       const AnalysisDue& due) {
    QJsonArray history;
    for (const Workflow::Step& s : Workflow::history(pm))
        history.append(QJsonObject{
            {QStringLiteral("from"), s.from},
            {QStringLiteral("to"), s.to},
            {QStringLiteral("at"), timeOrNull(s.at)},
            {QStringLiteral("by"), s.by},
            {QStringLiteral("reason"), s.reason},
            {QStringLiteral("failed_checks"), QJsonArray::fromStringList(s.failedChecks)}});
    QJsonArray items;
    for (const ChecklistItem& i : checklist)
        items.append(QJsonObject{{QStringLiteral("key"), i.key},
                                 {QStringLiteral("title"), i.title},
                                 {QStringLiteral("state"), checklistStateKey(i.state)},
                                 {QStringLiteral("detail"), i.detail}});
    QJsonObject out{{QStringLiteral("id"), pm.id()},
                    {QStringLiteral("title"), pm.title()},
                    {QStringLiteral("state"), Workflow::stateOf(pm)},
                    {QStringLiteral("history"), history},
                    {QStringLiteral("checklist"), items},
                    {QStringLiteral("analysis_due"),
                     QJsonObject{{QStringLiteral("date"),
                                  due.due.isValid() ? QJsonValue(due.due.toString(Qt::ISODate))
                                                    : QJsonValue(QJsonValue::Null)},
                                 {QStringLiteral("set_by_hand"), due.fromField},
                                 {QStringLiteral("late"), due.late},
                                 {QStringLiteral("days_late"), due.daysLate}}}};
    if (usesDoraDeadlines(pm)) {
        const DoraDeadlines d = doraDeadlines(pm);
        out.insert(QStringLiteral("dora"),
                   QJsonObject{{QStringLiteral("classification"), timeOrNull(d.classification)},
                               {QStringLiteral("detection"), timeOrNull(d.detection)},
                               {QStringLiteral("initial"), timeOrNull(d.initial)},
                               {QStringLiteral("intermediate"), timeOrNull(d.intermediate)},
                               {QStringLiteral("final"), timeOrNull(d.final)},
                               {QStringLiteral("capped_by_detection"), d.cappedByDetection},
                               {QStringLiteral("missing"), QJsonArray::fromStringList(d.missing)}});
    }
    return out;
}

void printStatus(QTextStream& out, const Postmortem& pm, const QList<ChecklistItem>& checklist,
                 const AnalysisDue& due) {
    const QString zone = pm.root.text(Field::TimeZone);
    out << pm.title() << u'\n';
    out << QStringLiteral("State: ") << Workflow::stateName(Workflow::stateOf(pm)) << u'\n';
    out << QStringLiteral("Analysis: ") << due.describe() << u'\n';

    out << QStringLiteral("\nChecklist\n---------\n");
    for (const ChecklistItem& i : checklist) {
        const QString mark = i.state == ChecklistItem::State::Pass ? QStringLiteral("[pass]")
                             : i.state == ChecklistItem::State::Fail
                                 ? QStringLiteral("[FAIL]")
                                 : QStringLiteral("[not checked]");
        out << mark << u' ' << i.title << QStringLiteral(": ") << i.detail << u'\n';
    }

    out << QStringLiteral("\nHistory\n-------\n");
    const QList<Workflow::Step> history = Workflow::history(pm);
    if (history.isEmpty())
        out << QStringLiteral("(no review steps yet)\n");
    for (const Workflow::Step& s : history) {
        out << displayTime(s.at) << QStringLiteral("  ") << Workflow::stateName(s.from)
            << QStringLiteral(" -> ") << Workflow::stateName(s.to) << QStringLiteral(" by ") << s.by
            << u'\n';
        if (!s.reason.isEmpty())
            out << QStringLiteral("    Reason: ") << s.reason << u'\n';
        if (!s.failedChecks.isEmpty()) {
            QStringList titles;
            for (const QString& key : s.failedChecks)
                titles.append(checklistTitle(key));
            out << QStringLiteral("    Approved over: ") << titles.join(QStringLiteral("; "))
                << u'\n';
        }
    }

    if (usesDoraDeadlines(pm)) {
        out << QStringLiteral("\nDORA reporting deadlines (not submitted anywhere)\n"
                              "-------------------------------------------------\n");
        const DoraDeadlines d = doraDeadlines(pm);
        if (!d.complete()) {
            out << doraMissingText(d) << u'\n';
        } else {
            out << QStringLiteral("Initial report:      ") << displayTime(d.initial, zone)
                << (d.cappedByDetection ? QStringLiteral("  (24 h after detection)")
                                        : QStringLiteral("  (4 h after classification)"))
                << u'\n';
            out << QStringLiteral("Intermediate report: ") << displayTime(d.intermediate, zone)
                << u'\n';
            out << QStringLiteral("Final report:        ") << displayTime(d.final, zone) << u'\n';
        }
    }
}

int runReviewStatus(Context& ctx, const ParsedArgs& args, const QString& idArg) {
    QDate today = QDate::currentDate();
    if (args.has(QStringLiteral("--today"))) {
        today = QDate::fromString(args.value(QStringLiteral("--today")), Qt::ISODate);
        if (!today.isValid())
            return ctx.fail(QStringLiteral("--today needs a date as yyyy-MM-dd, not \"%1\"")
                                .arg(args.value(QStringLiteral("--today"))));
    }
    auto store = ctx.openStore(Context::Access::Read);
    if (!store)
        return ExitUsage;
    const auto id = ctx.resolveId(*store, idArg);
    if (!id)
        return ExitUsage;
    const std::optional<Postmortem> pm = store->loadPostmortem(*id);
    if (!pm)
        return ctx.fail(QStringLiteral("no postmortem with id %1").arg(*id));
    const QList<ChecklistItem> checklist = computeChecklist(*pm);
    const AnalysisDue due = analysisDue(analysisDueInputs(*pm), Policy::load(), today);
    if (args.has(QStringLiteral("--json")))
        ctx.out() << QString::fromUtf8(canonicalJson(statusJson(*pm, checklist, due))) << u'\n';
    else
        printStatus(ctx.out(), *pm, checklist, due);
    return ExitOk;
}

int runReview(Context& ctx, const ParsedArgs& args) {
    const QString action = args.positional.at(0);
    if (action == u"status")
        return runReviewStatus(ctx, args, args.positional.at(1));
    const std::optional<Transition> transition = Workflow::fromKey(action);
    if (!transition)
        return ctx.fail(QStringLiteral("unknown review step \"%1\" (expected submit, approve, "
                                       "return, publish, reopen or status)")
                            .arg(action));
    if (args.has(QStringLiteral("--json")) || args.has(QStringLiteral("--today")))
        return ctx.fail(QStringLiteral("--json and --today belong to \"review status\""));
    auto store = ctx.openStore(Context::Access::Write);
    if (!store)
        return ExitUsage;
    const auto id = ctx.resolveId(*store, args.positional.at(1));
    if (!id)
        return ExitUsage;
    const Status s = Workflow::apply(
        *store, *id, Workflow::Request{*transition, args.value(QStringLiteral("--reason"))});
    if (!s) {
        ctx.err() << QStringLiteral("causeway-cli: refused: ") << s.error() << u'\n';
        return ExitProblems;
    }
    const std::optional<Postmortem> pm = store->loadPostmortem(*id);
    ctx.out() << QStringLiteral("%1 is now %2\n")
                     .arg(*id, Workflow::stateName(pm ? Workflow::stateOf(*pm) : QString()));
    return ExitOk;
}

} // namespace

QList<CommandSpec> reviewCommands() {
    return {
        {QStringLiteral("review"),
         QStringLiteral("review submit|approve|return|publish|reopen|status ID [--reason TEXT] "
                        "[--json]"),
         QStringLiteral("a step (submit, approve, return, publish, reopen or status) and an ID"),
         QStringLiteral("Move a postmortem through review, or show its review status"),
         QStringLiteral(
             "review submit ID                 draft -> in review\n"
             "review approve ID [--reason J]   in review -> approved; J, a written\n"
             "                                 justification, is required when checklist\n"
             "                                 items fail\n"
             "review return ID [--reason R]    in review -> draft (returned for changes)\n"
             "review publish ID                approved -> published\n"
             "review reopen ID --reason R      approved or published -> draft; R required\n"
             "review status ID [--json] [--today DATE]\n"
             "    the state, the history of review steps, the checklist (pass, FAIL, not\n"
             "    checked, with what fails), the analysis due date and whether it is late\n"
             "    (counted from DATE, yyyy-MM-dd, instead of today), and for the regulated\n"
             "    template the DORA reporting deadlines (shown, never submitted).\n"
             "Approved and published postmortems are read-only until reopened.\n"
             "Exits 0 on success, 1 when the workflow refuses the step (the message says\n"
             "why), 2 on a usage error."),
         {QStringLiteral("--json")},
         {QStringLiteral("--reason"), QStringLiteral("--today")},
         2,
         2,
         &runReview}};
}

} // namespace causeway::cli
