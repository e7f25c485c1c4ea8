#include "actions/ActionsCsv.h"

#include <QCoreApplication>

namespace causeway {

namespace {
QString date(const QDate& d) {
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString csvLine(const QStringList& fields) {
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString& f : fields)
        quoted.append(csvField(f));
    return quoted.join(u',') + QStringLiteral("\r\n");
}
} // namespace

QString csvField(const QString& text) {
    const bool needsQuotes =
        text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r');
    if (!needsQuotes)
        return text;
    QString doubled = text;
    doubled.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + doubled + u'"';
}

QString verificationText(const Action& action) {
    if (!action.isVerified())
        return {};
    QString text =
        ActionVocabulary::displayName(ActionField::VerificationMethod, action.verificationMethod) +
        QStringLiteral(" on ") + date(action.verifiedOn);
    if (!action.verifiedBy.isEmpty())
        text += QStringLiteral(" by ") + action.verifiedBy;
    if (!action.verificationNote.isEmpty())
        text += QStringLiteral(": ") + action.verificationNote;
    return text;
}

QStringList actionsCsvHeader() {
    return {QStringLiteral("postmortem"),   QStringLiteral("postmortem_id"),
            QStringLiteral("action_id"),    QStringLiteral("title"),
            QStringLiteral("owner"),        QStringLiteral("due"),
            QStringLiteral("priority"),     QStringLiteral("type"),
            QStringLiteral("status"),       QStringLiteral("overdue"),
            QStringLiteral("closed_on"),    QStringLiteral("ticket"),
            QStringLiteral("verification"), QStringLiteral("causes")};
}

QByteArray actionsCsv(const QList<ActionRow>& rows) {
    QString out = csvLine(actionsCsvHeader());
    for (const ActionRow& row : rows) {
        const Action& a = row.action;
        out += csvLine(
            {row.postmortemTitle, row.postmortemId, a.id, a.title, row.ownerName, date(a.due),
             a.priority, ActionVocabulary::displayName(ActionField::Type, a.type), a.statusText(),
             row.overdue ? QStringLiteral("yes") : QStringLiteral("no"), date(a.closedOn), a.ticket,
             verificationText(a), row.causeStatements.join(QStringLiteral("; "))});
    }
    return out.toUtf8();
}

} // namespace causeway
