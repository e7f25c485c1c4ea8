#include "CliArgs.h"
#include "CliCommands.h"
#include "CliContext.h"
#include "CliFormat.h"

#include "actions/ActionsCsv.h"
#include "actions/ActionsQuery.h"
#include "model/CanonicalJson.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace causeway::cli {

namespace {

QJsonValue dateOrNull(const QDate& d) {
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue textOrNull(const QString& s) {
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonObject rowJson(const ActionRow& row) {
    const Action& a = row.action;
    return QJsonObject{
        {QStringLiteral("postmortemId"), row.postmortemId},
        {QStringLiteral("postmortemTitle"), row.postmortemTitle},
        {QStringLiteral("id"), a.id},
        {QStringLiteral("title"), a.title},
        {QStringLiteral("description"), a.description},
        {QStringLiteral("owner"), textOrNull(a.owner)},
        {QStringLiteral("ownerName"), textOrNull(row.ownerName)},
        {QStringLiteral("due"), dateOrNull(a.due)},
        {QStringLiteral("priority"), a.priority},
        {QStringLiteral("type"), a.type},
        {QStringLiteral("status"), a.status},
        {QStringLiteral("statusText"), a.statusText()},
        {QStringLiteral("statusReason"), textOrNull(a.statusReason)},
        {QStringLiteral("overdue"), row.overdue},
        {QStringLiteral("closedOn"), dateOrNull(a.closedOn)},
        {QStringLiteral("ticket"), textOrNull(a.ticket)},
        {QStringLiteral("verification"),
         a.isVerified() ? QJsonValue(QJsonObject{{QStringLiteral("method"), a.verificationMethod},
                                                 {QStringLiteral("note"), a.verificationNote},
                                                 {QStringLiteral("on"), dateOrNull(a.verifiedOn)},
                                                 {QStringLiteral("by"), a.verifiedBy}})
                        : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("causes"), QJsonArray::fromStringList(row.causeStatements)}};
}

void printTable(QTextStream& out, const QList<ActionRow>& rows) {
    if (rows.isEmpty()) {
        out << QStringLiteral("(no actions)\n");
        return;
    }
    QList<QStringList> table{{QStringLiteral("DUE"), QStringLiteral("PRI"),
                              QStringLiteral("STATUS"), QStringLiteral("OWNER"),
                              QStringLiteral("POSTMORTEM"), QStringLiteral("TITLE")}};
    for (const ActionRow& row : rows) {
        const Action& a = row.action;
        QString due = a.due.isValid() ? a.due.toString(Qt::ISODate) : QStringLiteral("-");
        if (row.overdue)
            due += QStringLiteral(" OVERDUE");
        table.append({due, a.priority, a.statusText(),
                      row.ownerName.isEmpty() ? QStringLiteral("-") : row.ownerName,
                      row.postmortemId.left(8), a.title});
    }
    printColumns(out, table);
}

int runActions(Context& ctx, const ParsedArgs& args) {
    const bool json = args.has(QStringLiteral("--json"));
    const bool csv = args.has(QStringLiteral("--csv"));
    if (json && csv)
        return ctx.fail(QStringLiteral("--json and --csv cannot be combined"));
    ActionFilter filter;
    filter.owner = args.value(QStringLiteral("--owner"));
    filter.status = args.value(QStringLiteral("--status"));
    filter.type = args.value(QStringLiteral("--type"));
    filter.overdueOnly = args.has(QStringLiteral("--overdue"));
    filter.dueThisWeek = args.has(QStringLiteral("--due-this-week"));
    if (args.has(QStringLiteral("--status")) &&
        !ActionVocabulary::statuses().contains(filter.status))
        return ctx.fail(
            QStringLiteral("--status: unknown status \"%1\"; expected one of %2")
                .arg(filter.status, ActionVocabulary::statuses().join(QStringLiteral(", "))));
    if (args.has(QStringLiteral("--type")) && !ActionVocabulary::types().contains(filter.type))
        return ctx.fail(
            QStringLiteral("--type: unknown type \"%1\"; expected one of %2")
                .arg(filter.type, ActionVocabulary::types().join(QStringLiteral(", "))));
    if (args.has(QStringLiteral("--today"))) {
        filter.today = QDate::fromString(args.value(QStringLiteral("--today")), Qt::ISODate);
        if (!filter.today.isValid())
            return ctx.fail(QStringLiteral("--today: \"%1\" is not a date (yyyy-MM-dd)")
                                .arg(args.value(QStringLiteral("--today"))));
    }
    auto store = ctx.openStore(Context::Access::Read);
    if (!store)
        return ExitUsage;
    const QList<ActionRow> rows = queryActions(*store, filter);
    if (csv) {
        ctx.out() << QString::fromUtf8(actionsCsv(rows));
    } else if (json) {
        QJsonArray array;
        for (const ActionRow& row : rows)
            array.append(rowJson(row));
        ctx.out() << QString::fromUtf8(canonicalJson(array)) << u'\n';
    } else {
        printTable(ctx.out(), rows);
    }
    return ExitOk;
}

} // namespace

QList<CommandSpec> actionCommands() {
    return {{QStringLiteral("actions"),
             QStringLiteral("actions [--overdue] [--owner NAME] [--status S] [--type T] "
                            "[--due-this-week] [--json|--csv]"),
             QString(),
             QStringLiteral("List action items across all postmortems"),
             QStringLiteral(
                 "Lists the action items of every postmortem not in the trash, overdue first,\n"
                 "then by due date.\n"
                 "--overdue        only open or in-progress actions past their due date\n"
                 "--owner NAME     only actions whose owner's name contains NAME (any case)\n"
                 "--status S       open, in_progress, done or wont_do\n"
                 "--type T         prevent, detect, mitigate or process\n"
                 "--due-this-week  only actions due Monday to Sunday of this week\n"
                 "--today DATE     count overdue and this week from DATE (yyyy-MM-dd)\n"
                 "--json prints an array with every field; --csv prints RFC 4180 CSV with the\n"
                 "columns postmortem, postmortem_id, action_id, title, owner, due, priority,\n"
                 "type, status, overdue, closed_on, ticket, verification, causes.\n"
                 "Exits 0 also when no action matches."),
             {QStringLiteral("--overdue"), QStringLiteral("--due-this-week"),
              QStringLiteral("--json"), QStringLiteral("--csv")},
             {QStringLiteral("--owner"), QStringLiteral("--status"), QStringLiteral("--type"),
              QStringLiteral("--today")},
             0,
             0,
             &runActions}};
}

} // namespace causeway::cli
